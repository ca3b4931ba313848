// Each window's paused intervals from its events in order: window.paused → the next window.resumed or
// window.signed_out; a window still paused is paused until now. Fed by the report's one pass over
// the range's events (report-facts.ts).
import type { Database } from 'better-sqlite3';

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

/** The windows' paused intervals over a range of business days read on their own (the duty report's). */
export function readPauseIntervals(db: Database, days: [string, string], now: number): Map<number, Interval[]> {
  const pauses = new PauseIntervals();
  const rows = db
    .prepare(
      `SELECT window_no, type, at FROM events WHERE business_day BETWEEN ? AND ?
       AND type IN ('window.paused', 'window.resumed', 'window.signed_out') ORDER BY business_day, id`,
    )
    .iterate(...days) as IterableIterator<{ window_no: number; type: string; at: number }>;
  for (const r of rows) pauses.note(r.window_no, r.type, r.at);
  return pauses.byWindow(now);
}
