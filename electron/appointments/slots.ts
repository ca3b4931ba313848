// A booking's slot in the hall's time zone: the day and HH:mm as the booking system writes them, to
// instants and back (DST and zones by @date-fns/tz).
import { TZDate } from '@date-fns/tz';
import { formatHallTime } from '../shared/hall-time';

/** The instant of `HH:mm` on hall-local `yyyy-MM-dd`. */
export function hallInstant(day: string, hhmm: string, timeZone: string): number {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const [hh, mm] = hhmm.split(':').map(Number) as [number, number];
  return new TZDate(y, m - 1, d, hh, mm, timeZone).getTime();
}

export const hallClock = (ms: number, timeZone: string): string => formatHallTime(ms, 'time', timeZone);

/** 张三 → 张*, 13812345678 → 138****5678: what a list shows unless staff ask to see it. */
export function maskName(name: string | null): string | null {
  if (name === null) return null;
  const chars = [...name];
  return chars.length <= 1 ? '*' : chars[0] + '*'.repeat(Math.min(chars.length - 1, 3));
}

export function maskPhone(phone: string | null): string | null {
  if (phone === null) return null;
  const digits = phone.replace(/\D/g, '');
  return digits.length <= 4 ? '*'.repeat(digits.length) : `${digits.slice(0, Math.min(3, digits.length - 4))}****${digits.slice(-4)}`;
}
