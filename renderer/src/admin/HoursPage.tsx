// 营业时间: the weekly periods per weekday, holidays and make-up days, services with their own hours,
// the kiosk cutoff and the phone shown on the closed screen. Saved as one change (audited), applied
// live: the kiosk redraws within a second. A refusal is shown next to the field it names.
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { HoursSettingsView, ServiceConfigView } from '../../../electron/contract';
import type { Period, ServiceHours, WeeklySchedule } from '../../../electron/shared/calendar/schedule';
import { Field, numberOf, useSave } from './config-form';
import { HoursDates } from './HoursDates';
import { HoursExceptions } from './HoursExceptions';
import { PeriodList } from './PeriodList';
import type { Admin } from './useAdmin';
import './hours.css';

const weekdayKeys = ['1', '2', '3', '4', '5', '6', '7'] as const;

interface Form {
  weekly: Record<(typeof weekdayKeys)[number], Period[]>;
  holidays: string;
  makeupDays: string;
  exceptions: ServiceHours[];
  cutoffMinutes: string;
  phone: string;
}

const formOf = (v: HoursSettingsView): Form => ({
  weekly: Object.fromEntries(weekdayKeys.map((k) => [k, v.weekly[k] ?? []])) as Form['weekly'],
  holidays: v.holidays.join('\n'),
  makeupDays: v.makeupDays.join('\n'),
  exceptions: v.exceptions,
  cutoffMinutes: String(v.cutoffMinutes),
  phone: v.phone,
});

const lines = (text: string) =>
  text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);

export function HoursPage({ admin }: { admin: Admin }) {
  const { t } = useTranslation();
  const { run } = admin;
  const { error, save } = useSave(admin);
  const [form, setForm] = useState<Form | null>(null);
  const [saved, setSaved] = useState<HoursSettingsView | null>(null);
  const [services, setServices] = useState<ServiceConfigView[]>([]);
  const load = (view: HoursSettingsView) => (setSaved(view), setForm(formOf(view)));
  useEffect(() => {
    void run('hours.settings', {}).then((r) => r.ok && load(r.value));
    void run('config.services', {}).then((r) => r.ok && setServices(r.value));
  }, [run]);
  if (!form || !saved) return null;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const weekly: WeeklySchedule = Object.fromEntries(weekdayKeys.filter((k) => form.weekly[k].length > 0).map((k) => [k, form.weekly[k]]));
    const next = await save('hours.save', {
      weekly,
      holidays: lines(form.holidays),
      makeupDays: lines(form.makeupDays),
      exceptions: form.exceptions,
      cutoffMinutes: numberOf(form.cutoffMinutes),
      phone: form.phone,
    });
    if (next) load(next);
  };
  const copyMonday = () => setForm({ ...form, weekly: { ...form.weekly, 2: form.weekly[1], 3: form.weekly[1], 4: form.weekly[1], 5: form.weekly[1] } });

  return (
    <form className="cfg-hall hours-page" onSubmit={(e) => void submit(e)} data-testid="hours-page">
      <p className="cfg-hint" data-testid="hours-status">
        {saved.configured ? t('hours.admin.configured', { zone: saved.timeZone }) : t('hours.admin.notConfigured')}
      </p>
      <section className="hours-weekly" data-testid="hours-weekly">
        <h3>{t('hours.admin.weekly')}</h3>
        {weekdayKeys.map((k) => (
          <div className="hours-day" key={k}>
            <strong>{t(`hours.kiosk.weekday.${k}`)}</strong>
            <PeriodList
              periods={form.weekly[k]}
              onChange={(periods) => setForm({ ...form, weekly: { ...form.weekly, [k]: periods } })}
              field={`weekly.${k}`}
              error={error}
              testId={`hours-day-${k}`}
            />
          </div>
        ))}
        <button type="button" onClick={copyMonday} data-testid="hours-copy-monday">
          {t('hours.admin.copyMonday')}
        </button>
        <p className="cfg-hint">{t('hours.admin.weeklyHint')}</p>
      </section>
      <HoursDates
        holidays={form.holidays}
        makeupDays={form.makeupDays}
        onChange={(change) => setForm({ ...form, ...change })}
        error={error}
        admin={admin}
        onImported={load}
      />
      <HoursExceptions exceptions={form.exceptions} services={services} onChange={(exceptions) => setForm({ ...form, exceptions })} error={error} />
      <section>
        <h3>{t('hours.admin.kiosk')}</h3>
        <Field label={t('hours.admin.cutoff')} name="cutoffMinutes" error={error}>
          <input
            type="number"
            min={0}
            max={240}
            value={form.cutoffMinutes}
            onChange={(e) => setForm({ ...form, cutoffMinutes: e.target.value })}
            data-testid="hours-cutoff"
          />
        </Field>
        <p className="cfg-hint">{t('hours.admin.cutoffHint')}</p>
        <Field label={t('hours.admin.phone')} name="phone" error={error}>
          <input value={form.phone} onChange={(e) => setForm({ ...form, phone: e.target.value })} placeholder="021-5555 0100" data-testid="hours-phone" />
        </Field>
      </section>
      <div className="cfg-actions">
        <button type="submit" className="primary" disabled={admin.busy} data-testid="hours-save">
          {t('configPages.save')}
        </button>
      </div>
    </form>
  );
}
