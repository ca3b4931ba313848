// One service in the editor: a new one (its id chosen once) or an existing one; the hall's refusal
// shows next to the field it names.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ServiceConfigView } from '../../../electron/contract';
import { Field, NameFields, numberOf, useSave } from './config-form';
import type { Admin } from './useAdmin';

interface Props {
  admin: Admin;
  service: ServiceConfigView | null;
  onSaved: (saved: ServiceConfigView) => void;
  onClose: () => void;
}

export function ServiceEditor({ admin, service, onSaved, onClose }: Props) {
  const { t } = useTranslation();
  const { error, save } = useSave(admin);
  const [form, setForm] = useState(() => ({
    id: service?.id ?? '',
    prefix: service?.prefix ?? '',
    name: service?.name ?? { 'zh-CN': '', 'zh-TW': '', en: '' },
    dailyCap: String(service?.dailyCap ?? 999),
    startNumber: String(service?.startNumber ?? 1),
    sort: service ? String(service.sort) : '',
    enabled: service?.enabled ?? true,
  }));
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const saved = await save('config.saveService', {
      id: form.id.trim(),
      prefix: form.prefix.trim().toUpperCase(),
      name: form.name,
      dailyCap: numberOf(form.dailyCap),
      startNumber: numberOf(form.startNumber),
      enabled: form.enabled,
      ...(form.sort.trim() === '' ? {} : { sort: numberOf(form.sort) }),
    });
    if (saved) onSaved(saved);
  };
  const text = (key: 'dailyCap' | 'startNumber' | 'sort') => (
    <Field label={t(`configPages.services.col.${key}`)} name={key} error={error}>
      <input type="number" value={form[key]} onChange={(e) => setForm({ ...form, [key]: e.target.value })} data-testid={`service-${key}`} />
    </Field>
  );
  return (
    <form className="cfg-editor" onSubmit={(e) => void submit(e)} data-testid="service-editor">
      <h3>{service ? t('configPages.services.editTitle', { prefix: service.prefix }) : t('configPages.services.newTitle')}</h3>
      <div className="cfg-pair">
        <Field label={t('configPages.services.id')} name="id" error={error}>
          <input value={form.id} readOnly={service !== null} onChange={(e) => setForm({ ...form, id: e.target.value })} data-testid="service-id" />
        </Field>
        <Field label={t('configPages.services.col.prefix')} name="prefix" error={error}>
          <input value={form.prefix} maxLength={1} onChange={(e) => setForm({ ...form, prefix: e.target.value })} data-testid="service-prefix" />
        </Field>
      </div>
      <NameFields
        name={form.name}
        onChange={(name) => setForm({ ...form, name })}
        label={(lang) => t(`configPages.services.col.${lang}`)}
        testId="service"
        error={error}
      />
      <div className="cfg-pair">
        {text('dailyCap')}
        {text('startNumber')}
      </div>
      <div className="cfg-pair">
        {text('sort')}
        <label className="check">
          <input type="checkbox" checked={form.enabled} onChange={(e) => setForm({ ...form, enabled: e.target.checked })} data-testid="service-enabled" />
          <span>{t('configPages.services.col.enabled')}</span>
        </label>
      </div>
      <div className="cfg-actions">
        <button type="submit" className="primary" disabled={admin.busy} data-testid="service-save">
          {t('configPages.save')}
        </button>
        <button type="button" onClick={onClose}>
          {t('configPages.close')}
        </button>
      </div>
    </form>
  );
}
