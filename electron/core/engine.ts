// The queue engine: every state change of tickets and windows. Each change runs in one SQLite
// transaction together with its append-only event row, then the hall's listeners are told.
import {
  HallFault,
  type CallView,
  type IssuedTicket,
  type Outcome,
  type PauseReason,
  type PriorityClass,
  type Role,
  type TicketView,
  type WindowDetail,
  type WindowView,
} from '../contract';
import { businessDayOf, type Clock } from './clock';
import { statementCache, transactionRunner, type Db } from './db';
import { pickNext, type Candidate, type CallPolicy } from './policy';
import { ticketNumber, ticketView, type ServiceRow, type TicketRow, type WindowRow } from './rows';
import type { HallSettings } from './settings';
import { HallConfig } from './hall-config';
import { RecentCalls } from './recent-calls';
import { windowDetail } from './window-detail';
import { QueueCounts } from './queue-counts';
import { queueHeads } from './queue-heads';
import { closeDaysBefore } from './day-close';
import { noTicketHooks, type TicketHooks } from './ticket-hooks';

export interface Actor {
  user: string;
  role: Role;
}

export interface EngineListener {
  changed(): void;
  called(call: CallView): void;
  issued(ticket: IssuedTicket): void;
}

export class QueueEngine {
  readonly config: HallConfig;
  readonly calls: RecentCalls;
  private day: string;
  private readonly counts: QueueCounts;
  private readonly statements;
  private readonly sql: ReturnType<typeof statementCache>;
  private readonly tx: ReturnType<typeof transactionRunner>;

  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
    private readonly settings: HallSettings,
    private readonly listener: EngineListener,
    private readonly hooks: TicketHooks = noTicketHooks,
  ) {
    this.sql = statementCache(db);
    const run = transactionRunner(db);
    this.counts = new QueueCounts(this.sql);
    // The in-memory counts follow the rows; if a transaction rolls back, count again.
    this.tx = (fn) => {
      try {
        return run(fn);
      } catch (error) {
        this.counts.load(this.day);
        throw error;
      }
    };
    this.config = new HallConfig(db);
    this.calls = new RecentCalls(db, settings.recentCalls);
    this.statements = {
      event: db.prepare(
        'INSERT INTO events (at, business_day, type, ticket_id, window_no, user_id, data) VALUES (?, ?, ?, ?, ?, ?, ?)',
      ),
      insertTicket: db.prepare(
        `INSERT INTO tickets (business_day, service_id, seq, number, priority, state, issued_at, wait_since, due_at, transferred_from)
         VALUES (@business_day, @service_id, @seq, @number, @priority, 'waiting', @issued_at, @wait_since, @due_at, @transferred_from)`,
      ),
      ticket: db.prepare('SELECT * FROM tickets WHERE id = ?'),
      window: db.prepare('SELECT * FROM windows WHERE number = ?'),
      setWindow: db.prepare(
        'UPDATE windows SET status = @status, pause_reason = @pause_reason, clerk_id = @clerk_id, current_ticket_id = @current_ticket_id WHERE number = @number',
      ),
    };
    this.day = businessDayOf(clock.now(), settings.timeZone);
    this.closeStaleDays();
  }

  get businessDay(): string {
    return this.day;
  }

  get hallName(): string {
    return this.settings.hallName;
  }

  windowDetail(windowNo: number): WindowDetail {
    this.rollover();
    this.windowRow(windowNo);
    return windowDetail(this.db, this.config, this.policy, windowNo, this.day, this.clock.now());
  }

  waiting(serviceId: string): number {
    return this.counts.waiting(serviceId);
  }

  get policy(): CallPolicy {
    const max = this.settings.maxWaitMinutes;
    return { mode: this.settings.policyMode, maxWaitMs: max > 0 ? max * 60_000 : null };
  }

  /** Called before every operation and by the hall's timer: a new business day expires yesterday's queue. */
  rollover(): boolean {
    const today = businessDayOf(this.clock.now(), this.settings.timeZone);
    if (today === this.day) return false;
    const previous = this.day;
    this.day = today;
    try {
      this.closeStaleDays();
    } catch (error) {
      this.day = previous; // not closed: the next command or the timer tries again
      throw error;
    }
    this.listener.changed();
    return true;
  }

  issue(serviceId: string, priority: PriorityClass, actor: Actor): IssuedTicket {
    this.rollover();
    const service = this.config.service(serviceId);
    if (!service || !service.enabled) throw new HallFault('not_found', `no such service: ${serviceId}`, 'serviceId');
    const now = this.clock.now();
    const ahead = this.counts.ahead(serviceId, priority);
    const row = this.tx(() => {
      if (this.issuedToday(service) >= service.daily_cap) {
        throw new HallFault('service_full', `service ${serviceId} has reached its daily cap of ${service.daily_cap}`);
      }
      const last = this.counts.lastSeq(serviceId);
      const seq = last === null ? service.start_number : last + 1;
      if (seq > 999) throw new HallFault('service_full', `service ${serviceId} has run out of numbers today`);
      return this.insertWaiting({
        business_day: this.day,
        service_id: serviceId,
        seq,
        number: ticketNumber(service.prefix, seq),
        priority,
        issued_at: now,
        wait_since: now,
        due_at: priority === 'appointment' ? now : null,
        transferred_from: null,
      }, 'ticket.issued', actor.user);
    });
    this.listener.changed();
    const issued: IssuedTicket = {
      ...ticketView(row),
      ahead,
      estimatedWaitMinutes: this.estimateWait(service, ahead),
      businessDay: this.day,
    };
    this.listener.issued(issued);
    return issued;
  }

  /** How many numbers of this service were issued today (transfers keep their number and do not count). */
  issuedToday(service: ServiceRow): number {
    return this.counts.issued(service.id);
  }

  estimateWait(service: ServiceRow, ahead: number): number {
    const windows = this.config.openWindowsServing(service.id);
    return Math.round((ahead * service.avg_service_minutes) / Math.max(1, windows));
  }

  signIn(windowNo: number, actor: Actor): WindowView {
    this.rollover();
    const w = this.windowRow(windowNo);
    if (w.clerk_id !== null && w.clerk_id !== actor.user) {
      throw new HallFault('conflict', `window ${windowNo} is staffed by ${w.clerk_id}; they must sign out first`, undefined, 'window_staffed');
    }
    if (w.clerk_id === actor.user) return this.config.windowView(w.number);
    const now = this.clock.now();
    this.tx(() => {
      // A clerk works one window at a time: signing in here signs them out where they were.
      const elsewhere = this.sql('SELECT number FROM windows WHERE clerk_id = ?').all(actor.user) as { number: number }[];
      for (const other of elsewhere) this.leaveWindow(this.windowRow(other.number), actor, now);
      this.sql('INSERT INTO duty (user_id, window_no, business_day, signed_in_at) VALUES (?, ?, ?, ?)').run(actor.user, windowNo, this.day, now);
      this.statements.setWindow.run({ ...w, status: 'open', pause_reason: null, clerk_id: actor.user });
      this.event('window.signed_in', null, windowNo, actor.user, {});
    });
    this.listener.changed();
    return this.config.windowView(windowNo);
  }

  signOut(windowNo: number, actor: Actor): WindowView {
    const w = this.staffedWindow(windowNo, actor);
    this.tx(() => this.leaveWindow(w, actor, this.clock.now()));
    this.listener.changed();
    return this.config.windowView(windowNo);
  }

  callNext(windowNo: number, actor: Actor): TicketView | null {
    const w = this.staffedWindow(windowNo, actor);
    if (w.status === 'paused') throw new HallFault('conflict', `window ${windowNo} is paused; resume it first`, undefined, 'window_paused');
    if (w.current_ticket_id !== null) {
      throw new HallFault('conflict', 'the current ticket must be finished, transferred or marked no-show first', undefined, 'ticket_current');
    }
    const now = this.clock.now();
    const skills = this.config.skills(windowNo);
    const row = this.tx(() => {
      const next = pickNext(this.candidates([...skills.primary, ...skills.backup]), skills, this.policy, now);
      if (!next) return null;
      this.hooks.beforeCall(windowNo, now); // e.g. refused while the last resident has not rated yet
      this.sql("UPDATE tickets SET state = 'called', called_at = ?, window_no = ?, clerk_id = ? WHERE id = ?")
        .run(now, windowNo, actor.user, next.id);
      this.statements.setWindow.run({ ...w, current_ticket_id: next.id });
      this.counts.left(next.serviceId, next.priority);
      const called = this.ticketRow(next.id);
      this.event('ticket.called', next.id, windowNo, actor.user, { number: called.number, recall: 0 });
      return called;
    });
    if (row) this.announce(row, now);
    this.listener.changed();
    return row ? ticketView(row) : null;
  }

  recall(windowNo: number, actor: Actor): TicketView {
    const current = this.currentTicket(windowNo, actor, ['called']);
    const now = this.clock.now();
    this.tx(() => {
      this.sql('UPDATE tickets SET recalls = recalls + 1, called_at = ? WHERE id = ?').run(now, current.id);
      this.event('ticket.recalled', current.id, windowNo, actor.user, { number: current.number, recall: current.recalls + 1 });
    });
    const row = this.ticketRow(current.id);
    this.announce(row, now);
    this.listener.changed();
    return ticketView(row);
  }

  start(windowNo: number, actor: Actor): TicketView {
    const current = this.currentTicket(windowNo, actor, ['called']);
    return this.transition(current, windowNo, actor, { state: 'serving', started_at: this.clock.now() }, 'ticket.serving', {}, false);
  }

  noShow(windowNo: number, actor: Actor): TicketView {
    const current = this.currentTicket(windowNo, actor, ['called']);
    return this.transition(current, windowNo, actor, { state: 'no_show', finished_at: this.clock.now() }, 'ticket.no_show', {}, true);
  }

  finish(windowNo: number, actor: Actor, outcome: Outcome, itemCode: string | undefined): TicketView {
    const current = this.currentTicket(windowNo, actor, ['called', 'serving']);
    if (itemCode !== undefined && !this.config.item(itemCode)) {
      throw new HallFault('not_found', `no such item: ${itemCode}`, 'itemCode');
    }
    const fields = { state: 'done', finished_at: this.clock.now(), outcome, item_code: itemCode ?? null };
    return this.transition(current, windowNo, actor, fields, 'ticket.done', { outcome, itemCode: itemCode ?? null }, true);
  }

  /** The ticket leaves this window's hands and waits in another service's queue, keeping its number and its place in time. */
  transfer(windowNo: number, actor: Actor, serviceId: string): TicketView {
    const current = this.currentTicket(windowNo, actor, ['called', 'serving']);
    const target = this.config.service(serviceId);
    if (!target || !target.enabled) throw new HallFault('not_found', `no such service: ${serviceId}`, 'serviceId');
    if (target.id === current.service_id) throw new HallFault('bad_request', 'the ticket is already in that service', 'serviceId');
    const now = this.clock.now();
    const moved = this.tx(() => {
      this.transitionRows(current, windowNo, actor, { state: 'transferred', finished_at: now }, 'ticket.transferred', { to: serviceId });
      return this.insertWaiting({
        business_day: this.day,
        service_id: serviceId,
        seq: null,
        number: current.number,
        priority: current.priority,
        issued_at: now,
        wait_since: current.wait_since,
        due_at: current.due_at,
        transferred_from: current.id,
      }, 'ticket.issued', actor.user);
    });
    this.listener.changed();
    return ticketView(moved);
  }

  pause(windowNo: number, actor: Actor, reason: PauseReason): WindowView {
    const w = this.staffedWindow(windowNo, actor);
    if (w.current_ticket_id !== null) throw new HallFault('conflict', 'finish the current ticket before pausing', undefined, 'ticket_current');
    if (w.status === 'paused') return this.config.windowView(windowNo);
    this.tx(() => {
      this.statements.setWindow.run({ ...w, status: 'paused', pause_reason: reason });
      this.event('window.paused', null, windowNo, actor.user, { reason });
    });
    this.listener.changed();
    return this.config.windowView(windowNo);
  }

  resume(windowNo: number, actor: Actor): WindowView {
    const w = this.staffedWindow(windowNo, actor);
    if (w.status !== 'paused') return this.config.windowView(windowNo);
    this.tx(() => {
      this.statements.setWindow.run({ ...w, status: 'open', pause_reason: null });
      this.event('window.resumed', null, windowNo, actor.user, {});
    });
    this.listener.changed();
    return this.config.windowView(windowNo);
  }

  /** The head of every (service, class) queue among the given services. */
  candidates(serviceIds: readonly string[]): Candidate[] {
    return queueHeads(this.sql, this.counts, serviceIds);
  }

  // ---- internals ----

  private announce(row: TicketRow, at: number): void {
    const call: CallView = { number: row.number, windowNo: row.window_no!, at: new Date(at).toISOString(), recall: row.recalls };
    this.calls.add(call);
    this.listener.called(call);
  }

  private insertWaiting(fields: Omit<TicketRow, 'id' | 'state' | 'called_at' | 'started_at' | 'finished_at' | 'window_no' | 'clerk_id' | 'recalls' | 'outcome' | 'item_code'>, type: string, user: string | null): TicketRow {
    const id = Number(this.statements.insertTicket.run(fields).lastInsertRowid);
    this.event(type, id, null, user, { number: fields.number, serviceId: fields.service_id, priority: fields.priority });
    this.counts.joined(fields.service_id, fields.priority, fields.seq);
    // The row as inserted (the table's defaults for the rest), without reading it back.
    return { ...fields, id, state: 'waiting', called_at: null, started_at: null, finished_at: null, window_no: null, clerk_id: null, recalls: 0, outcome: null, item_code: null };
  }

  private transition(row: TicketRow, windowNo: number, actor: Actor, fields: Record<string, unknown>, type: string, data: object, releases: boolean): TicketView {
    this.tx(() => this.transitionRows(row, windowNo, actor, fields, type, data, releases));
    this.listener.changed();
    return ticketView(this.ticketRow(row.id));
  }

  private transitionRows(row: TicketRow, windowNo: number, actor: Actor, fields: Record<string, unknown>, type: string, data: object, releases = true): void {
    const sets = Object.keys(fields).map((k) => `${k} = @${k}`).join(', ');
    this.sql(`UPDATE tickets SET ${sets} WHERE id = @id`).run({ ...fields, id: row.id });
    if (releases) this.sql('UPDATE windows SET current_ticket_id = NULL WHERE number = ?').run(windowNo);
    this.event(type, row.id, windowNo, actor.user, { number: row.number, ...data });
    this.hooks.afterTransition(row.id, windowNo, type, actor.user, this.clock.now());
  }

  private leaveWindow(w: WindowRow, actor: Actor, now: number): void {
    if (w.current_ticket_id !== null) throw new HallFault('conflict', `window ${w.number} still has a ticket; finish it first`, undefined, 'ticket_current');
    this.sql('UPDATE duty SET signed_out_at = ? WHERE window_no = ? AND user_id = ? AND signed_out_at IS NULL').run(now, w.number, w.clerk_id);
    this.statements.setWindow.run({ ...w, status: 'closed', pause_reason: null, clerk_id: null });
    this.event('window.signed_out', null, w.number, actor.user, { clerk: w.clerk_id });
  }

  private event(type: string, ticketId: number | null, windowNo: number | null, user: string | null, data: object): void {
    this.statements.event.run(this.clock.now(), this.day, type, ticketId, windowNo, user, JSON.stringify(data));
  }

  private windowRow(windowNo: number): WindowRow {
    const w = this.statements.window.get(windowNo) as WindowRow | undefined;
    if (!w) throw new HallFault('not_found', `no such window: ${windowNo}`, 'window');
    return w;
  }

  /** The window, checked to be staffed by this actor (the manager may act at any staffed window). */
  staffedWindow(windowNo: number, actor: Actor): WindowRow {
    this.rollover();
    const w = this.windowRow(windowNo);
    if (w.clerk_id === null) throw new HallFault('conflict', `nobody is signed in at window ${windowNo}`, undefined, 'window_unstaffed');
    if (w.clerk_id !== actor.user && actor.role !== 'admin') {
      throw new HallFault('forbidden', `window ${windowNo} is staffed by another clerk`, undefined, 'other_clerks_window');
    }
    return w;
  }

  private currentTicket(windowNo: number, actor: Actor, states: TicketRow['state'][]): TicketRow {
    const w = this.staffedWindow(windowNo, actor);
    if (w.current_ticket_id === null) throw new HallFault('conflict', `window ${windowNo} has no current ticket`, undefined, 'no_current_ticket');
    const row = this.ticketRow(w.current_ticket_id);
    if (!states.includes(row.state)) throw new HallFault('conflict', `ticket ${row.number} is ${row.state}`, undefined, 'ticket_state');
    return row;
  }

  /** A ticket by id, or the last ticket issued today (for reprints); null when there is none. */
  findTicket(id: number | undefined): TicketView | null {
    const row = (id === undefined
      ? this.sql('SELECT * FROM tickets WHERE business_day = ? AND seq IS NOT NULL ORDER BY id DESC LIMIT 1').get(this.day)
      : this.statements.ticket.get(id)) as TicketRow | undefined;
    return row ? ticketView(row) : null;
  }

  /** Today's ticket with this number (after a transfer, its latest ticket); staff know numbers, not ids. */
  findTicketByNumber(number: string): TicketView | null {
    const row = this.sql('SELECT * FROM tickets WHERE business_day = ? AND number = ? ORDER BY id DESC LIMIT 1').get(this.day, number);
    return row ? ticketView(row as TicketRow) : null;
  }

  private ticketRow(id: number): TicketRow {
    return this.statements.ticket.get(id) as TicketRow;
  }

  /** Tickets still open from an earlier business day expire (kept, never deleted); their windows close. */
  private closeStaleDays(): void {
    this.tx(() => closeDaysBefore(this.sql, this.day, this.clock.now(), this.settings.timeZone));
    this.counts.load(this.day);
    this.calls.load(this.day);
  }
}
