// The clerk's queue moves besides call / finish / transfer (issue 14), each one transaction with its
// event row, the listeners told after the commit:
// - hold (挂起, 材料不全): the current ticket is set aside (state held, kept by its window), the window is
//   free to call; resume makes it the window's current ticket again (called, or serving if it was),
//   announced again, only at that window and only when it has no current ticket.
// - undo a no-show: within noShowUndoSeconds on the hall's clock, and only while the window has not
//   called anyone since, the ticket is again called at the window.
// - 过号重排: today's no-show goes back to waiting, requeueOffset places down its queue (placeAfter
//   below), at most requeueLimit times per ticket; any staffed window may do it.
// - call this ticket: a waiting ticket the window may call, out of turn, with a reason (the event says
//   who and why); refused when the hall's allowCallSpecific is off.
// Every path that puts a ticket at a window goes through the ticket hooks' beforeCall, as callNext does
// (the 好差评 rule may hold calls until the last resident has rated).
import { HallFault, type CallReason, type NoShowTicket, type RequeuedTicket, type TicketView, type TransferTargets } from '../contract';
import type { Actor, EngineParts } from './engine-parts';
import { callOf, ticketView, type TicketRow, type WindowRow } from './rows';
import type { WindowTickets } from './window-tickets';
import { lastNoShow, placeAfter } from './queue-move-rules';
import { noShowsToday, transferTargets } from './queue-move-reads';

export class QueueMoves {
  constructor(
    private readonly e: EngineParts,
    private readonly tickets: WindowTickets,
  ) {}

  hold(windowNo: number, actor: Actor): TicketView {
    const current = this.tickets.currentTicket(windowNo, actor, ['called', 'serving']);
    const now = this.e.clock.now();
    this.e.tx(() => this.e.rows.transition(current, windowNo, actor.user, { state: 'held', held_at: now }, 'ticket.held', {}, true));
    this.e.changed();
    return ticketView(this.e.rows.ticket(current.id));
  }

  /** The held ticket `ticketId`, or the one held longest at this window, is its current ticket again. */
  resumeHeld(windowNo: number, actor: Actor, ticketId: number | undefined): TicketView {
    const w = this.freeWindow(windowNo, actor);
    const row =
      ticketId === undefined
        ? (this.e.sql("SELECT * FROM tickets WHERE state = 'held' AND window_no = ? ORDER BY held_at, id LIMIT 1").get(windowNo) as TicketRow | undefined)
        : (this.e.sql('SELECT * FROM tickets WHERE id = ?').get(ticketId) as TicketRow | undefined);
    if (!row) {
      if (ticketId !== undefined) throw new HallFault('not_found', `no such ticket: ${ticketId}`, 'ticketId');
      throw new HallFault('conflict', `window ${windowNo} holds no ticket`, undefined, 'not_held_here');
    }
    if (row.state !== 'held') throw new HallFault('conflict', `ticket ${row.number} is ${row.state}`, 'ticketId', 'ticket_state');
    if (row.window_no !== windowNo) throw new HallFault('conflict', `ticket ${row.number} is held at window ${row.window_no}`, 'ticketId', 'not_held_here');
    const now = this.e.clock.now();
    const state = row.started_at === null ? 'called' : 'serving';
    const resumed = this.e.tx(() => {
      this.e.hooks.beforeCall(windowNo, now);
      this.e.sql('UPDATE tickets SET state = ?, clerk_id = ? WHERE id = ?').run(state, w.clerk_id, row.id);
      this.e.rows.setWindow({ ...w, current_ticket_id: row.id });
      this.e.rows.event('ticket.resumed', row.id, windowNo, actor.user, { number: row.number, state, recall: row.recalls });
      return this.e.rows.ticket(row.id);
    });
    this.e.called(callOf(resumed, now)); // the resident may be sitting in the hall again: say the number
    this.e.changed();
    return ticketView(resumed);
  }

  undoNoShow(windowNo: number, actor: Actor): TicketView {
    const w = this.freeWindow(windowNo, actor);
    const now = this.e.clock.now();
    const last = lastNoShow(this.e.sql, this.e.day(), windowNo);
    if (last.kind === 'none') throw new HallFault('conflict', `window ${windowNo} has no no-show to undo`, undefined, 'nothing_to_undo');
    if (last.kind === 'superseded') {
      throw new HallFault('conflict', `window ${windowNo} called another ticket after the no-show of ${last.number}`, undefined, 'undo_superseded');
    }
    const seconds = this.e.settings.get('noShowUndoSeconds');
    if (now > last.at + seconds * 1000 || seconds === 0) {
      throw new HallFault('conflict', `the no-show of ${last.number} can be undone for ${seconds} s only`, undefined, 'undo_expired');
    }
    const row = this.e.rows.ticket(last.ticketId);
    if (row.state !== 'no_show') throw new HallFault('conflict', `ticket ${row.number} is ${row.state}`, undefined, 'ticket_state');
    const undone = this.e.tx(() => {
      this.e.hooks.beforeCall(windowNo, now);
      this.e.sql("UPDATE tickets SET state = 'called', finished_at = NULL WHERE id = ?").run(row.id);
      this.e.rows.setWindow({ ...w, current_ticket_id: row.id });
      this.e.rows.event('ticket.no_show_undone', row.id, windowNo, actor.user, { number: row.number });
      return this.e.rows.ticket(row.id);
    });
    this.e.changed();
    return ticketView(undone);
  }

