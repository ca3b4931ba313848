// The pickup records and their append-only history: make one (inside the 办结 transaction that
// accepted the item), move one on (checked by pickup-rules.ts), link a 取件 ticket, and the reads the
// console and the kiosk need. Every write is called inside a transaction its caller runs.
import { randomInt } from 'node:crypto';
import { HallFault, type PickupDetail, type PickupEventView, type PickupState, type PickupView } from '../contract';
import { toIso, type Clock } from '../core/clock';
import { statementCache, type Db } from '../core/db';
import { localized, type ItemRow } from '../core/rows';
import type { WorkCalendar } from '../shared/calendar/working-days';
import { checkTransition, isOverdue, promisedDayOf } from './pickup-rules';

export interface PickupRow {
  id: number;
  code: string;
  ticket_id: number;
  item_code: string;
  window_no: number;
  clerk_id: string;
  accepted_day: string;
  accepted_at: number;
  promised_day: string | null;
  state: PickupState;
  changed_at: number;
}

type Joined = PickupRow & { ticket_number: string; service_id: string; name_zh_cn: string; name_zh_tw: string; name_en: string };

const SELECT = `SELECT p.*, t.number AS ticket_number, i.service_id, i.name_zh_cn, i.name_zh_tw, i.name_en
  FROM pickups p JOIN tickets t ON t.id = p.ticket_id JOIN items i ON i.code = p.item_code`;

export type PickupFilter = 'open' | 'ready' | 'overdue' | 'all';

export class PickupBook {
  private readonly sql;

  constructor(
    db: Db,
    private readonly clock: Clock,
    private readonly calendar: () => WorkCalendar,
  ) {
    this.sql = statementCache(db);
  }

  /** A new record for a deferred item accepted at a ticket's 办结: a fresh code, its promised day. */
  create(ticketId: number, item: ItemRow, windowNo: number, clerkId: string, acceptedDay: string): PickupRow {
    const now = this.clock.now();
    const promised = promisedDayOf(acceptedDay, item.promised_days, this.calendar());
    const code = this.freshCode();
    const id = Number(
      this.sql(
        `INSERT INTO pickups (code, ticket_id, item_code, window_no, clerk_id, accepted_day, accepted_at, promised_day, state, changed_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'accepted', ?)`,
      ).run(code, ticketId, item.code, windowNo, clerkId, acceptedDay, now, promised, now).lastInsertRowid,
    );
    this.event(id, null, 'accepted', clerkId, ticketId);
    return this.row(id);
  }

  /** Moves a record on, if its state allows it; `ticketId`: the 取件 ticket a handover finished. */
  advance(code: string, to: PickupState, user: string, ticketId: number | null = null): PickupRow {
    const row = this.byCode(code);
    checkTransition(code, row.state, to);
    const now = this.clock.now();
    this.sql('UPDATE pickups SET state = ?, changed_at = ? WHERE id = ?').run(to, now, row.id);
    this.event(row.id, row.state, to, user, ticketId);
    return this.row(row.id);
  }

  /** A 取件 ticket taken at the kiosk for a ready record (kept in its history, the state stays ready). */
  linkTicket(pickup: PickupRow, ticketId: number, user: string): void {
    this.sql('INSERT INTO pickup_tickets (ticket_id, pickup_id) VALUES (?, ?)').run(ticketId, pickup.id);
    this.event(pickup.id, pickup.state, pickup.state, user, ticketId);
  }

  /** The record a 取件 ticket is for: the ticket itself or, after a transfer, the ticket it came from. */
  forTicket(ticketId: number): PickupRow | null {
    const row = this.sql(
      `WITH RECURSIVE chain(id, from_id) AS (
         SELECT id, transferred_from FROM tickets WHERE id = ?
         UNION ALL SELECT t.id, t.transferred_from FROM tickets t JOIN chain c ON t.id = c.from_id)
       SELECT p.* FROM pickup_tickets pt JOIN pickups p ON p.id = pt.pickup_id WHERE pt.ticket_id IN (SELECT id FROM chain)`,
    ).get(ticketId) as PickupRow | undefined;
    return row ?? null;
  }

  /** Today's 取件 ticket of this record still waiting or at a window, if any (a second tap gets no second ticket). */
  openTicket(pickup: PickupRow, day: string): string | null {
    const row = this.sql(
      `SELECT t.number FROM pickup_tickets pt JOIN tickets t ON t.id = pt.ticket_id
       WHERE pt.pickup_id = ? AND t.business_day = ? AND t.state IN ('waiting', 'called', 'serving') LIMIT 1`,
    ).get(pickup.id, day) as { number: string } | undefined;
    return row?.number ?? null;
  }

