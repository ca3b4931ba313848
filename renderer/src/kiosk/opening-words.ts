// When a service opens again, in plain words for the resident: 今天 14:00, 明天 08:30, or
// 12月7日 星期一 08:30, on the hall's clock and in the hall's time zone (not the screen PC's).
import type { TFunction } from 'i18next';
import type { IssuingStateView } from '../../../electron/contract';
import { shiftDay, weekdayOf } from '../../../electron/shared/calendar/working-days';
import { formatHallTime } from '../../../electron/shared/hall-time';

export function whenText(t: TFunction, iso: string, businessDay: string, timeZone: string): string {
  const day = formatHallTime(iso, 'day', timeZone);
  const time = formatHallTime(iso, 'time', timeZone);
  if (day === businessDay) return t('hours.kiosk.today', { time });
  if (day === shiftDay(businessDay, 1)) return t('hours.kiosk.tomorrow', { time });
  const [, month, date] = day.split('-').map(Number) as [number, number, number];
  return t('hours.kiosk.onDate', { month, day: date, weekday: t(`hours.kiosk.weekday.${weekdayOf(day)}`), time });
}

/** The line under a service's name on the home screen when it is not issued, or closes soon. */
export function serviceLine(t: TFunction, state: IssuingStateView, businessDay: string, timeZone: string): string | null {
  if (state.status === 'open') return null;
  if (state.status === 'closing_soon') return t('hours.kiosk.closingSoon', { time: formatHallTime(state.cutoffAt!, 'time', timeZone) });
  if (state.status === 'full') return t('kiosk.full');
  if (state.status === 'closed_now' && state.nextOpening) return t('hours.kiosk.opensAt', { when: whenText(t, state.nextOpening, businessDay, timeZone) });
  return t('hours.kiosk.stopped');
}
