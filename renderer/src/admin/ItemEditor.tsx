// One catalogue item in the editor: code (chosen once), service, the three names, 即办 or 承诺件 with
// its promised working days, enabled (a retired item stays for its tickets).
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ItemConfigView, ServiceConfigView } from '../../../electron/contract';
import { useLang } from '../shared/useLang';
import { Field, NameFields, numberOf, useSave } from './config-form';
import type { Admin } from './useAdmin';

interface Props {
  admin: Admin;
  item: ItemConfigView | null;
  services: ServiceConfigView[];
  defaultService: string;
  onSaved: (saved: ItemConfigView) => void;
  onClose: () => void;
}

export function ItemEditor({ admin, item, services, defaultService, onSaved, onClose }: Props) {
  const { t } = useTranslation();
  const { pick } = useLang();
  const { error, save } = useSave(admin);
  const [form, setForm] = useState(() => ({
    code: item?.code ?? '',
    serviceId: item?.serviceId ?? defaultService,
    name: item?.name ?? { 'zh-CN': '', 'zh-TW': '', en: '' },
    kind: item?.kind ?? 'immediate',
    promisedDays: String(item?.promisedDays ?? ''),
    enabled: item?.enabled ?? true,
  }));
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const saved = await save('config.saveItem', {
      code: form.code.trim(),
      serviceId: form.serviceId,
      name: form.name,
      kind: form.kind,
      promisedDays: form.kind === 'deferred' ? numberOf(form.promisedDays) : null,
      enabled: form.enabled,
    });
    if (saved) onSaved(saved);
  };
  return (
    <form className="cfg-editor" onSubmit={(e) => void submit(e)} data-testid="item-editor">
      <h3>{item ? t('configPages.items.editTitle', { code: item.code }) : t('configPages.items.newTitle')}</h3>
      <div className="cfg-pair">
        <Field label={t('configPages.items.col.code')} name="code" error={error}>
          <input value={form.code} readOnly={item !== null} onChange={(e) => setForm({ ...form, code: e.target.value })} data-testid="item-code" />
        </Field>
        <Field label={t('configPages.items.col.service')} name="serviceId" error={error}>
          <select value={form.serviceId} onChange={(e) => setForm({ ...form, serviceId: e.target.value })} data-testid="item-service">
            {services.map((s) => (
              <option key={s.id} value={s.id}>
                {s.prefix} {pick(s.name)}
              </option>
            ))}
          </select>
        </Field>
      </div>
      <NameFields
        name={form.name}
        onChange={(name) => setForm({ ...form, name })}
        label={(lang) => t(`configPages.items.name.${lang}`)}
        testId="item"
        error={error}
      />
      <div className="cfg-pair">
        <Field label={t('configPages.items.col.kind')} name="kind" error={error}>
          <select value={form.kind} onChange={(e) => setForm({ ...form, kind: e.target.value as ItemConfigView['kind'] })} data-testid="item-kind">
            <option value="immediate">{t('configPages.items.immediate')}</option>
            <option value="deferred">{t('configPages.items.deferred')}</option>
          </select>
        </Field>
        <Field label={t('configPages.items.promisedDays')} name="promisedDays" error={error}>
          <input
            type="number"
            value={form.kind === 'deferred' ? form.promisedDays : ''}
            disabled={form.kind !== 'deferred'}
            onChange={(e) => setForm({ ...form, promisedDays: e.target.value })}
            data-testid="item-days"
          />
        </Field>
      </div>
      <label className="check">
        <input type="checkbox" checked={form.enabled} onChange={(e) => setForm({ ...form, enabled: e.target.checked })} data-testid="item-enabled" />
        <span>{t('configPages.items.col.enabled')}</span>
      </label>
      <div className="cfg-actions">
        <button type="submit" className="primary" disabled={admin.busy} data-testid="item-save">
          {t('configPages.save')}
        </button>
        <button type="button" onClick={onClose}>
          {t('configPages.close')}
        </button>
      </div>
    </form>
  );
}
