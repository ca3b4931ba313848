// The queue's rows and its append-only event log: the writes every engine operation is made of,
// always called inside the engine's transaction. Kept apart from the engine so that the engine reads
// as the rules of the queue (who may do what, when) and this file as how a change is written.
import { HallFault, type TicketView } from '../contract';
import type { Clock } from './clock';
import type { Db, statementCache } from './db';
import type { QueueCounts } from './queue-counts';
import { ticketView, type TicketRow, type WindowRow } from './rows';
import type { TicketHooks } from './ticket-hooks';

type Sql = ReturnType<typeof statementCache>;

/** A new waiting ticket: what the caller decides (the table's defaults give the rest). */
export type NewTicket = Pick<
  TicketRow,
  'business_day' | 'service_id' | 'seq' | 'number' | 'priority' | 'issued_at' | 'wait_since' | 'due_at' | 'transferred_from'
> &
  Partial<Pick<TicketRow, 'requeues' | 'only_window' | 'only_clerk' | 'not_window'>>;

export class QueueRows {
  private readonly insertTicket;
  private readonly insertEvent;
  private readonly ticketById;
  private readonly windowByNumber;
  private readonly updateWindow;

  constructor(
    db: Db,
    private readonly sql: Sql,
    private readonly clock: Clock,
    private readonly counts: QueueCounts,
    private readonly hooks: TicketHooks,
    private readonly day: () => string,
  ) {
    this.insertEvent = db.prepare('INSERT INTO events (at, business_day, type, ticket_id, window_no, user_id, data) VALUES (?, ?, ?, ?, ?, ?, ?)');
    this.insertTicket = db.prepare(
      `INSERT INTO tickets (business_day, service_id, seq, number, priority, state, issued_at, wait_since, due_at, transferred_from,
         requeues, only_window, only_clerk, not_window)
       VALUES (@business_day, @service_id, @seq, @number, @priority, 'waiting', @issued_at, @wait_since, @due_at, @transferred_from,
         @requeues, @only_window, @only_clerk, @not_window)`,
    );
    this.ticketById = db.prepare('SELECT * FROM tickets WHERE id = ?');
    this.windowByNumber = db.prepare('SELECT * FROM windows WHERE number = ?');
    this.updateWindow = db.prepare(
      'UPDATE windows SET status = @status, pause_reason = @pause_reason, clerk_id = @clerk_id, current_ticket_id = @current_ticket_id WHERE number = @number',
    );
  }

  event(type: string, ticketId: number | null, windowNo: number | null, user: string | null, data: object): void {
    this.insertEvent.run(this.clock.now(), this.day(), type, ticketId, windowNo, user, JSON.stringify(data));
  }

  /** Inserts a waiting ticket with its event and counts it; returns the row as inserted, without reading it back. */
  insertWaiting(given: NewTicket, type: string, user: string | null, extra: object = {}): TicketRow {
    const fields = { requeues: 0, only_window: null, only_clerk: null, not_window: null, ...given };
    const id = Number(this.insertTicket.run(fields).lastInsertRowid);
    this.event(type, id, null, user, { number: fields.number, serviceId: fields.service_id, priority: fields.priority, ...extra });
    this.counts.joined(fields.service_id, fields.priority, fields.seq);
    return {
      ...fields,
      id,
      state: 'waiting',
      called_at: null,
      started_at: null,
      finished_at: null,
      window_no: null,
      clerk_id: null,
      recalls: 0,
      outcome: null,
      item_code: null,
      held_at: null,
    };
  }

  /** Moves a window's ticket on (serving, done, no-show, transferred), releasing the window if asked. */
  transition(row: TicketRow, windowNo: number, user: string, fields: Record<string, unknown>, type: string, data: object, releases: boolean): void {
    const sets = Object.keys(fields)
      .map((k) => `${k} = @${k}`)
      .join(', ');
    this.sql(`UPDATE tickets SET ${sets} WHERE id = @id`).run({ ...fields, id: row.id });
    if (releases) this.sql('UPDATE windows SET current_ticket_id = NULL WHERE number = ?').run(windowNo);
    this.event(type, row.id, windowNo, user, { number: row.number, ...data });
    this.hooks.afterTransition(row.id, windowNo, type, user, this.clock.now());
  }

  /**
   * A waiting ticket called to a window (call next, call this ticket): called there by this user, the
   * window's current ticket, out of its queue's count, with its ticket.called event (`data` adds to it).
   */
  callWaiting(ticket: Pick<TicketRow, 'id' | 'service_id' | 'priority'>, w: WindowRow, user: string, now: number, data: object = {}): TicketRow {
    this.sql("UPDATE tickets SET state = 'called', called_at = ?, window_no = ?, clerk_id = ? WHERE id = ?").run(now, w.number, user, ticket.id);
    this.setWindow({ ...w, current_ticket_id: ticket.id });
    this.counts.left(ticket.service_id, ticket.priority);
    const called = this.ticket(ticket.id);
    this.event('ticket.called', ticket.id, w.number, user, { number: called.number, recall: 0, ...data });
    return called;
  }

  setWindow(w: WindowRow): void {
    this.updateWindow.run(w);
  }

  /** Ends a clerk's duty at a window (it must hold no ticket) and closes it; `extra` adds to the event (the manager's reason). */
  leaveWindow(w: WindowRow, user: string, now: number, extra: object = {}): void {
    if (w.current_ticket_id !== null) throw new HallFault('conflict', `window ${w.number} still has a ticket; finish it first`, undefined, 'ticket_current');
    this.sql('UPDATE duty SET signed_out_at = ? WHERE window_no = ? AND user_id = ? AND signed_out_at IS NULL').run(now, w.number, w.clerk_id);
    this.setWindow({ ...w, status: 'closed', pause_reason: null, clerk_id: null });
    this.event('window.signed_out', null, w.number, user, { clerk: w.clerk_id, ...extra });
  }

  window(windowNo: number): WindowRow {
    const w = this.windowByNumber.get(windowNo) as WindowRow | undefined;
    if (!w) throw new HallFault('not_found', `no such window: ${windowNo}`, 'window');
    return w;
  }

  ticket(id: number): TicketRow {
    return this.ticketById.get(id) as TicketRow;
  }

  /** A ticket by id, or the last ticket issued today (for reprints); null when there is none. */
  findTicket(id: number | undefined): TicketView | null {
    const row = (
      id === undefined
        ? this.sql('SELECT * FROM tickets WHERE business_day = ? AND seq IS NOT NULL ORDER BY id DESC LIMIT 1').get(this.day())
        : this.ticketById.get(id)
    ) as TicketRow | undefined;
    return row ? ticketView(row) : null;
  }

  /** Today's ticket with this number (after a transfer, its latest ticket); staff know numbers, not ids. */
  findTicketByNumber(number: string): TicketView | null {
    const row = this.sql('SELECT * FROM tickets WHERE business_day = ? AND number = ? ORDER BY id DESC LIMIT 1').get(this.day(), number);
    return row ? ticketView(row as TicketRow) : null;
  }
}
