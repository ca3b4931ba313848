// One clerk's shifts in the duty report: day, window, signed in – out on the hall's clock, the pause
// and each category's time. A shift still signed in says so (it counts up to the time of the report).
import { useTranslation } from 'react-i18next';
import type { DutyClerk } from '../../../../electron/contract';
import { formatHallTime } from '../../../../electron/shared/hall-time';
import { hoursMinutes } from './duty-format';

const categories = ['regular', 'weekend', 'lunch', 'evening', 'outside'] as const;

export function DutyShifts({ clerk, timeZone }: { clerk: DutyClerk; timeZone: string }) {
  const { t } = useTranslation();
  return (
    <table className="duty-shifts" data-testid={`duty-shifts-${clerk.clerkId}`}>
      <thead>
        <tr>
          <th>{t('duty.page.day')}</th>
          <th>{t('duty.page.window')}</th>
          <th>{t('duty.page.time')}</th>
          <th>{t('duty.page.paused')}</th>
          {categories.map((c) => (
            <th key={c} title={t(`duty.formula.${c}`)}>
              {t(`duty.cat.${c}`)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {clerk.shifts.map((s) => (
          <tr key={`${s.windowNo}-${s.from}`} data-testid="duty-shift">
            <td className="nowrap">{s.day}</td>
            <td className="nowrap">{t('duty.page.windowLabel', { n: s.windowNo })}</td>
            <td className="nowrap">
              {formatHallTime(s.from, 'time', timeZone)}–{s.open ? t('duty.page.open') : formatHallTime(s.to, 'time', timeZone)}
            </td>
            <td className="nowrap">{s.pausedSeconds === 0 ? '' : hoursMinutes(t, s.pausedSeconds)}</td>
            {categories.map((c) => (
              <td key={c} className="nowrap">
                {s.seconds[c] === 0 ? '' : hoursMinutes(t, s.seconds[c])}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
