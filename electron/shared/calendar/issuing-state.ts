// Whether the kiosk may issue a service at an instant, and if not, why and when it may again: the one
// rule the engine (which refuses) and the kiosk (which says it in big words) both follow. Pure.
import { TZDate } from '@date-fns/tz';
import { addDays } from 'date-fns/addDays';
import { startOfDay } from 'date-fns/startOfDay';
import { dayKind, instantOf, isConfigured, nextOpening, spansOn, wallClockOf, type HallSchedule } from './schedule';

export type IssuingStatus = 'open' | 'closing_soon' | 'closed_now' | 'closed_for_today' | 'full';

export type ClosedReason =
  /** Earlier than the day's first period. */
  | 'before_opening'
  /** Between two periods (the lunch break). */
  | 'between_periods'
  /** Within a period but past its kiosk cutoff. */
  | 'cutoff'
  /** After the day's last period. */
  | 'after_closing'
  /** A public holiday. */
  | 'holiday'
  /** The hall keeps no hours this weekday. */
  | 'closed_day'
  /** The hall is open but this service keeps no hours today. */
  | 'service_closed_day'
  /** The service's daily cap is reached. */
  | 'cap';

export interface IssuingState {
  status: IssuingStatus;
  reason: ClosedReason | null;
  /** While issuing: when the current span ends and when the cutoff stops issuing (null: open at all hours). */
  closesAt: number | null;
  cutoffAt: number | null;
  /** When not issuing: the next instant it issues again (null: none within a year). */
  nextOpening: number | null;
}

/** Issuing within this many minutes of the cutoff is shown as closing soon. */
export const CLOSING_SOON_MINUTES = 15;

/** A later day's first opening (for a full service: not again today). */
function openingAfterToday(schedule: HallSchedule, ms: number, timeZone: string, serviceId?: string): number | null {
  const tomorrow = addDays(startOfDay(new TZDate(ms, timeZone)), 1).getTime();
  return nextOpening(schedule, tomorrow, timeZone, serviceId);
}

export function issuingState(schedule: HallSchedule, ms: number, timeZone: string, serviceId?: string, capReached = false): IssuingState {
  const full = (): IssuingState => ({
    status: 'full',
    reason: 'cap',
    closesAt: null,
    cutoffAt: null,
    nextOpening: openingAfterToday(schedule, ms, timeZone, serviceId),
  });
  if (!isConfigured(schedule)) return capReached ? full() : { status: 'open', reason: null, closesAt: null, cutoffAt: null, nextOpening: null };
  const { day, minute } = wallClockOf(ms, timeZone);
  const spans = spansOn(schedule, day, serviceId);
  const current = spans.find((s) => minute >= s.start && minute < s.end);
  const closed = (reason: ClosedReason): IssuingState => {
    const next = nextOpening(schedule, ms, timeZone, serviceId);
    const today = next !== null && wallClockOf(next, timeZone).day === day;
    return { status: today ? 'closed_now' : 'closed_for_today', reason, closesAt: null, cutoffAt: null, nextOpening: next };
  };
  if (current) {
    const cutoff = current.end - schedule.cutoffMinutes;
    if (minute >= cutoff) return closed('cutoff');
    if (capReached) return full();
    const soon = cutoff - minute <= CLOSING_SOON_MINUTES;
    return {
      status: soon ? 'closing_soon' : 'open',
      reason: null,
      closesAt: instantOf(day, current.end, timeZone),
      cutoffAt: instantOf(day, cutoff, timeZone),
      nextOpening: null,
    };
  }
  if (dayKind(day, schedule.calendar).kind === 'holiday') return closed('holiday');
  if (spans.length === 0) return closed(serviceId !== undefined && spansOn(schedule, day).length > 0 ? 'service_closed_day' : 'closed_day');
  if (minute < spans[0]!.start) return closed('before_opening');
  if (minute >= spans.at(-1)!.end) return closed('after_closing');
  return closed('between_periods');
}

/** Whether a ticket may be issued in this state. */
export const issuing = (state: IssuingState) => state.status === 'open' || state.status === 'closing_soon';
