// 预约 on the manager's desk: import the bookings the district's booking system or the office exported
// (CSV in UTF-8 or GBK, xlsx, JSON): a dry run says what would change, "apply" writes all of it or, on
// a bad row, nothing (the notice names the row and column). The check-in windows and whether residents'
// personal data goes upstream. Today's bookings below, masked.
import { useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppointmentImportPlan } from '../../../../electron/contract';
import { AppointmentTable } from '../../console/appointments/AppointmentTable';
import { useLiveQuery } from '../../shared/useLiveQuery';
import type { Admin } from '../useAdmin';
import { AppointmentSettingsForm } from './AppointmentSettingsForm';
import '../../console/appointments/appointments.css';

type Format = 'csv' | 'xlsx' | 'json';
const formatOf = (name: string): Format => (name.toLowerCase().endsWith('.xlsx') ? 'xlsx' : name.toLowerCase().endsWith('.json') ? 'json' : 'csv');

function base64Of(bytes: ArrayBuffer): string {
  let binary = '';
  const view = new Uint8Array(bytes);
  for (let i = 0; i < view.length; i += 0x8000) binary += String.fromCharCode(...view.subarray(i, i + 0x8000));
  return btoa(binary);
}

export function AppointmentsPage({ admin }: { admin: Admin }) {
  const { t } = useTranslation();
  const [pending, setPending] = useState<{ format: Format; data: string; plan: AppointmentImportPlan } | null>(null);
  const today = useLiveQuery('appointments.list', {}, 'hall.changed');

  const choose = async (event: ChangeEvent<HTMLInputElement>) => {
    const chosen = event.target.files?.[0];
    event.target.value = '';
    if (!chosen) return;
    const format = formatOf(chosen.name);
    const data = base64Of(await chosen.arrayBuffer());
    const result = await admin.run('appointments.import', { format, data, dryRun: true });
    setPending(result.ok ? { format, data, plan: result.value } : null);
  };
  const apply = async () => {
    if (!pending) return;
    const result = await admin.run('appointments.import', { format: pending.format, data: pending.data, dryRun: false });
    if (!result.ok) return;
    setPending(null);
    admin.setNotice({ kind: 'ok', key: 'appointments.admin.applied', values: { ...result.value } });
  };

  return (
    <div className="appointments-page" data-testid="appointments-page">
      <section className="transfer-card">
        <h3>{t('appointments.admin.importTitle')}</h3>
        <p>{t('appointments.admin.importHint')}</p>
        <label className="file-button">
          <input type="file" accept=".csv,.xlsx,.json,text/csv,application/json" onChange={(e) => void choose(e)} data-testid="appointments-file" />
          <span>{t('appointments.admin.choose')}</span>
        </label>
        {pending && (
          <div className="appointments-plan" data-testid="appointments-plan">
            <p>{t('appointments.admin.plan', { ...pending.plan })}</p>
            <button type="button" className="primary" onClick={() => void apply()} disabled={admin.busy} data-testid="appointments-apply">
              {t('appointments.admin.apply')}
            </button>
            <button type="button" onClick={() => setPending(null)}>
              {t('appointments.admin.cancel')}
            </button>
          </div>
        )}
      </section>
      <AppointmentSettingsForm admin={admin} />
      <section className="appointments-today">
        <h3>{t('appointments.console.title')}</h3>
        <AppointmentTable rows={today.value ?? []} />
      </section>
    </div>
  );
}
