// The item catalogue (事项), retired items too: code, name, service, 即办 or 承诺件 with its promised
// working days, enabled; filtered by service and by a search that also takes pinyin initials.
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ItemConfigView, ServiceConfigView } from '../../../electron/contract';
import { useLang } from '../shared/useLang';
import { ItemEditor } from './ItemEditor';
import { itemMatches } from './item-search';
import type { Admin } from './useAdmin';

export function ItemsPage({ admin }: { admin: Admin }) {
  const { t } = useTranslation();
  const { pick } = useLang();
  const { run } = admin;
  const [items, setItems] = useState<ItemConfigView[] | null>(null);
  const [services, setServices] = useState<ServiceConfigView[]>([]);
  const [serviceId, setServiceId] = useState('');
  const [query, setQuery] = useState('');
  const [editing, setEditing] = useState<ItemConfigView | 'new' | null>(null);
  const load = useCallback(async () => {
    const [i, s] = await Promise.all([run('config.items', {}), run('config.services', {})]);
    if (i.ok) setItems(i.value);
    if (s.ok) setServices(s.value);
  }, [run]);
  useEffect(() => void load(), [load]);
  const shown = useMemo(() => (items ?? []).filter((i) => (serviceId === '' || i.serviceId === serviceId) && itemMatches(i, query)), [items, serviceId, query]);
  const kindText = (i: ItemConfigView) => {
    if (i.kind === 'immediate') return t('configPages.items.immediate');
    // Items from before the catalogue kept promised days may have none yet.
    return i.promisedDays === null ? t('configPages.items.deferredNoDays') : t('configPages.items.deferredDays', { count: i.promisedDays });
  };
  const serviceName = (id: string) => {
    const s = services.find((x) => x.id === id);
    return s ? `${s.prefix} ${pick(s.name)}` : id;
  };

  return (
    <div className="cfg-body">
      <section className="cfg-list">
        <div className="cfg-toolbar">
          <select value={serviceId} onChange={(e) => setServiceId(e.target.value)} aria-label={t('configPages.items.service')} data-testid="items-service">
            <option value="">{t('configPages.items.allServices')}</option>
            {services.map((s) => (
              <option key={s.id} value={s.id}>
                {serviceName(s.id)}
              </option>
            ))}
          </select>
          <input
            type="search"
            className="cfg-search"
            value={query}
            onChange={(e) => setQuery(e.target.value)}
            placeholder={t('configPages.items.search')}
            aria-label={t('configPages.items.search')}
            data-testid="items-search"
          />
          <span className="cfg-count" data-testid="items-count">
            {t('configPages.items.count', { shown: shown.length, total: items?.length ?? 0 })}
          </span>
          <button type="button" className="primary" onClick={() => setEditing('new')} data-testid="item-new">
            {t('configPages.items.new')}
          </button>
        </div>
        <table className="cfg-table" data-testid="items-table">
          <thead>
            <tr>
              {(['code', 'name', 'service', 'kind', 'enabled'] as const).map((c) => (
                <th key={c}>{t(`configPages.items.col.${c}`)}</th>
              ))}
              <th />
            </tr>
          </thead>
          <tbody>
            {shown.map((i) => (
              <tr key={i.code} className={editing !== 'new' && editing?.code === i.code ? 'open' : ''} data-testid={`item-row-${i.code}`}>
                <td className="num">{i.code}</td>
                <td>{pick(i.name)}</td>
                <td>{serviceName(i.serviceId)}</td>
                <td>{kindText(i)}</td>
                <td>{i.enabled ? t('configPages.yes') : <span className="cfg-off">{t('configPages.no')}</span>}</td>
                <td className="nowrap">
                  <button type="button" className="link" onClick={() => setEditing(i)} data-testid={`item-edit-${i.code}`}>
                    {t('configPages.edit')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        {items !== null && shown.length === 0 && <p className="admin-empty">{t('configPages.items.none')}</p>}
      </section>
      {editing && (
        <ItemEditor
          key={editing === 'new' ? 'new' : editing.code}
          admin={admin}
          item={editing === 'new' ? null : editing}
          services={services}
          defaultService={serviceId || services[0]?.id || ''}
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
