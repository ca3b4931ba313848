// The queue engine: the rules of every state change of tickets and windows. Each change runs in one
// SQLite transaction together with its append-only event row (written by queue-rows.ts); the hall's
// listeners are told only after the transaction committed, so nobody hears of a change that rolled back.
import { HallFault, type CallView, type IssuedTicket, type Lang, type PriorityClass, type TicketView, type WindowDetail } from '../contract';
import { businessDayOf, type Clock } from './clock';
import { statementCache, transactionRunner, type Db } from './db';
import type { Candidate, CallPolicy } from './policy';
import { QueueRows } from './queue-rows';
import { ticketNumber, ticketView, type ServiceRow, type WindowRow } from './rows';
import type { CoreSettings } from './settings';
import { HallConfig } from './hall-config';
import { RecentCalls } from './recent-calls';
import { windowDetail } from './window-detail';
import { QueueCounts } from './queue-counts';
import { WaitEstimates, type IssuedEstimate } from './wait-estimates';
import { queueHeads, reachOf, type Reach } from './queue-heads';
import { closeDaysBefore, expireTickets, UNSERVED_STATES } from './day-close';
import { noTicketHooks, type TicketHooks } from './ticket-hooks';
import type { Actor, EngineParts } from './engine-parts';
import { WindowDuty } from './window-duty';
import { WindowTickets } from './window-tickets';
import { QueueMoves } from './queue-moves';
import { windowMoves } from './queue-move-reads';

export type { Actor } from './engine-parts';

export interface EngineListener {
  changed(): void;
  called(call: CallView): void;
  issued(ticket: IssuedTicket): void;
}

