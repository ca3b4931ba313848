// One account: 工号 and PIN when creating it; then its name, role, in use or disabled, a PIN reset and
// the photo. A refused save marks the field the hall named; disabling ends the person's sessions and
// signs them out of their window (the hall does both), which the page says before it is done.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ClerkListEntry, HallError } from '../../../electron/contract';
import { PhotoPicker } from './PhotoPicker';
import { fieldOf } from './staff-format';
import type { Admin } from './useAdmin';

interface Props {
  admin: Admin;
  /** null: a new account. */
  clerk: ClerkListEntry | null;
  onSaved(id: string): void;
}

export function ClerkEditor({ admin, clerk, onSaved }: Props) {
  const { t } = useTranslation();
  const [form, setForm] = useState({ id: clerk?.id ?? '', name: clerk?.name ?? '', role: clerk?.role ?? ('clerk' as 'clerk' | 'admin'), pin: '' });
  const [newPin, setNewPin] = useState('');
  const [error, setError] = useState<HallError | null>(null);
  const bad = fieldOf(error);
  const invalid = (field: string) => (bad === field ? { 'aria-invalid': true as const } : {});
  const hint = (field: string) =>
    bad === field && (
      <small className="field-error" role="alert">
        {t(`staffCfg.fieldError.${field}`, { defaultValue: t('staffCfg.fieldError.other') })}
      </small>
    );
  const done = (result: { ok: boolean; error?: HallError }, id: string, key: string) => {
    setError(result.ok ? null : (result.error ?? null));
    if (!result.ok) return false;
    admin.setNotice({ kind: 'ok', key });
    onSaved(id);
    return true;
  };
  const save = async (event: FormEvent, active = clerk?.active ?? true) => {
    event.preventDefault();
    const input = { id: form.id, name: form.name, role: form.role, active, ...(clerk ? {} : { pin: form.pin }) };
    const result = await admin.run('config.saveClerk', input);
    done(result, form.id, 'staffCfg.saved');
  };
  const resetPin = async () => {
    if (!clerk) return;
    const result = await admin.run('config.resetPin', { id: clerk.id, pin: newPin });
    if (done(result, clerk.id, 'staffCfg.clerks.pinReset')) setNewPin('');
  };
  const pinRule = form.role === 'admin' ? t('staffCfg.clerks.pinRuleManager') : t('staffCfg.clerks.pinRuleClerk');
  return (
    <form className="staff-editor" data-testid="clerk-editor" onSubmit={(e) => void save(e)}>
      <h3>{clerk ? t('staffCfg.clerks.editing', { id: clerk.id }) : t('staffCfg.clerks.creating')}</h3>
      <div className="clerk-top">
        <div className="clerk-basics">
          <label>
            <span>{t('staffCfg.clerks.id')}</span>
            <input
              value={form.id}
              maxLength={16}
              disabled={clerk !== null}
              onChange={(e) => setForm({ ...form, id: e.target.value.trim() })}
              data-testid="clerk-id"
              {...invalid('id')}
            />
            {hint('id')}
          </label>
          <label>
            <span>{t('staffCfg.clerks.name')}</span>
            <input
              value={form.name}
              maxLength={20}
              onChange={(e) => setForm({ ...form, name: e.target.value })}
              data-testid="clerk-name"
              {...invalid('name')}
            />
            {hint('name')}
          </label>
          <label>
            <span>{t('staffCfg.clerks.role')}</span>
            <select value={form.role} onChange={(e) => setForm({ ...form, role: e.target.value as 'clerk' | 'admin' })} data-testid="clerk-role">
              <option value="clerk">{t('staffCfg.clerks.roles.clerk')}</option>
              <option value="admin">{t('staffCfg.clerks.roles.admin')}</option>
            </select>
          </label>
        </div>
        {clerk && <PhotoPicker admin={admin} clerk={clerk} onSaved={() => onSaved(clerk.id)} />}
      </div>
      {!clerk && (
        <label>
          <span>{t('staffCfg.clerks.pin')}</span>
          <input
            type="password"
            inputMode="numeric"
            autoComplete="new-password"
            value={form.pin}
            maxLength={12}
            onChange={(e) => setForm({ ...form, pin: e.target.value })}
            data-testid="clerk-pin"
            {...invalid('pin')}
          />
          <small>{pinRule}</small>
          {hint('pin')}
        </label>
      )}
      <div className="staff-editor-actions">
        <button type="submit" className="primary" disabled={admin.busy} data-testid="clerk-save">
          {t('staffCfg.save')}
        </button>
        {clerk && (
          <button type="button" disabled={admin.busy} onClick={(e) => void save(e, !clerk.active)} data-testid="clerk-toggle">
            {clerk.active ? t('staffCfg.clerks.disable') : t('staffCfg.clerks.enable')}
          </button>
        )}
      </div>
      {clerk?.active && <p className="staff-note">{t('staffCfg.clerks.disableNote')}</p>}
      {clerk && (
        <fieldset className="staff-pin">
          <legend>{t('staffCfg.clerks.resetPin')}</legend>
          <input
            type="password"
            inputMode="numeric"
            autoComplete="new-password"
            value={newPin}
            maxLength={12}
            aria-label={t('staffCfg.clerks.newPin')}
            placeholder={t('staffCfg.clerks.newPin')}
            onChange={(e) => setNewPin(e.target.value)}
            data-testid="clerk-new-pin"
            {...invalid('pin')}
          />
          <button type="button" disabled={admin.busy || newPin === ''} onClick={() => void resetPin()} data-testid="clerk-reset-pin">
            {t('staffCfg.clerks.resetPin')}
          </button>
          <small>{pinRule}</small>
          {hint('pin')}
        </fieldset>
      )}
    </form>
  );
}
