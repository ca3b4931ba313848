// The 好差评 desk: when a ticket is finished (or the clerk invites a rating) its window awaits that
// ticket's rating until a deadline; the resident rates once, from the window's pad or its evaluator
// keypad; nobody rating in time records "not rated" (or the hall's default level). Every change runs
// in one transaction with its event row; the window's new state is then pushed as `rating.prompt`.
// Deadlines live in the database, so a restart keeps them; the clock is the hall's injectable one.
import { HallFault, isBadRating, type RatingPrompt, type RatingReceipt, type RatingSettings } from '../contract';
import { businessDayOf, toIso, type Clock } from './clock';
import { statementCache, transactionRunner, type Db } from './db';
import { FollowUps } from './followups';
import { hasPad } from './rating-devices';
import { RatingRecords } from './rating-records';
import { logEvent, type RatingRow } from './rating-rows';
import { type RatingSubmission, ratingSubmissionError } from './rating-rules';
import type { TicketRow, WindowRow } from './rows';
import type { Cancel, Scheduler } from './scheduler';
import type { CoreSettingSpecs } from './settings';
import type { SettingsStore } from './settings-store';
import type { TicketHooks } from './ticket-hooks';
import { callVerdict, deadlineAfterActivity, deadlineOnRequest, inUse, type WaitRule } from './rating-wait';
import { configureRatings, ratingSettingsOf, waitRuleOf } from './rating-settings';
import { promptOf } from './rating-prompt';

type ClosedBy = NonNullable<RatingRow['closed_by']>;

export class RatingDesk implements TicketHooks {
  readonly followUps: FollowUps;
  /** The manager's side: records, reviews, follow-up steps. */
  readonly records: RatingRecords;
  private readonly sql: ReturnType<typeof statementCache>;
  private readonly tx: ReturnType<typeof transactionRunner>;
  /** Windows whose state changed since the last push. */
  private readonly dirty = new Set<number>();
  /** No awaiting rating ends before this (a lower bound: the timer skips the database until then). */
  private nextDeadline = -Infinity;
  private stopTimer: Cancel | null = null;

  constructor(
    readonly db: Db,
    private readonly clock: Clock,
    private readonly settings: SettingsStore<CoreSettingSpecs>,
    private readonly push: (prompt: RatingPrompt) => void,
  ) {
    this.sql = statementCache(db);
    this.tx = transactionRunner(db);
    this.followUps = new FollowUps(this.sql, () => this.settings.get('followUpDueDays'));
    this.records = new RatingRecords(this.sql, this.tx, clock, (now) => this.day(now), this.followUps);
    // After a restart, what timed out meanwhile is closed at its own deadline.
    this.expireDue();
    // Every pad shows whether the next call waits and how long it has: a change reaches them at once.
    const repush = () => {
      for (const { number } of this.sql('SELECT number FROM windows ORDER BY number').all() as { number: number }[]) this.dirty.add(number);
      this.flush();
    };
    settings.watch('blockCallUntilRated', repush);
    settings.watch('ratingTimeoutSeconds', repush);
    settings.watch('ratingMaxSeconds', repush);
  }

  /** Closes timed-out ratings about once a second (the pads show it at once). */
  start(scheduler: Scheduler): void {
    this.stopTimer = scheduler.every('rating timeout check', 1000, () => {
      this.expireDue();
      this.flush();
    });
  }

  close(): void {
    this.stopTimer?.();
  }

  // ---- hooks inside the engine's transactions ----

  beforeCall(windowNo: number, now: number): void {
    this.expireDue(now);
    const awaiting = this.awaitingAt(windowNo);
    const verdict = callVerdict(awaiting, now, this.rule());
    if (verdict === 'wait') {
      const why = inUse(awaiting!, now) ? 'the resident is rating' : 'the hall waits for ratings';
      throw new HallFault(
        'conflict',
        `window ${windowNo} awaits the rating of ${awaiting!.number} until ${toIso(awaiting!.deadline)} (${why})`,
        undefined,
        'awaiting_rating',
      );
    }
    if (verdict === 'close') this.closeUnrated(awaiting!, now, 'next_call');
  }

  afterTransition(ticketId: number, windowNo: number, type: string, user: string, now: number): void {
    if (type === 'ticket.done') this.request(this.ticket(ticketId), windowNo, user, now);
    else if (type !== 'ticket.serving') {
      // No-show or transferred: a rating invited while it was served cannot come any more.
      // One the resident is giving now is let finish (it times out on its own).
      const awaiting = this.awaitingAt(windowNo);
      if (awaiting?.ticket_id === ticketId && !inUse(awaiting, now)) this.closeUnrated(awaiting, now, 'ticket_left');
    }
  }

