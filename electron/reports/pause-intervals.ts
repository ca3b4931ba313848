// Each window's paused intervals from its events in order: window.paused → the next window.resumed or
// window.signed_out; a window still paused is paused until now. Fed by the report's one pass over
// the range's events (report-facts.ts).
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