  /** The record accepted at this ticket's 办结, if any. */
  acceptedAt(ticketId: number): PickupRow | null {
    return (this.sql('SELECT * FROM pickups WHERE ticket_id = ?').get(ticketId) as PickupRow | undefined) ?? null;
  }

  find(code: string): PickupRow | null {
    return (this.sql('SELECT * FROM pickups WHERE code = ?').get(code) as PickupRow | undefined) ?? null;
  }

  byCode(code: string): PickupRow {
    const row = this.find(code);
    if (!row) throw new HallFault('not_found', `no pickup with code ${code}`, 'code');
    return row;
  }

  list(filter: PickupFilter, today: string, limit: number): PickupView[] {
    const where = {
      open: "p.state IN ('accepted', 'processing', 'ready')",
      ready: "p.state = 'ready'",
      overdue: "p.state IN ('accepted', 'processing', 'ready') AND p.promised_day < @today",
      all: '1',
    }[filter];
    const order = filter === 'all' ? 'p.id DESC' : 'p.promised_day IS NULL, p.promised_day, p.id';
    const rows = this.sql(`${SELECT} WHERE ${where} ORDER BY ${order} LIMIT @limit`).all({ today, limit }) as Joined[];
    return rows.map((r) => this.view(r, today));
  }

  counts(today: string): { ready: number; overdue: number } {
    return this.sql(
      `SELECT count(*) FILTER (WHERE state = 'ready') AS ready,
              count(*) FILTER (WHERE state IN ('accepted', 'processing', 'ready') AND promised_day < ?) AS overdue FROM pickups`,
    ).get(today) as { ready: number; overdue: number };
  }

  detail(code: string, today: string): PickupDetail {
    const row = this.sql(`${SELECT} WHERE p.code = ?`).get(code) as Joined | undefined;
    if (!row) throw new HallFault('not_found', `no pickup with code ${code}`, 'code');
    const events = this.sql(
      `SELECT e.at, e.from_state, e.to_state, e.user_id, t.number FROM pickup_events e LEFT JOIN tickets t ON t.id = e.ticket_id
       WHERE e.pickup_id = ? ORDER BY e.id`,
    ).all(row.id) as { at: number; from_state: PickupState | null; to_state: PickupState; user_id: string; number: string | null }[];
    const history: PickupEventView[] = events.map((e) => ({ at: toIso(e.at)!, from: e.from_state, to: e.to_state, user: e.user_id, ticketNumber: e.number }));
    return { ...this.view(row, today), events: history };
  }

  viewOf(code: string, today: string): PickupView {
    const { events: _events, ...view } = this.detail(code, today);
    return view;
  }

  itemName(row: PickupRow) {
    return localized(this.sql('SELECT name_zh_cn, name_zh_tw, name_en FROM items WHERE code = ?').get(row.item_code) as ItemRow);
  }

  private view(r: Joined, today: string): PickupView {
    return {
      code: r.code,
      state: r.state,
      itemCode: r.item_code,
      itemName: localized(r),
      serviceId: r.service_id,
      ticketNumber: r.ticket_number,
      windowNo: r.window_no,
      clerkId: r.clerk_id,
      acceptedDay: r.accepted_day,
      promisedDay: r.promised_day,
      overdue: isOverdue(r.state, r.promised_day, today),
      changedAt: toIso(r.changed_at)!,
    };
  }

  private row(id: number): PickupRow {
    return this.sql('SELECT * FROM pickups WHERE id = ?').get(id) as PickupRow;
  }

  private event(pickupId: number, from: PickupState | null, to: PickupState, user: string, ticketId: number | null): void {
    this.sql('INSERT INTO pickup_events (pickup_id, at, from_state, to_state, user_id, ticket_id) VALUES (?, ?, ?, ?, ?, ?)').run(
      pickupId,
      this.clock.now(),
      from,
      to,
      user,
      ticketId,
    );
  }

  /** Six digits, no leading zero (read aloud and typed as a number), unused by any record before. */
  private freshCode(): string {
    for (let i = 0; i < 50; i++) {
      const code = String(randomInt(100_000, 1_000_000));
      if (!this.find(code)) return code;
    }
    throw new HallFault('internal', 'no free pickup code found');
  }
}
