// The ticket at a window: calling the next, recalling, starting, no-show, finishing, transferring,
// and the desk keypad's compound steps. Each change is one transaction with its event row; the
// listeners hear of it after the commit (engine-parts.ts says what this is built from). The other
// moves of a clerk (hold, undo a no-show, re-queue, call this ticket) are in queue-moves.ts.
import { HallFault, type Outcome, type PauseReason, type TicketView, type WindowStep } from '../contract';
import type { Actor, EngineParts } from './engine-parts';
import { pickNext, type Candidate } from './policy';
import { callStreak } from './call-streak';
import { candidateOf, directedTo } from './queue-heads';
import type { WindowDuty } from './window-duty';
import { callOf, ticketView, type TicketRow, type WindowRow } from './rows';

/** Where window.transfer sends a ticket: exactly one of these (the contract checks it). */
export interface TransferTarget {
  serviceId?: string;
  toWindow?: number;
  toClerk?: string;
}

export class WindowTickets {
  constructor(
    private readonly e: EngineParts,
    private readonly duty: WindowDuty,
  ) {}

  callNext(windowNo: number, actor: Actor): TicketView | null {
    const w = this.e.staffedWindow(windowNo, actor);
    if (w.status === 'paused') throw new HallFault('conflict', `window ${windowNo} is paused; resume it first`, undefined, 'window_paused');
    if (w.current_ticket_id !== null) {
      throw new HallFault('conflict', 'the current ticket must be finished, transferred or marked no-show first', undefined, 'ticket_current');
    }
    const now = this.e.clock.now();
    const row = this.e.tx(() => {
      const next = this.nextFor(w, now);
      if (!next) return null;
      this.e.hooks.beforeCall(windowNo, now); // e.g. refused while the last resident has not rated yet
      return this.e.rows.callWaiting({ id: next.id, service_id: next.serviceId, priority: next.priority }, w, actor.user, now);
    });
    if (row) this.e.called(callOf(row, now));
    this.e.changed();
    return row ? ticketView(row) : null;
  }

  /** What this window calls next: a ticket transferred to it or to its clerk first, else the policy's pick. */
  private nextFor(w: WindowRow, now: number): Candidate | null {
    const directed = directedTo(this.e.sql, w, 1)[0];
    if (directed) return candidateOf(directed);
    const skills = this.e.config.skills(w.number);
    const policy = this.e.policy();
    const streak = callStreak(this.e.sql, w.number, this.e.day(), policy.priorityStreakMax);
    return pickNext(this.e.candidates([...skills.primary, ...skills.backup], this.e.reach(w.number)), skills, policy, now, streak);
  }

  recall(windowNo: number, actor: Actor): TicketView {
    const current = this.currentTicket(windowNo, actor, ['called']);
    const now = this.e.clock.now();
    this.e.tx(() => {
      this.e.sql('UPDATE tickets SET recalls = recalls + 1, called_at = ? WHERE id = ?').run(now, current.id);
      this.e.rows.event('ticket.recalled', current.id, windowNo, actor.user, { number: current.number, recall: current.recalls + 1 });
    });
    const row = this.e.rows.ticket(current.id);
    this.e.called(callOf(row, now));
    this.e.changed();
    return ticketView(row);
  }

  start(windowNo: number, actor: Actor): TicketView {
    const current = this.currentTicket(windowNo, actor, ['called']);
    return this.transition(current, windowNo, actor, { state: 'serving', started_at: this.e.clock.now() }, 'ticket.serving', {}, false);
  }

  noShow(windowNo: number, actor: Actor): TicketView {
    const current = this.currentTicket(windowNo, actor, ['called']);
    return this.transition(current, windowNo, actor, { state: 'no_show', finished_at: this.e.clock.now() }, 'ticket.no_show', {}, true);
  }

  finish(windowNo: number, actor: Actor, outcome: Outcome, itemCode: string | undefined): TicketView {
    const current = this.currentTicket(windowNo, actor, ['called', 'serving']);
    if (itemCode !== undefined && !this.e.config.item(itemCode)) {
      throw new HallFault('not_found', `no such item: ${itemCode}`, 'itemCode');
    }
    const fields = { state: 'done', finished_at: this.e.clock.now(), outcome, item_code: itemCode ?? null };
    return this.transition(current, windowNo, actor, fields, 'ticket.done', { outcome, itemCode: itemCode ?? null }, true);
  }

