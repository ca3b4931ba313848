// Instants as the hall shows them: a few named formats (24-hour clock, ISO-like dates) in a given
// IANA time zone, or in the zone of the machine when none is given (a renderer on the hall PC).
// One place so a ticket, the day batch, the log and the screens never disagree about a time; the
// zone arithmetic (DST included) is @date-fns/tz's, the patterns date-fns's.
import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns/format';

export const hallTimeFormats = {
  /** 09:05 — clocks on the screens. */
  time: 'HH:mm',
  /** 09:05:03 — when a device was last heard. */
  timeSeconds: 'HH:mm:ss',
  /** 2026-11-23 — the business day. */
  day: 'yyyy-MM-dd',
  /** 20261123 — the day inside a ticket's QR payload. */
  compactDay: 'yyyyMMdd',
  /** 2026-11-23 09:05 — the manager's pages. */
  dateTime: 'yyyy-MM-dd HH:mm',
  /** 2026-11-23 09:05:03 — tickets, the day batch, the log. */
  dateTimeSeconds: 'yyyy-MM-dd HH:mm:ss',
} as const;

export type HallTimeFormat = keyof typeof hallTimeFormats;

/** An instant (epoch ms, an ISO string or a Date) in one of the named formats, in `timeZone` (default: the machine's). */
export function formatHallTime(instant: number | string | Date, kind: HallTimeFormat, timeZone?: string): string {
  const ms = typeof instant === 'string' ? Date.parse(instant) : +instant;
  return format(timeZone === undefined ? ms : new TZDate(ms, timeZone), hallTimeFormats[kind]);
}

/** Whether `timeZone` is an IANA zone this runtime knows (an unknown one would throw at every format). */
export function isTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone });
    return true;
  } catch {
    return false;
  }
}
