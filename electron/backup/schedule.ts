// When the nightly backup runs: at the configured hall time, but never inside the sync's night
// window nor while an upload is running, so the copy holds the night's receipts. Pure functions of
// an instant (the hall's injected clock), like the sync's own window.
import { inWindow, nextWindowStart, type NightWindow } from '../sync/night-window';

const plusMinute = (hhmm: string) => {
  const [h, m] = hhmm.split(':').map(Number);
  const next = (h! * 60 + m! + 1) % (24 * 60);
  return `${String(Math.floor(next / 60)).padStart(2, '0')}:${String(next % 60).padStart(2, '0')}`;
};

/** The next instant at or after `ms` that is `hhmm` hall time (to the minute). */
export function nextTimeOf(ms: number, hhmm: string, timeZone: string): number {
  return nextWindowStart(ms, { start: hhmm, end: plusMinute(hhmm) }, timeZone);
}

/** The first minute at or after `ms` outside the window. */
export function windowEndAfter(ms: number, window: NightWindow, timeZone: string): number {
  let t = ms;
  while (inWindow(t, window, timeZone)) t += 60_000;
  return t;
}

export interface SyncState {
  running: boolean;
  window: NightWindow | null;
}

/** How long to hold the nightly backup back for the sync: 0 to run now, else the instant to look again. */
export function heldUntil(ms: number, sync: SyncState, timeZone: string): number {
  if (sync.window && inWindow(ms, sync.window, timeZone)) return windowEndAfter(ms, sync.window, timeZone);
  if (sync.running) return ms + 5 * 60_000; // a manual send past the window: look again shortly
  return 0;
}
