// The hall's opening hours (营业时间): a weekly schedule with several periods a weekday (morning,
// lunch duty with fewer windows, afternoon, evening), the year's public holidays and make-up working
// days (a make-up day follows Monday's periods, the Monday–Friday schedule), and per-service
// exceptions (a service with its own periods on some weekdays, or none: closed). Periods are hall-local
// wall-clock times on the business day; instants are epoch ms, turned into hall-local dates with
// @date-fns/tz, so a hall in another zone (or a DST zone) gets its own wall clock.
// A schedule with no period on any weekday is "not configured": the hall is open at all hours (a new
// hall, the demo, the test halls) until its manager sets hours.
// Pure: no Node, no clock of its own (the instant is always passed in).
import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns/format';
import { shiftDay, weekdayOf, type WorkCalendar } from './working-days';

export type PeriodKind = 'regular' | 'lunch_duty' | 'evening';

export interface Period {
  /** HH:mm, hall-local. */
  start: string;
  /** HH:mm after start; 24:00 is the end of the day. */
  end: string;
  kind: PeriodKind;
  /** Lunch duty may name how many windows stay open (informative: staffing reads it). */
  windows?: number | undefined;
}

/** Weekday 1 (Monday) … 7 (Sunday) → its periods. A weekday left out has none (closed). */
export type WeeklySchedule = Partial<Record<'1' | '2' | '3' | '4' | '5' | '6' | '7', Period[]>>;

/** A service that keeps other hours on some weekdays; `periods: []` means closed on those days. */
export interface ServiceHours {
  serviceId: string;
  weekdays: number[];
  periods: Period[];
}

export interface HallSchedule {
  weekly: WeeklySchedule;
  calendar: WorkCalendar;
  exceptions: ServiceHours[];
  /** Minutes before a period (or a run of back-to-back periods) ends after which no ticket is issued. */
  cutoffMinutes: number;
}

export const alwaysOpen: HallSchedule = { weekly: {}, calendar: { holidays: [], makeupDays: [] }, exceptions: [], cutoffMinutes: 0 };

/** Whether the manager set any hours at all (otherwise the hall is open at all hours). */
export function isConfigured(schedule: HallSchedule): boolean {
  return Object.values(schedule.weekly).some((periods) => periods !== undefined && periods.length > 0);
}

const HHMM = /^([01]\d|2[0-3]):([0-5]\d)$|^24:00$/;

/** Minutes since midnight of an HH:mm (24:00 → 1440); throws on anything else. */
export function minutesOf(hhmm: string): number {
  if (!HHMM.test(hhmm)) throw new RangeError(`not a time HH:mm: ${hhmm}`);
  const [h, m] = hhmm.split(':').map(Number) as [number, number];
  return h * 60 + m;
}

/** The instant a hall-local wall-clock time of a business day falls on. */
export function instantOf(day: string, minutes: number, timeZone: string): number {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new TZDate(y, m - 1, d, Math.floor(minutes / 60), minutes % 60, timeZone).getTime();
}

/** The business day and the minute of that day of an instant, on the hall's wall clock. */
export function wallClockOf(ms: number, timeZone: string): { day: string; minute: number } {
  const local = new TZDate(ms, timeZone);
  return { day: format(local, 'yyyy-MM-dd'), minute: local.getHours() * 60 + local.getMinutes() + local.getSeconds() / 60 };
}

/** What kind of day it is: a holiday, a make-up working day (Monday's hours), or its own weekday. */
export function dayKind(day: string, calendar: WorkCalendar): { kind: 'holiday' | 'makeup' | 'weekday'; weekday: number } {
  if (calendar.makeupDays.includes(day)) return { kind: 'makeup', weekday: 1 };
  if (calendar.holidays.includes(day)) return { kind: 'holiday', weekday: weekdayOf(day) };
  return { kind: 'weekday', weekday: weekdayOf(day) };
}

const byStart = (a: Period, b: Period) => minutesOf(a.start) - minutesOf(b.start);

/** The periods of a business day, in order, for the hall or for one service (its exception wins). */
export function periodsOn(schedule: HallSchedule, day: string, serviceId?: string): Period[] {
  if (!isConfigured(schedule)) return [{ start: '00:00', end: '24:00', kind: 'regular' }];
  const { kind, weekday } = dayKind(day, schedule.calendar);
  if (kind === 'holiday') return [];
  const own = serviceId === undefined ? undefined : schedule.exceptions.find((e) => e.serviceId === serviceId && e.weekdays.includes(weekday));
  const periods = own ? own.periods : (schedule.weekly[String(weekday) as keyof WeeklySchedule] ?? []);
  return [...periods].sort(byStart);
}

/** A run of back-to-back periods (morning 8:30–12:00 then lunch duty 12:00–14:00): one span, one cutoff. */
export interface Span {
  start: number;
  end: number;
}

/** The day's periods joined into spans, in minutes of the day. */
export function spansOn(schedule: HallSchedule, day: string, serviceId?: string): Span[] {
  const spans: Span[] = [];
  for (const p of periodsOn(schedule, day, serviceId)) {
    const start = minutesOf(p.start);
    const end = minutesOf(p.end);
    const last = spans.at(-1);
    if (last && start <= last.end) last.end = Math.max(last.end, end);
    else spans.push({ start, end });
  }
  return spans;
}

/** Whether the hall (or a service) is open at an instant: within one of the day's periods. */
export function isOpenAt(schedule: HallSchedule, ms: number, timeZone: string, serviceId?: string): boolean {
  const { day, minute } = wallClockOf(ms, timeZone);
  return spansOn(schedule, day, serviceId).some((s) => minute >= s.start && minute < s.end);
}

/**
 * The instant the hall's (or a service's) last period of a business day ends; null on a closed day and
 * for a hall that keeps no hours (its day ends at midnight, the engine's own rollover).
 */
export function lastClosingOf(schedule: HallSchedule, day: string, timeZone: string, serviceId?: string): number | null {
  if (!isConfigured(schedule)) return null;
  const last = spansOn(schedule, day, serviceId).at(-1);
  return last ? instantOf(day, last.end, timeZone) : null;
}

/** How far ahead nextOpening looks: a year of closed days is no schedule, not a loop. */
const HORIZON_DAYS = 370;

/**
 * The first instant at or after `ms` when a ticket can be issued (within a span and before its
 * cutoff), or null when there is none within a year.
 */
export function nextOpening(schedule: HallSchedule, ms: number, timeZone: string, serviceId?: string): number | null {
  const { day: today, minute } = wallClockOf(ms, timeZone);
  for (let i = 0; i < HORIZON_DAYS; i++) {
    const day = shiftDay(today, i);
    for (const span of spansOn(schedule, day, serviceId)) {
      const issuingEnd = span.end - schedule.cutoffMinutes;
      if (issuingEnd <= span.start) continue;
      if (i > 0 || minute < span.start) return instantOf(day, span.start, timeZone);
      if (minute < issuingEnd) return ms;
    }
  }
  return null;
}
