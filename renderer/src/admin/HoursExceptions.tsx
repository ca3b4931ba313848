// Services that keep other hours on some weekdays (own periods, or none: closed those days).
import { useTranslation } from 'react-i18next';
import type { HallError, ServiceConfigView } from '../../../electron/contract';
import type { ServiceHours } from '../../../electron/shared/calendar/schedule';
import { Field } from './config-form';
import { useLang } from '../shared/useLang';
import { PeriodList } from './PeriodList';

const weekdays = [1, 2, 3, 4, 5, 6, 7];

interface Props {
  exceptions: ServiceHours[];
  services: ServiceConfigView[];
  onChange(exceptions: ServiceHours[]): void;
  error: HallError | null;
}

export function HoursExceptions({ exceptions, services, onChange, error }: Props) {
  const { t } = useTranslation();
  const { pick } = useLang();
  const set = (i: number, change: Partial<ServiceHours>) => onChange(exceptions.map((e, k) => (k === i ? { ...e, ...change } : e)));
  const toggle = (i: number, day: number) => {
    const days = exceptions[i]!.weekdays;
    set(i, { weekdays: days.includes(day) ? days.filter((d) => d !== day) : [...days, day].sort() });
  };
  return (
    <section data-testid="hours-exceptions">
      <h3>{t('hours.admin.exceptions')}</h3>
      <p className="cfg-hint">{t('hours.admin.exceptionsHint')}</p>
      {exceptions.map((e, i) => (
        <div className="hours-exception" key={i} data-testid={`hours-exception-${i}`}>
          <Field label={t('hours.admin.service')} name={`exceptions.${i}.serviceId`} error={error}>
            <select value={e.serviceId} onChange={(ev) => set(i, { serviceId: ev.target.value })} data-testid={`hours-exception-${i}-service`}>
              {services.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.prefix} {pick(s.name)}
                </option>
              ))}
            </select>
          </Field>
          <Field label={t('hours.admin.onDays')} name={`exceptions.${i}.weekdays`} error={error} group>
            <div className="cfg-checks">
              {weekdays.map((d) => (
                <label key={d} className="check">
                  <input type="checkbox" checked={e.weekdays.includes(d)} onChange={() => toggle(i, d)} />
                  <span>{t(`hours.kiosk.weekday.${d}`)}</span>
                </label>
              ))}
            </div>
          </Field>
          <PeriodList
            periods={e.periods}
            onChange={(periods) => set(i, { periods })}
            field={`exceptions.${i}.periods`}
            error={error}
            testId={`hours-exception-${i}-periods`}
          />
          <button type="button" className="hours-remove" onClick={() => onChange(exceptions.filter((_, k) => k !== i))}>
            {t('hours.admin.removeException')}
          </button>
        </div>
      ))}
      <button
        type="button"
        disabled={services.length === 0}
        onClick={() => onChange([...exceptions, { serviceId: services[0]!.id, weekdays: [6, 7], periods: [] }])}
        data-testid="hours-exception-add"
      >
        + {t('hours.admin.addException')}
      </button>
    </section>
  );
}
