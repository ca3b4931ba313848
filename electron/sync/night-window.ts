// The nightly window in which a hall uploads (e.g. 01:00–05:00 hall time). Pure functions of an
// instant, so the schedule is tested without waiting for a night.
import { formatHallTime } from '../shared/hall-time';

export interface NightWindow {
  /** HH:mm, hall time. */
  start: string;
  end: string;
}

const minutesOf = (hhmm: string) => {
  const [h, m] = hhmm.split(':').map(Number);
  return h! * 60 + m!;
};

function minuteOfDay(ms: number, timeZone: string): number {
  const time = formatHallTime(ms, 'timeSeconds', timeZone);
  return minutesOf(time.slice(0, 5)) + Number(time.slice(6, 8)) / 60;
}

/** Whether the instant falls inside the window (a window may cross midnight, e.g. 23:00–02:00). */
export function inWindow(ms: number, window: NightWindow, timeZone: string): boolean {
  const now = minuteOfDay(ms, timeZone);
  const start = minutesOf(window.start);
  const end = minutesOf(window.end);
  return start <= end ? now >= start && now < end : now >= start || now < end;
}

/** The next instant at or after `ms` inside the window (to the minute). */
export function nextWindowStart(ms: number, window: NightWindow, timeZone: string): number {
  if (inWindow(ms, window, timeZone)) return ms;
  const now = minuteOfDay(ms, timeZone);
  const start = minutesOf(window.start);
  const wait = (start - now + 24 * 60) % (24 * 60);
  return ms + Math.ceil(wait * 60_000);
}

/** The start of the next window that opens after `ms` (tonight's, or tomorrow's when inside one now). */
export function followingWindowStart(ms: number, window: NightWindow, timeZone: string): number {
  let t = ms;
  // Step out of the current window (at most a day of minutes), then find the next opening.
  while (inWindow(t, window, timeZone)) t += 60_000;
  return nextWindowStart(t, window, timeZone);
}
