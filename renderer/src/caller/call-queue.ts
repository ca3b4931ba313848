// The hall screen's queue of calls waiting for their turn in the big panel and the announcer. Pure: it
// is fed only the pushed events (`ticket.called`, and the hall view that `hall.changed` carries or a
// reconnect fetches) and is asked for the next call; it never reads a clock. The order is arrival order
// (the newest last). A recall of a call still waiting is merged into it, not queued twice. A call the
// hall view shows outdated (its ticket no longer called or served at that window: finished, no-show,
// transferred) is dropped when its turn comes, and a new business day drops every call still waiting.
import type { CallView, HallView, TicketState } from '../../../electron/contract';

export interface QueuedCall extends CallView {
  /** A view that arrived after the call no longer shows its ticket at its window. */
  outdated: boolean;
}

export type DropReason = 'outdated' | 'new_day';

export interface Dropped {
  call: QueuedCall;
  reason: DropReason;
}

/** What a ticket may be in while its call is still worth announcing. */
const liveStates: readonly TicketState[] = ['called', 'serving'];

export function isLive(call: CallView, view: HallView): boolean {
  const window = view.windows.find((w) => w.number === call.windowNo);
  const current = window?.current;
  return !!current && current.number === call.number && liveStates.includes(current.state);
}

export class CallQueue {
  private waiting: QueuedCall[] = [];
  private day: string | null = null;

  /** A pushed call: queued last, or merged into the same number's waiting call at that window. */
  called(call: CallView): 'queued' | 'merged' {
    const same = this.waiting.find((c) => c.number === call.number && c.windowNo === call.windowNo);
    if (same) {
      // Its place in the line stays; it now says 重呼 and is live again (the recall came after any view).
      Object.assign(same, call, { outdated: false });
      return 'merged';
    }
    this.waiting.push({ ...call, outdated: false });
    return 'queued';
  }

  /**
   * A hall view (pushed, or fetched after a reconnect). It is newer than every call already queued,
   * since the socket keeps order, so it may mark them outdated; a new business day drops them all.
   */
  viewed(view: HallView): { newDay: boolean; dropped: Dropped[] } {
    const newDay = this.day !== null && view.businessDay !== this.day;
    this.day = view.businessDay;
    if (newDay) return { newDay, dropped: this.waiting.splice(0).map((call) => ({ call, reason: 'new_day' as const })) };
    for (const call of this.waiting) if (!isLive(call, view)) call.outdated = true;
    return { newDay, dropped: [] };
  }

  /** The next call to show and announce, with the outdated ones dropped on the way to it. */
  take(): { call: QueuedCall | null; dropped: Dropped[] } {
    const dropped: Dropped[] = [];
    for (;;) {
      const call = this.waiting.shift();
      if (!call) return { call: null, dropped };
      if (!call.outdated) return { call, dropped };
      dropped.push({ call, reason: 'outdated' });
    }
  }

  get length(): number {
    return this.waiting.length;
  }

  /** The calls still waiting, first first (for the screen's event log and tests). */
  list(): readonly QueuedCall[] {
    return this.waiting;
  }
}