  // ---- commands ----

  /** The clerk's (or the keypad's 评价 key's) invitation: the current ticket, else the last one finished here today. */
  invite(window: WindowRow, user: string): RatingPrompt {
    const now = this.clock.now();
    this.expireDue(now);
    const ticket = (
      window.current_ticket_id !== null
        ? this.ticket(window.current_ticket_id)
        : this.sql(`SELECT * FROM tickets WHERE window_no = ? AND state = 'done' AND business_day = ? ORDER BY finished_at DESC, id DESC LIMIT 1`).get(
            window.number,
            this.day(now),
          )
    ) as TicketRow | undefined;
    if (!ticket) throw new HallFault('conflict', `window ${window.number} has no ticket to rate`, undefined, 'nothing_to_rate');
    const existing = this.byTicket(ticket.id);
    if (existing && existing.status !== 'awaiting') {
      throw new HallFault('conflict', `the rating of ${ticket.number} is closed (${existing.status})`, undefined, 'rating_closed');
    }
    this.tx(() => this.request(ticket, window.number, user, now));
    this.flush();
    return this.promptOf(window.number);
  }

  submit(input: RatingSubmission, ratedBy: string): RatingReceipt {
    const now = this.clock.now();
    this.expireDue(now);
    this.windowMustExist(input.window);
    if (input.ticketId !== undefined && !this.sql('SELECT 1 FROM tickets WHERE id = ?').get(input.ticketId)) {
      throw new HallFault('not_found', `no ticket ${input.ticketId}`, 'ticketId');
    }
    const awaiting = this.awaitingAt(input.window);
    if (!awaiting) {
      this.flush();
      throw new HallFault('conflict', `window ${input.window} awaits no rating`, undefined, 'no_rating_awaited');
    }
    if (input.ticketId !== undefined && input.ticketId !== awaiting.ticket_id) {
      throw new HallFault('conflict', `window ${input.window} now awaits the rating of ${awaiting.number}`, undefined, 'rating_ticket_changed');
    }
    const problem = ratingSubmissionError(input);
    if (problem) throw new HallFault('bad_request', problem.message, problem.field);
    const { level, reasons, channel } = input;
    const text = input.text ? input.text : null;
    this.tx(() => {
      this.sql(
        `UPDATE ratings SET status = 'rated', level = ?, reasons = ?, text = ?, channel = ?, rated_at = ?, rated_by = ?, closed_by = 'resident'
         WHERE id = ? AND status = 'awaiting'`,
      ).run(level, JSON.stringify(reasons), text, channel, now, ratedBy, awaiting.id);
      logEvent(this.sql, now, this.day(now), 'rating.submitted', awaiting.ticket_id, input.window, ratedBy, {
        ratingId: awaiting.id,
        number: awaiting.number,
        level,
        reasons,
        channel,
      });
      if (isBadRating(level)) this.followUps.open(awaiting.id, awaiting.ticket_id, input.window, now, this.day(now));
    });
    this.dirty.add(input.window);
    this.flush();
    return { ratingId: awaiting.id, ticketId: awaiting.ticket_id, number: awaiting.number, level };
  }

  /** The window's pad says the resident is using it: the deadline moves with them (rating-wait.ts). */
  activity(windowNo: number, padUser: string): RatingPrompt {
    const now = this.clock.now();
    this.expireDue(now);
    const awaiting = this.awaitingAt(windowNo);
    if (awaiting) {
      const deadline = deadlineAfterActivity(awaiting, now, this.rule());
      this.tx(() => {
        this.sql('UPDATE ratings SET active_at = ?, deadline = ? WHERE id = ?').run(now, deadline, awaiting.id);
        // The first touch is history (when the resident began); the pings after it only move the deadline.
        if (awaiting.active_at === null) {
          logEvent(this.sql, now, this.day(now), 'rating.started', awaiting.ticket_id, windowNo, padUser, { ratingId: awaiting.id, number: awaiting.number });
        }
      });
      this.nextDeadline = Math.min(this.nextDeadline, deadline);
      this.dirty.add(windowNo);
    }
    this.flush();
    return this.promptOf(windowNo);
  }

  prompt(windowNo: number): RatingPrompt {
    this.windowMustExist(windowNo);
    this.expireDue();
    this.flush();
    return this.promptOf(windowNo);
  }

