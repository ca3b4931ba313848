// A clerk enters a booking (one made by phone, say): code, service, today's slot, optionally name and
// phone. The hall checks it (a bad field comes back as a notice naming it) and the list follows.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useHallView } from '../../shared/useHallView';
import { useLang } from '../../shared/useLang';
import { useServices } from '../../shared/useServices';
import type { useRunner } from '../useRunner';

const empty = { code: '', serviceId: '', date: '', start: '', end: '', name: '', phone: '' };

export function AppointmentForm({ runner }: { runner: ReturnType<typeof useRunner> }) {
  const { t } = useTranslation();
  const { pick } = useLang();
  const services = useServices(false) ?? [];
  const today = useHallView()?.businessDay ?? '';
  const [form, setForm] = useState(empty);
  const set = (key: keyof typeof empty) => (e: { target: { value: string } }) => setForm({ ...form, [key]: e.target.value });
  const label = (key: string) => t(`appointments.console.field.${key}`);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const booking = {
      code: form.code,
      serviceId: form.serviceId || services[0]?.id || '',
      date: form.date || today,
      start: form.start,
      end: form.end,
      ...(form.name ? { name: form.name } : {}),
      ...(form.phone ? { phone: form.phone } : {}),
    };
    const result = await runner.run('appointments.save', { booking });
    if (result.ok) {
      runner.setNotice({ kind: 'ok', key: 'appointments.console.saved', values: { code: result.value.code } });
      setForm(empty);
    }
  };

  return (
    <form className="appointments-form" onSubmit={(e) => void submit(e)} data-testid="appointment-form">
      <h3>{t('appointments.console.add')}</h3>
      <label>
        {label('code')}
        <input inputMode="numeric" value={form.code} onChange={set('code')} required data-testid="appointment-form-code" />
      </label>
      <label>
        {label('service')}
        <select value={form.serviceId} onChange={set('serviceId')} data-testid="appointment-form-service">
          {services.map((s) => (
            <option key={s.id} value={s.id}>
              {s.prefix} {pick(s.name)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {label('date')}
        <input type="date" value={form.date || today} onChange={set('date')} data-testid="appointment-form-date" />
      </label>
      <div className="appointments-times">
        <label>
          {label('start')}
          <input type="time" value={form.start} onChange={set('start')} required data-testid="appointment-form-start" />
        </label>
        <label>
          {label('end')}
          <input type="time" value={form.end} onChange={set('end')} required data-testid="appointment-form-end" />
        </label>
      </div>
      <label>
        {label('name')}
        <input value={form.name} onChange={set('name')} maxLength={32} data-testid="appointment-form-name" />
      </label>
      <label>
        {label('phone')}
        <input inputMode="tel" value={form.phone} onChange={set('phone')} maxLength={20} data-testid="appointment-form-phone" />
      </label>
      <button type="submit" className="primary" disabled={runner.busy} data-testid="appointment-form-save">
        {t('appointments.console.save')}
      </button>
    </form>
  );
}
