// How the live page writes durations and ratios: a clock-style duration a manager reads at a glance
// (4:05, 1:02:09), never negative (a screen's clock a moment behind the hall's shows 0:00); what a
// device alert says is wrong.
import type { LiveAlert } from '../../../../electron/contract';

/** Whole seconds as m:ss, or h:mm:ss from an hour on. */
export function clockDuration(totalSeconds: number): string {
  const s = Math.max(0, Math.floor(totalSeconds));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const sec = String(s % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${sec}` : `${m}:${sec}`;
}

/** Seconds from an ISO instant to `now` (ms). */
export const secondsSince = (iso: string, now: number): number => (now - Date.parse(iso)) / 1000;

/** A ratio 0–1 as a whole percent; null as the dash. */
export const percent = (ratio: number | null, none: string): string => (ratio === null ? none : `${Math.round(ratio * 100)}%`);

/**
 * The locale key saying what is wrong in a device alert: its fault code, else its printer's paper state,
 * else "not connected" for a device that is not, and only then "not answering".
 */
export function deviceFaultKey(a: Extract<LiveAlert, { kind: 'device_fault' }>): string {
  if (a.fault) return `live.faultCode.${a.fault}`;
  if (a.printer && a.printer !== 'ok') return `live.printer.${a.printer}`;
  return a.connected ? 'live.fault.unknown' : 'live.fault.disconnected';
}