  ratingSettings(): RatingSettings {
    return ratingSettingsOf(this.settings);
  }

  configure(change: Partial<RatingSettings>): RatingSettings {
    return configureRatings(this.settings, change);
  }

  /** Closes every rating whose deadline has passed, at its deadline. */
  expireDue(now = this.clock.now()): number {
    if (now < this.nextDeadline) return 0;
    const due = this.sql("SELECT * FROM ratings WHERE status = 'awaiting' AND deadline <= ? ORDER BY deadline").all(now) as RatingRow[];
    if (due.length > 0) this.tx(() => due.forEach((row) => this.closeUnrated(row, row.deadline, 'timeout')));
    const next = this.sql("SELECT min(deadline) AS at FROM ratings WHERE status = 'awaiting'").get() as { at: number | null };
    this.nextDeadline = next.at ?? Infinity;
    return due.length;
  }

  /** Pushes the state of every window that changed (after its transaction committed). */
  flush(): void {
    const windows = [...this.dirty];
    this.dirty.clear();
    for (const windowNo of windows) this.push(this.promptOf(windowNo));
  }

  // ---- internals ----

  private request(ticket: TicketRow, windowNo: number, user: string, now: number): void {
    const existing = this.byTicket(ticket.id);
    const deadline = deadlineOnRequest(existing, now, this.rule()); // the keypad's 评价 key cannot shorten it
    if (existing && existing.status !== 'awaiting') return; // one rating per ticket
    const other = this.awaitingAt(windowNo);
    if (other && other.ticket_id !== ticket.id) this.closeUnrated(other, now, 'next_call');
    let ratingId = existing?.id;
    if (ratingId !== undefined) {
      this.sql('UPDATE ratings SET deadline = ? WHERE id = ?').run(deadline, ratingId); // asked again: a fresh deadline
    } else {
      ratingId = Number(
        this.sql(
          `INSERT INTO ratings (ticket_id, business_day, number, service_id, item_code, window_no, clerk_id, channel, requested_at, deadline)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        ).run(
          ticket.id,
          ticket.business_day,
          ticket.number,
          ticket.service_id,
          ticket.item_code,
          windowNo,
          ticket.clerk_id,
          hasPad(this.db, windowNo) ? 'pad' : 'keypad',
          now,
          deadline,
        ).lastInsertRowid,
      );
    }
    logEvent(this.sql, now, this.day(now), 'rating.requested', ticket.id, windowNo, user, { ratingId, number: ticket.number, deadline: toIso(deadline) });
    this.nextDeadline = Math.min(this.nextDeadline, deadline);
    this.dirty.add(windowNo);
  }

  private closeUnrated(row: RatingRow, at: number, cause: ClosedBy): void {
    const level = this.settings.get('ratingDefaultLevel');
    const status = level === null ? 'not_rated' : 'defaulted';
    this.sql("UPDATE ratings SET status = ?, level = ?, rated_at = ?, closed_by = ? WHERE id = ? AND status = 'awaiting'").run(
      status,
      level,
      at,
      cause,
      row.id,
    );
    const now = this.clock.now();
    logEvent(this.sql, now, this.day(now), 'rating.closed', row.ticket_id, row.window_no, null, { ratingId: row.id, number: row.number, status, level, cause });
    this.dirty.add(row.window_no);
  }

  private promptOf(windowNo: number): RatingPrompt {
    return promptOf(this.sql, windowNo, this.awaitingAt(windowNo), this.clock.now(), this.settings);
  }

  private rule(): WaitRule {
    return waitRuleOf(this.settings);
  }

  private awaitingAt(windowNo: number): RatingRow | undefined {
    return this.sql("SELECT * FROM ratings WHERE window_no = ? AND status = 'awaiting'").get(windowNo) as RatingRow | undefined;
  }

  private byTicket(ticketId: number): RatingRow | undefined {
    return this.sql('SELECT * FROM ratings WHERE ticket_id = ?').get(ticketId) as RatingRow | undefined;
  }

  private ticket(id: number): TicketRow {
    return this.sql('SELECT * FROM tickets WHERE id = ?').get(id) as TicketRow;
  }

  private windowMustExist(windowNo: number): void {
    if (!this.sql('SELECT 1 FROM windows WHERE number = ?').get(windowNo)) throw new HallFault('not_found', `no such window: ${windowNo}`, 'window');
  }

  private day(now: number): string {
    return businessDayOf(now, this.settings.get('timeZone'));
  }
}