  /** Today's no-show `number` waits again, requeueOffset places down its queue (placeAfter). */
  requeue(windowNo: number, actor: Actor, number: string): RequeuedTicket {
    this.e.staffedWindow(windowNo, actor);
    const row = this.e.sql('SELECT * FROM tickets WHERE business_day = ? AND number = ? ORDER BY id DESC LIMIT 1').get(this.e.day(), number) as
      TicketRow | undefined;
    if (!row) throw new HallFault('not_found', `no ticket ${number} today`, 'number');
    if (row.state !== 'no_show') throw new HallFault('conflict', `ticket ${number} is ${row.state}, not a no-show`, 'number', 'ticket_state');
    const limit = this.e.settings.get('requeueLimit');
    if (row.requeues >= limit) {
      throw new HallFault('conflict', `ticket ${number} was re-queued ${row.requeues} times; the hall allows ${limit}`, 'number', 'requeue_limit');
    }
    const now = this.e.clock.now();
    const requeued = this.e.tx(() => {
      const place = placeAfter(this.e.sql, row, this.e.settings.get('requeueOffset'), now);
      this.e
        .sql(
          `UPDATE tickets SET state = 'waiting', wait_since = ?, requeues = requeues + 1, called_at = NULL, started_at = NULL, finished_at = NULL,
         window_no = NULL, clerk_id = NULL, recalls = 0, not_window = NULL WHERE id = ?`,
        )
        .run(place.waitSince, row.id);
      this.e.counts.joined(row.service_id, row.priority, null);
      this.e.rows.event('ticket.requeued', row.id, windowNo, actor.user, { number, requeues: row.requeues + 1, ahead: place.ahead });
      return { ...ticketView(this.e.rows.ticket(row.id)), requeues: row.requeues + 1, ahead: place.ahead };
    });
    this.e.changed();
    return requeued;
  }

  /** A waiting ticket this window may call, called now, out of turn, with the reason in its event. */
  callTicket(windowNo: number, actor: Actor, ticketId: number, reason: CallReason, note: string | undefined): TicketView {
    const w = this.freeWindow(windowNo, actor);
    if (!this.e.settings.get('allowCallSpecific')) {
      throw new HallFault('forbidden', 'this hall calls tickets in turn only (allowCallSpecific is off)', undefined, 'call_specific_disabled');
    }
    const row = this.e.sql('SELECT * FROM tickets WHERE id = ?').get(ticketId) as TicketRow | undefined;
    if (!row) throw new HallFault('not_found', `no such ticket: ${ticketId}`, 'ticketId');
    if (row.state !== 'waiting') throw new HallFault('conflict', `ticket ${row.number} is ${row.state}`, 'ticketId', 'ticket_state');
    if (!this.mayCall(w, row)) throw new HallFault('conflict', `window ${windowNo} does not call ticket ${row.number}`, 'ticketId', 'not_served_here');
    const now = this.e.clock.now();
    const called = this.e.tx(() => {
      this.e.hooks.beforeCall(windowNo, now);
      return this.e.rows.callWaiting(row, w, actor.user, now, note ? { picked: reason, note } : { picked: reason });
    });
    this.e.called(callOf(called, now));
    this.e.changed();
    return ticketView(called);
  }

  /** Today's no-shows, newest first, with how often each may still be re-queued. */
  noShows(): NoShowTicket[] {
    this.e.rollover();
    return noShowsToday(this.e.sql, this.e.settings, this.e.day());
  }

  transferTargets(windowNo: number): TransferTargets {
    this.e.rows.window(windowNo);
    return transferTargets(this.e.sql, this.e.config, windowNo);
  }

  /** A ticket sent to one window or clerk is theirs; any other, if the window serves its service. */
  private mayCall(w: WindowRow, row: TicketRow): boolean {
    if (row.only_window !== null) return row.only_window === w.number;
    if (row.only_clerk !== null) return row.only_clerk === w.clerk_id;
    const skills = this.e.config.skills(w.number);
    return skills.primary.includes(row.service_id) || skills.backup.includes(row.service_id);
  }

  /** The window, staffed by this actor, open and without a current ticket: ready to take one. */
  private freeWindow(windowNo: number, actor: Actor): WindowRow {
    const w = this.e.staffedWindow(windowNo, actor);
    if (w.status === 'paused') throw new HallFault('conflict', `window ${windowNo} is paused; resume it first`, undefined, 'window_paused');
    if (w.current_ticket_id !== null) {
      throw new HallFault('conflict', 'the current ticket must be finished, transferred or marked no-show first', undefined, 'ticket_current');
    }
    return w;
  }
}