  /**
   * The ticket leaves this window's hands and waits again, keeping its number, its issue time (the wait
   * the console shows) and its place in time (wait_since: where the policy ranks it):
   * - to another service: in that service's queue by its original wait, but not offered to this window
   *   while another open window serves that service (not_window), so it is not called straight back here;
   * - to one window, or to one clerk (at whatever window they sign in at): only there, and there before
   *   the window's queue (queue-heads.ts directedTo); its service stays the same.
   */
  transfer(windowNo: number, actor: Actor, to: TransferTarget): TicketView {
    const current = this.currentTicket(windowNo, actor, ['called', 'serving']);
    const w = this.e.rows.window(windowNo);
    const moved = this.transferTo(current, w, to);
    const now = this.e.clock.now();
    const row = this.e.tx(() => {
      this.e.rows.transition(current, windowNo, actor.user, { state: 'transferred', finished_at: now }, 'ticket.transferred', moved.data, true);
      return this.e.rows.insertWaiting(
        {
          business_day: this.e.day(),
          service_id: moved.serviceId,
          seq: null,
          number: current.number,
          priority: current.priority,
          issued_at: current.issued_at,
          wait_since: current.wait_since,
          due_at: current.due_at,
          transferred_from: current.id,
          requeues: current.requeues,
          ...moved.fields,
        },
        'ticket.issued',
        actor.user,
      );
    });
    this.e.changed();
    return ticketView(row);
  }

  /** Checks a transfer's target: the new ticket's service and routing, and the event's data. */
  private transferTo(current: TicketRow, w: WindowRow, to: TransferTarget) {
    if (to.serviceId !== undefined) {
      const target = this.e.config.service(to.serviceId);
      if (!target || !target.enabled) throw new HallFault('not_found', `no such service: ${to.serviceId}`, 'serviceId');
      if (target.id === current.service_id) throw new HallFault('bad_request', 'the ticket is already in that service', 'serviceId');
      return { serviceId: target.id, fields: { not_window: w.number }, data: { to: target.id } };
    }
    if (to.toWindow !== undefined) {
      const target = this.e.sql('SELECT number, enabled FROM windows WHERE number = ?').get(to.toWindow) as { number: number; enabled: number } | undefined;
      if (!target || target.enabled === 0) throw new HallFault('not_found', `no such window: ${to.toWindow}`, 'toWindow');
      if (target.number === w.number) throw new HallFault('bad_request', 'the ticket is at that window already', 'toWindow');
      return { serviceId: current.service_id, fields: { only_window: target.number }, data: { toWindow: target.number } };
    }
    const clerk = this.e.sql("SELECT id FROM users WHERE id = ? AND active = 1 AND role IN ('clerk', 'admin')").get(to.toClerk) as { id: string } | undefined;
    if (!clerk) throw new HallFault('not_found', `no such clerk: ${to.toClerk}`, 'toClerk');
    if (clerk.id === w.clerk_id) throw new HallFault('bad_request', 'the ticket is with that clerk already', 'toClerk');
    return { serviceId: current.service_id, fields: { only_clerk: clerk.id }, data: { toClerk: clerk.id } };
  }

  /**
   * A desk keypad's 呼叫 / 暂停 (it has no 完成 key): resume a paused window, finish the current ticket
   * as handled, then call the next or pause; all of it or nothing.
   */
  finishThen(windowNo: number, actor: Actor, then: 'callNext' | 'pause', reason: PauseReason): WindowStep {
    return this.e.atomically(() => {
      const w = this.e.staffedWindow(windowNo, actor);
      if (w.status === 'paused' && then === 'callNext') this.duty.resume(windowNo, actor);
      const finished = w.current_ticket_id !== null ? this.finish(windowNo, actor, 'handled', undefined) : null;
      let called: TicketView | null = null;
      let held: WindowStep['held'] = null;
      if (then === 'callNext') {
        try {
          called = this.callNext(windowNo, actor);
        } catch (error) {
          // The hall's rule that the next call waits for the resident's rating is an answer, not a
          // fault: the finish stands (the rating it asks for can only come after it). Anything else
          // rolls the finish back with it.
          if (!(finished && error instanceof HallFault && error.reason === 'awaiting_rating')) throw error;
          held = 'awaiting_rating';
        }
      }
      if (then === 'pause') this.duty.pause(windowNo, actor, reason);
      return { finished, called, held, window: this.e.config.windowView(windowNo) };
    });
  }

  private transition(
    row: TicketRow,
    windowNo: number,
    actor: Actor,
    fields: Record<string, unknown>,
    type: string,
    data: object,
    releases: boolean,
  ): TicketView {
    this.e.tx(() => this.e.rows.transition(row, windowNo, actor.user, fields, type, data, releases));
    this.e.changed();
    return ticketView(this.e.rows.ticket(row.id));
  }

  /** The window's current ticket, checked to be in one of `states` (the window checked to be this actor's). */
  currentTicket(windowNo: number, actor: Actor, states: TicketRow['state'][]): TicketRow {
    const w = this.e.staffedWindow(windowNo, actor);
    if (w.current_ticket_id === null) throw new HallFault('conflict', `window ${windowNo} has no current ticket`, undefined, 'no_current_ticket');
    const row = this.e.rows.ticket(w.current_ticket_id);
    if (!states.includes(row.state)) throw new HallFault('conflict', `ticket ${row.number} is ${row.state}`, undefined, 'ticket_state');
    return row;
  }
}
