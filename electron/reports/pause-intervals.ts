// Each window's paused intervals from its events in order: window.paused → the next window.resumed or
// window.signed_out; a window still paused is paused until now. Fed by the report's one pass over
// the range's events (report-facts.ts).
import type { Database } from 'better-sqlite3';
import type { Steps } from '../core/steps';
import { shiftDay } from '../shared/calendar/working-days';

export type Interval = { from: number; to: number };

export class PauseIntervals {
  private readonly open = new Map<number, number>();
  private readonly closed = new Map<number, Interval[]>();

  note(windowNo: number, type: string, at: number): void {
    if (type === 'window.paused') {
      if (!this.open.has(windowNo)) this.open.set(windowNo, at);
      return;
    }
    const from = this.open.get(windowNo);
    if (from === undefined) return;
    this.open.delete(windowNo);
    this.push(windowNo, { from, to: at });
  }

  /** The intervals per window, those still open closed at `now`. */
  byWindow(now: number): Map<number, Interval[]> {
    for (const [windowNo, from] of this.open) this.push(windowNo, { from, to: now });
    this.open.clear();
    return this.closed;
  }

  private push(windowNo: number, interval: Interval): void {
    const list = this.closed.get(windowNo);
    if (list) list.push(interval);
    else this.closed.set(windowNo, [interval]);
  }
}

/**
 * The windows' paused intervals over a range of business days read on their own (the duty report's),
 * as steps of a day each: the pauses are a few rows among a day's thousands of events, which SQLite
 * skips inside one statement (a year's in one went 0.3 s without a pause).
 */
export function* pauseIntervalsSteps(db: Database, days: [string, string], now: number): Steps<Map<number, Interval[]>> {
  const pauses = new PauseIntervals();
  const ofDay = db
    .prepare(
      `SELECT window_no, type, at FROM events WHERE business_day = ?
       AND type IN ('window.paused', 'window.resumed', 'window.signed_out') ORDER BY id`,
    )
    .raw();
  for (let day = days[0]; day <= days[1]; day = shiftDay(day, 1)) {
    for (const [windowNo, type, at] of ofDay.iterate(day) as IterableIterator<[number, string, number]>) pauses.note(windowNo, type, at);
    yield;
  }
  return pauses.byWindow(now);
}
