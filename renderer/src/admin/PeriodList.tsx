// One weekday's periods (or a service's own): start, end, kind and, for lunch duty, how many windows
// stay open; add and remove. Each input is named as the hall names it in a refusal (weekly.1.0.end).
import { useTranslation } from 'react-i18next';
import type { HallError } from '../../../electron/contract';
import type { Period, PeriodKind } from '../../../electron/shared/calendar/schedule';
import { Field } from './config-form';

const kinds: PeriodKind[] = ['regular', 'lunch_duty', 'evening'];

interface Props {
  periods: Period[];
  onChange(periods: Period[]): void;
  /** The refusal's field prefix: `weekly.1` or `exceptions.0.periods`. */
  field: string;
  error: HallError | null;
  testId: string;
}

/** A sensible next period: after the last one, or the usual morning. */
function nextPeriod(periods: Period[]): Period {
  const last = periods.at(-1);
  if (!last) return { start: '08:30', end: '12:00', kind: 'regular' };
  return { start: last.end, end: last.end < '17:30' ? '17:30' : '20:00', kind: last.end >= '17:30' ? 'evening' : 'regular' };
}

export function PeriodList({ periods, onChange, field, error, testId }: Props) {
  const { t } = useTranslation();
  const set = (i: number, change: Partial<Period>) => onChange(periods.map((p, k) => (k === i ? { ...p, ...change } : p)));
  return (
    <div className="hours-periods" data-testid={testId}>
      {periods.length === 0 && <span className="hours-closed">{t('hours.admin.closedDay')}</span>}
      {periods.map((p, i) => (
        <div className="hours-period" key={i} data-testid={`${testId}-${i}`}>
          <Field label={t('hours.admin.start')} name={`${field}.${i}.start`} error={error}>
            <input value={p.start} onChange={(e) => set(i, { start: e.target.value })} placeholder="08:30" data-testid={`${testId}-${i}-start`} />
          </Field>
          <Field label={t('hours.admin.end')} name={`${field}.${i}.end`} error={error}>
            <input value={p.end} onChange={(e) => set(i, { end: e.target.value })} placeholder="12:00" data-testid={`${testId}-${i}-end`} />
          </Field>
          <Field label={t('hours.admin.kind')} name={`${field}.${i}.kind`} error={error}>
            <select value={p.kind} onChange={(e) => set(i, { kind: e.target.value as PeriodKind })} data-testid={`${testId}-${i}-kind`}>
              {kinds.map((k) => (
                <option key={k} value={k}>
                  {t(`hours.admin.kinds.${k}`)}
                </option>
              ))}
            </select>
          </Field>
          {p.kind === 'lunch_duty' && (
            <Field label={t('hours.admin.windows')} name={`${field}.${i}.windows`} error={error}>
              <input
                type="number"
                min={0}
                value={p.windows ?? ''}
                onChange={(e) => set(i, { windows: e.target.value === '' ? undefined : Number(e.target.value) })}
                data-testid={`${testId}-${i}-windows`}
              />
            </Field>
          )}
          <button type="button" className="hours-remove" onClick={() => onChange(periods.filter((_, k) => k !== i))} data-testid={`${testId}-${i}-remove`}>
            {t('hours.admin.remove')}
          </button>
        </div>
      ))}
      <button type="button" onClick={() => onChange([...periods, nextPeriod(periods)])} data-testid={`${testId}-add`}>
        + {t('hours.admin.addPeriod')}
      </button>
    </div>
  );
}
