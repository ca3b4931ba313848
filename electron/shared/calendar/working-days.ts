// Working days (工作日): the unit of every promise the hall makes in days (a deferred item's promised
// date, a follow-up's due date). Statutory, not the hall's opening hours: Monday to Friday, minus the
// year's public holidays, plus its make-up working days (调休上班, a Saturday or Sunday worked in
// exchange for a longer holiday). A hall open on weekends (5+2) still promises in working days.
// Pure: calendar dates as YYYY-MM-DD strings, no time zone (the business day is already local).
import { addDays } from 'date-fns/addDays';
import { format } from 'date-fns/format';
import { getISODay } from 'date-fns/getISODay';

export interface WorkCalendar {
  /** Public holidays (法定节假日, including the weekdays they swallow): no work. */
  readonly holidays: readonly string[];
  /** Make-up working days (调休上班): a Saturday or Sunday that is a working day. */
  readonly makeupDays: readonly string[];
}

export const noHolidays: WorkCalendar = { holidays: [], makeupDays: [] };

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A calendar date as a local Date at noon (noon: no daylight-saving edge can move it to another date). */
function dateOf(day: string): Date {
  const match = DAY.exec(day);
  if (!match) throw new RangeError(`not a date (YYYY-MM-DD): ${day}`);
  const [, y, m, d] = match.map(Number) as [number, number, number, number];
  const date = new Date(y, m - 1, d, 12);
  if (date.getFullYear() !== y || date.getMonth() !== m - 1 || date.getDate() !== d) throw new RangeError(`no such date: ${day}`);
  return date;
}

const dayOf = (date: Date) => format(date, 'yyyy-MM-dd');

/** The date `days` calendar days after `day` (negative: before). */
export function shiftDay(day: string, days: number): string {
  return dayOf(addDays(dateOf(day), days));
}

/** ISO weekday of a date: 1 Monday … 7 Sunday. */
export function weekdayOf(day: string): number {
  return getISODay(dateOf(day));
}

export function isWorkingDay(day: string, calendar: WorkCalendar): boolean {
  if (calendar.makeupDays.includes(day)) return true;
  if (calendar.holidays.includes(day)) return false;
  return weekdayOf(day) <= 5;
}

/**
 * The date `count` working days after `day` (count ≥ 0): a deferred item accepted on Friday with a
 * promise of 1 working day is due on Monday; with 0, on `day` itself if it is a working day, else on
 * the next one. Bounded: a calendar with no working day for a year is refused, never looped over.
 */
export function addWorkingDays(day: string, count: number, calendar: WorkCalendar): string {
  if (!Number.isInteger(count) || count < 0) throw new RangeError(`working days must be a whole number ≥ 0: ${count}`);
  let date = day;
  let left = count;
  if (left === 0) {
    for (let i = 0; i < 366 && !isWorkingDay(date, calendar); i++) date = shiftDay(date, 1);
    if (!isWorkingDay(date, calendar)) throw new RangeError(`no working day within a year of ${day}`);
    return date;
  }
  for (let idle = 0; left > 0;) {
    date = shiftDay(date, 1);
    if (isWorkingDay(date, calendar)) {
      left -= 1;
      idle = 0;
    } else if (++idle > 366) {
      throw new RangeError(`no working day within a year after ${date}`);
    }
  }
  return date;
}

/** Working days after `from` up to and including `to` (0 when `to` ≤ `from`): how late a promise is. */
export function workingDaysBetween(from: string, to: string, calendar: WorkCalendar): number {
  let count = 0;
  for (let date = shiftDay(from, 1); date <= to; date = shiftDay(date, 1)) if (isWorkingDay(date, calendar)) count += 1;
  return count;
}
