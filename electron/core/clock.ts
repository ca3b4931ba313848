// Time comes from one injectable clock so tests can move through business days without waiting.
import { TZDate } from '@date-fns/tz';
import { endOfDay } from 'date-fns/endOfDay';
import { formatHallTime } from '../shared/hall-time';

export interface Clock {
  now(): number;
}

export const systemClock: Clock = { now: () => Date.now() };

/** A clock tests can set and advance. */
export class ManualClock implements Clock {
  constructor(private ms: number) {}
  now(): number {
    return this.ms;
  }
  set(ms: number): void {
    this.ms = ms;
  }
  advance(ms: number): void {
    this.ms += ms;
  }
}

/** The business day (YYYY-MM-DD) that an instant falls on in the hall's time zone. */
export function businessDayOf(ms: number, timeZone: string): string {
  return formatHallTime(ms, 'day', timeZone);
}

/** The last millisecond of a business day (YYYY-MM-DD) in the hall's time zone. */
export function endOfBusinessDay(day: string, timeZone: string): number {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  return endOfDay(new TZDate(year, month - 1, date, timeZone)).getTime();
}

export const toIso = (ms: number | null): string | null => (ms === null ? null : new Date(ms).toISOString());