export class QueueEngine {
  readonly config: HallConfig;
  readonly calls: RecentCalls;
  /** Signing in and out, pausing and resuming. */
  readonly duty: WindowDuty;
  /** The ticket at a window: call, recall, start, no-show, finish, transfer, the keypad's steps. */
  readonly tickets: WindowTickets;
  /** Hold and resume, undo a no-show, re-queue a no-show, call this ticket (issue 14). */
  readonly moves: QueueMoves;
  /** Refuses a service that cannot be served now (set by the hours capability: electron/hours/issue-rule.ts). */
  issueRule: (serviceId: string, priority: PriorityClass, now: number) => void = () => {};
  private day: string;
  private readonly counts: QueueCounts;
  private readonly waits: WaitEstimates;
  private readonly rows: QueueRows;
  private readonly sql: ReturnType<typeof statementCache>;
  private readonly tx: ReturnType<typeof transactionRunner>;
  /** While an atomic operation runs: what to tell the listeners once it committed. */
  private deferred: (() => void)[] | null = null;
  /** The listeners, told at once, or after the commit of the atomic operation that is running. */
  private readonly tell: EngineListener;

  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
    private readonly settings: CoreSettings,
    listener: EngineListener,
    hooks: TicketHooks = noTicketHooks,
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
    this.waits = new WaitEstimates(db, this.config);
    this.calls = new RecentCalls(db, () => settings.get('recentCalls'));
    this.rows = new QueueRows(db, this.sql, clock, this.counts, hooks, () => this.day);
    this.tell = {
      changed: () => this.notify(() => listener.changed()),
      called: (call) => this.notify(() => (this.calls.add(call), listener.called(call))),
      issued: (ticket) => this.notify(() => listener.issued(ticket)),
    };
    const parts: EngineParts = {
      rows: this.rows,
      config: this.config,
      clock,
      sql: this.sql,
      counts: this.counts,
      hooks,
      settings,
      tx: (fn) => this.tx(fn),
      atomically: (fn) => this.atomically(fn),
      changed: () => this.tell.changed(),
      called: (call) => this.tell.called(call),
      day: () => this.day,
      rollover: () => this.rollover(),
      policy: () => this.policy,
      candidates: (serviceIds, reach) => this.candidates(serviceIds, reach),
      reach: (windowNo) => reachOf(this.config, this.sql, windowNo),
      staffedWindow: (windowNo, actor) => this.staffedWindow(windowNo, actor),
    };
    this.duty = new WindowDuty(parts);
    this.tickets = new WindowTickets(parts, this.duty);
    this.moves = new QueueMoves(parts, this.tickets);
    this.day = businessDayOf(clock.now(), settings.get('timeZone'));
    settings.watch('recentCalls', () => this.calls.load(this.day));
    this.closeStaleDays();
  }

  get businessDay(): string {
    return this.day;
  }

  get hallName(): string {
    return this.settings.get('hallName');
  }

  get timeZone(): string {
    return this.settings.get('timeZone');
  }

  windowDetail(windowNo: number): WindowDetail {
    this.rollover();
    this.rows.window(windowNo);
    const now = this.clock.now();
    return windowDetail(this.sql, this.config, this.policy, windowNo, this.day, now, (directed) =>
      windowMoves(this.sql, this.settings, windowNo, this.day, now, directed),
    );
  }

  waiting(serviceId: string): number {
    return this.counts.waiting(serviceId);
  }

  get policy(): CallPolicy {
    const max = this.settings.get('maxWaitMinutes');
    return { mode: this.settings.get('policyMode'), maxWaitMs: max > 0 ? max * 60_000 : null, priorityStreakMax: this.settings.get('priorityStreakMax') };
  }

  /** Called before every operation and by the hall's timer: a new business day expires yesterday's queue. */
  rollover(): boolean {
    const today = businessDayOf(this.clock.now(), this.settings.get('timeZone'));
    if (today === this.day) return false;
    const previous = this.day;
    this.day = today;
    try {
      this.closeStaleDays();
    } catch (error) {
      this.day = previous; // not closed: the next command or the timer tries again
      throw error;
    }
    this.tell.changed();
    return true;
  }

  /** The hall closed for the day at `end` (its last closing, electron/hours/day-end.ts): today's unserved tickets expire. */
  closeToday(end: number): number {
    this.rollover();
    const expired = this.tx(() => expireTickets(this.sql, this.day, end, this.clock.now(), UNSERVED_STATES));
    if (expired > 0) this.afterExpiry();
    return expired;
  }

  /** `lang`: the language the resident chose, kept in the ticket.issued event (the ticket prints in it). */
  issue(serviceId: string, priority: PriorityClass, actor: Actor, dueAt?: number, lang?: Lang): IssuedTicket {
    this.rollover();
    const service = this.config.service(serviceId);
    if (!service || !service.enabled) throw new HallFault('not_found', `no such service: ${serviceId}`, 'serviceId');
    const now = this.clock.now();
    this.issueRule(serviceId, priority, now);
    const row = this.tx(() => {
      if (this.issuedToday(service) >= service.daily_cap) {
        throw new HallFault('service_full', `service ${serviceId} has reached its daily cap of ${service.daily_cap}`);
      }
      const last = this.counts.lastSeq(serviceId);
      const seq = last === null ? service.start_number : last + 1;
      if (seq > 999) throw new HallFault('service_full', `service ${serviceId} has run out of numbers today`);
      return this.rows.insertWaiting(
        {
          business_day: this.day,
          service_id: serviceId,
          seq,
          number: ticketNumber(service.prefix, seq),
          priority,
          issued_at: now,
          wait_since: now,
          due_at: priority === 'appointment' ? (dueAt ?? now) : null, // a booking's: its slot start
          transferred_from: null,
        },
        'ticket.issued',
        actor.user,
        lang ? { lang } : {},
      );
    });
    this.tell.changed();
    const issued: IssuedTicket = {
      ...ticketView(row),
      ...this.waits.forTicket(row.id, this.day, this.policy, now),
      businessDay: this.day,
    };
    this.tell.issued(issued);
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

  /** The head of every (service, class) queue among the given services, as this reach sees them. */
  candidates(serviceIds: readonly string[], reach: Reach): Candidate[] {
    return queueHeads(this.sql, this.counts, serviceIds, reach);
  }

  /**
   * Several operations as one: one transaction (each operation's own becomes a savepoint), and the
   * listeners hear of them only after it committed. A fault in a later step rolls back the earlier.
   */
  atomically<T>(fn: () => T): T {
    if (this.deferred) return fn(); // already inside one
    this.deferred = [];
    try {
      const result = this.tx(fn);
      const told = this.deferred;
      this.deferred = null;
      for (const tell of told) tell();
      return result;
    } finally {
      this.deferred = null;
    }
  }

  // ---- internals ----

  private afterExpiry(): void {
    this.counts.load(this.day);
    this.tell.changed();
  }

  private notify(tell: () => void): void {
    if (this.deferred) this.deferred.push(tell);
    else tell();
  }

  /** The window, checked to be staffed by this actor (the manager may act at any staffed window). */
  staffedWindow(windowNo: number, actor: Actor): WindowRow {
    this.rollover();
    const w = this.rows.window(windowNo);
    if (w.clerk_id === null) throw new HallFault('conflict', `nobody is signed in at window ${windowNo}`, undefined, 'window_unstaffed');
    if (w.clerk_id !== actor.user && actor.role !== 'admin') {
      throw new HallFault('forbidden', `window ${windowNo} is staffed by another clerk`, undefined, 'other_clerks_window');
    }
    return w;
  }

  /** A ticket still waiting today: how many are called before it and in how many minutes; null otherwise. */
  estimateFor(ticketId: number): IssuedEstimate | null {
    this.rollover();
    const row = this.sql("SELECT id FROM tickets WHERE id = ? AND state = 'waiting' AND business_day = ?").get(ticketId, this.day);
    return row ? this.waits.forTicket(ticketId, this.day, this.policy, this.clock.now()) : null;
  }

  /** A reprint asked for (tickets.reprint): its own event row, so the log shows who reprinted which ticket and when. */
  noteReprint(ticket: TicketView, actor: Actor): void {
    this.tx(() => this.rows.event('ticket.reprinted', ticket.id, null, actor.user, { number: ticket.number }));
  }

  findTicket(id: number | undefined): TicketView | null {
    return this.rows.findTicket(id);
  }

  findTicketByNumber(number: string): TicketView | null {
    return this.rows.findTicketByNumber(number);
  }

  /** Tickets still open from an earlier business day expire (kept, never deleted); their windows close. */
  private closeStaleDays(): void {
    this.tx(() => closeDaysBefore(this.sql, this.day, this.clock.now(), this.settings.get('timeZone')));
    this.counts.load(this.day);
    this.calls.load(this.day);
  }
}
