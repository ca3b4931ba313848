// Closing earlier business days: tickets still open expire (kept, never deleted), windows still
// staffed close, and duty records end. Each of these is written to the event log under its own day.
import { endOfBusinessDay } from './clock';
import type { statementCache } from './db';
import type { WindowRow } from './rows';

type Sql = ReturnType<typeof statementCache>;

// Held tickets (挂起) stay with their window like called and serving ones: closed at midnight, not at closing.
const OPEN_STATES = "('waiting', 'called', 'serving', 'held')";
const INSERT_EVENT = 'INSERT INTO events (at, business_day, type, ticket_id, window_no, user_id, data) VALUES (?, ?, ?, ?, ?, ?, ?)';

/**
 * Runs inside the caller's transaction. `now` is when the close is recorded; a ticket that expires
 * finishes at the end of its own business day (the hall may next start days later), so the upstream
 * and the reports get the day it really belonged to.
 */
export function closeDaysBefore(sql: Sql, day: string, now: number, timeZone: string): void {
  const days = sql(`SELECT DISTINCT business_day AS day FROM tickets WHERE state IN ${OPEN_STATES} AND business_day < ?`).all(day) as { day: string }[];
  for (const { day: closed } of days) expireTickets(sql, closed, Math.min(endOfBusinessDay(closed, timeZone), now), now, OPEN_STATES);

  const stale = sql('SELECT * FROM duty WHERE signed_out_at IS NULL AND business_day < ?').all(day) as {
    id: number;
    user_id: string;
    window_no: number;
    business_day: string;
    signed_in_at: number;
  }[];
  for (const d of stale) {
    const w = sql('SELECT * FROM windows WHERE number = ?').get(d.window_no) as WindowRow;
    if (w.clerk_id === d.user_id) {
      sql("UPDATE windows SET status = 'closed', pause_reason = NULL, clerk_id = NULL, current_ticket_id = NULL WHERE number = ?").run(w.number);
      sql(INSERT_EVENT).run(now, d.business_day, 'window.signed_out', null, w.number, null, JSON.stringify({ clerk: w.clerk_id, reason: 'day_end' }));
    }
    // A clerk who forgot to sign out is on duty until their last action at that window that day, not
    // until the hall next opens: the extended-hours report (倒休) must not be inflated.
    const last = sql('SELECT max(at) AS at FROM events WHERE business_day = ? AND user_id = ? AND window_no = ?').get(
      d.business_day,
      d.user_id,
      d.window_no,
    ) as { at: number | null };
    sql('UPDATE duty SET signed_out_at = ? WHERE id = ?').run(Math.max(d.signed_in_at, last.at ?? d.signed_in_at), d.id);
  }
}

/**
 * Tickets nobody called by the hall's last closing: they expire then. A ticket called or being served
 * stays with its clerk (finished, or expired at midnight with the rest of the day).
 */
export const UNSERVED_STATES = "('waiting')";

/** The day's tickets in `states` expire at `end` (recorded at `now`), each with its event. Inside the caller's transaction. */
export function expireTickets(sql: Sql, day: string, end: number, now: number, states: string): number {
  sql(
    `INSERT INTO events (at, business_day, type, ticket_id, window_no, user_id, data)
     SELECT ?, business_day, 'ticket.expired', id, window_no, NULL, json_object('number', number, 'from', state, 'recordedAt', ?)
     FROM tickets WHERE state IN ${states} AND business_day = ?`,
  ).run(end, now, day);
  return sql(`UPDATE tickets SET state = 'expired', finished_at = ? WHERE state IN ${states} AND business_day = ?`).run(end, day).changes;
}
