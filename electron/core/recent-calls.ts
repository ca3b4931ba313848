// The last few calls of the business day, for the caller screen; rebuilt from the event log at start.
import type { CallView } from '../contract';
import type { Db } from './db';

export class RecentCalls {
  private list: CallView[] = [];

  constructor(
    private readonly db: Db,
    /** How many calls to keep (a live setting: the engine reloads the list when it changes). */
    private readonly size: () => number,
  ) {}

  load(day: string): void {
    const rows = this.db
      .prepare(
        `SELECT at, window_no, data FROM events WHERE business_day = ? AND type IN ('ticket.called', 'ticket.recalled', 'ticket.resumed')
         ORDER BY id DESC`,
      )
      .iterate(day) as IterableIterator<{ at: number; window_no: number; data: string }>;
    // The same list add() builds: the latest call of each number, newest first (a recall or a
    // transferred ticket called again replaces the number's earlier call; a held ticket resumed is said
    // again on the hall screen, so it is a call here too).
    this.list = [];
    for (const r of rows) {
      const data = JSON.parse(r.data) as { number: string; recall: number };
      if (this.list.some((c) => c.number === data.number)) continue;
      this.list.push({ number: data.number, windowNo: r.window_no, at: new Date(r.at).toISOString(), recall: data.recall });
      if (this.list.length === this.size()) break;
    }
  }

  add(call: CallView): void {
    this.list = [call, ...this.list.filter((c) => c.number !== call.number)].slice(0, this.size());
  }

  /** Newest first. */
  get(): CallView[] {
    return [...this.list];
  }
}
