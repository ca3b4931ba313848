// The hall's services (业务类别) as configured, disabled ones too: prefix, the three names, daily cap,
// start number, enabled, order; a row opens it in the editor beside the table, "new" starts an empty one.
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ServiceConfigView } from '../../../electron/contract';
import { ServiceEditor } from './ServiceEditor';
import type { Admin } from './useAdmin';

export function ServicesPage({ admin }: { admin: Admin }) {
  const { t } = useTranslation();
  const { run } = admin;
  const [services, setServices] = useState<ServiceConfigView[] | null>(null);
  const [editing, setEditing] = useState<ServiceConfigView | 'new' | null>(null);
  const load = useCallback(async () => {
    const result = await run('config.services', {});
    if (result.ok) setServices(result.value);
  }, [run]);
  useEffect(() => void load(), [load]);

  const cols = ['prefix', 'zh-CN', 'zh-TW', 'en', 'dailyCap', 'startNumber', 'enabled', 'sort'] as const;
  return (
    <div className="cfg-body">
      <section className="cfg-list">
        <div className="cfg-toolbar">
          <button type="button" className="primary" onClick={() => setEditing('new')} data-testid="service-new">
            {t('configPages.services.new')}
          </button>
        </div>
        <table className="cfg-table" data-testid="services-table">
          <thead>
            <tr>
              {cols.map((c) => (
                <th key={c}>{t(`configPages.services.col.${c}`)}</th>
              ))}
              <th />
            </tr>
          </thead>
          <tbody>
            {(services ?? []).map((s) => (
              <tr key={s.id} className={editing !== 'new' && editing?.id === s.id ? 'open' : ''} data-testid={`service-row-${s.id}`}>
                <td className="num">{s.prefix}</td>
                <td>{s.name['zh-CN']}</td>
                <td>{s.name['zh-TW']}</td>
                <td>{s.name.en}</td>
                <td className="num">{s.dailyCap}</td>
                <td className="num">{s.startNumber}</td>
                <td>{s.enabled ? t('configPages.yes') : <span className="cfg-off">{t('configPages.no')}</span>}</td>
                <td className="num">{s.sort}</td>
                <td className="nowrap">
                  <button type="button" className="link" onClick={() => setEditing(s)} data-testid={`service-edit-${s.id}`}>
                    {t('configPages.edit')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      {editing && (
        <ServiceEditor
          key={editing === 'new' ? 'new' : editing.id}
          admin={admin}
          service={editing === 'new' ? null : editing}
          onSaved={(saved) => {
            setEditing(saved);
            void load();
          }}
          onClose={() => setEditing(null)}
        />
      )}
    </div>
  );
}
