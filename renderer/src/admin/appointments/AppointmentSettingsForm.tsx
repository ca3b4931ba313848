// The check-in windows around a booked slot, and whether names and phones go upstream (default off).
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppointmentSettingsView } from '../../../../electron/contract';
import type { Admin } from '../useAdmin';

export function AppointmentSettingsForm({ admin }: { admin: Admin }) {
  const { t } = useTranslation();
  const { run } = admin;
  const [form, setForm] = useState<AppointmentSettingsView | null>(null);
  useEffect(() => {
    void run('appointments.settings', {}).then((r) => r.ok && setForm(r.value));
  }, [run]);
  if (!form) return null;
  const save = async (e: FormEvent) => {
    e.preventDefault();
    const result = await run('appointments.configure', form);
    if (result.ok) admin.setNotice({ kind: 'ok', key: 'appointments.admin.saved' });
  };
  const minutes = (key: 'earlyMinutes' | 'graceMinutes') => (
    <label>
      {t(`appointments.admin.${key}`)}
      <input
        type="number"
        min={0}
        max={key === 'earlyMinutes' ? 240 : 120}
        value={form[key]}
        onChange={(e) => setForm({ ...form, [key]: Number(e.target.value) })}
        data-testid={`appointments-${key}`}
      />
    </label>
  );
  return (
    <form className="transfer-card appointments-settings" onSubmit={(e) => void save(e)} data-testid="appointments-settings">
      <h3>{t('appointments.admin.settingsTitle')}</h3>
      {minutes('earlyMinutes')}
      {minutes('graceMinutes')}
      <label className="appointments-check">
        <input
          type="checkbox"
          checked={form.upstreamPersonalData}
          onChange={(e) => setForm({ ...form, upstreamPersonalData: e.target.checked })}
          data-testid="appointments-upstream"
        />
        {t('appointments.admin.upstreamPersonalData')}
      </label>
      <button type="submit" className="primary" disabled={admin.busy}>
        {t('appointments.admin.save')}
      </button>
    </form>
  );
}
