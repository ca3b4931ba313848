// The ticket at a window: calling the next, recalling, starting, no-show, finishing, transferring,
// and the desk keypad's compound steps. Each change is one transaction with its event row; the
// listeners hear of it after the commit (engine-parts.ts says what this is built from).
import { HallFault, type CallView, type Outcome, type PauseReason, type TicketView, type WindowStep } from '../contract';
import type { Actor, EngineParts } from './engine-parts';
import { pickNext } from './policy';
import { callStreak } from './call-streak';
import type { WindowDuty } from './window-duty';
import { ticketView, type TicketRow } from './rows';

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
    const skills = this.e.config.skills(windowNo);
    const row = this.e.tx(() => {
      const policy = this.e.policy();
      const streak = callStreak(this.e.sql, windowNo, this.e.day(), policy.priorityStreakMax);
      const next = pickNext(this.e.candidates([...skills.primary, ...skills.backup]), skills, policy, now, streak);
      if (!next) return null;
      this.e.hooks.beforeCall(windowNo, now); // e.g. refused while the last resident has not rated yet
      this.e.sql("UPDATE tickets SET state = 'called', called_at = ?, window_no = ?, clerk_id = ? WHERE id = ?").run(now, windowNo, actor.user, next.id);
      this.e.rows.setWindow({ ...w, current_ticket_id: next.id });
      this.e.counts.left(next.serviceId, next.priority);
      const called = this.e.rows.ticket(next.id);
      this.e.rows.event('ticket.called', next.id, windowNo, actor.user, { number: called.number, recall: 0 });
      return called;
    });
    if (row) this.announce(row, now);
    this.e.changed();
    return row ? ticketView(row) : null;
  }

  recall(windowNo: number, actor: Actor): TicketView {
    const current = this.currentTicket(windowNo, actor, ['called']);
    const now = this.e.clock.now();
    this.e.tx(() => {
      this.e.sql('UPDATE tickets SET recalls = recalls + 1, called_at = ? WHERE id = ?').run(now, current.id);
      this.e.rows.event('ticket.recalled', current.id, windowNo, actor.user, { number: current.number, recall: current.recalls + 1 });
    });
    const row = this.e.rows.ticket(current.id);
    this.announce(row, now);
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

  /** The ticket leaves this window's hands and waits in another service's queue, keeping its number and its place in time. */
  transfer(windowNo: number, actor: Actor, serviceId: string): TicketView {
    const current = this.currentTicket(windowNo, actor, ['called', 'serving']);
    const target = this.e.config.service(serviceId);
    if (!target || !target.enabled) throw new HallFault('not_found', `no such service: ${serviceId}`, 'serviceId');
    if (target.id === current.service_id) throw new HallFault('bad_request', 'the ticket is already in that service', 'serviceId');
    const now = this.e.clock.now();
    const moved = this.e.tx(() => {
      this.e.rows.transition(current, windowNo, actor.user, { state: 'transferred', finished_at: now }, 'ticket.transferred', { to: serviceId }, true);
      return this.e.rows.insertWaiting(
        {
          business_day: this.e.day(),
          service_id: serviceId,
          seq: null,
          number: current.number,
          priority: current.priority,
          issued_at: now,
          wait_since: current.wait_since,
          due_at: current.due_at,
          transferred_from: current.id,
        },
        'ticket.issued',
        actor.user,
      );
    });
    this.e.changed();
    return ticketView(moved);
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

  private announce(row: TicketRow, at: number): void {
    const call: CallView = { number: row.number, windowNo: row.window_no!, at: new Date(at).toISOString(), recall: row.recalls };
    this.e.called(call);
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

  private currentTicket(windowNo: number, actor: Actor, states: TicketRow['state'][]): TicketRow {
    const w = this.e.staffedWindow(windowNo, actor);
    if (w.current_ticket_id === null) throw new HallFault('conflict', `window ${windowNo} has no current ticket`, undefined, 'no_current_ticket');
    const row = this.e.rows.ticket(w.current_ticket_id);
    if (!states.includes(row.state)) throw new HallFault('conflict', `ticket ${row.number} is ${row.state}`, undefined, 'ticket_state');
    return row;
  }
}
