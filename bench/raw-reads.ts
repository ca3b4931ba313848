// The baseline of the report benches: the statements the report issues (report-facts.ts), each row
// stepped and dropped. What any report over these rows costs at least on this machine, so the report's
// time is read as a ratio to it.
import type { Database } from 'better-sqlite3';
import { REPORT_EVENTS_SQL } from '../electron/reports/report-facts';

export function rawReportReads(db: Database, from: string, to: string): number {
  let rows = 0;
  const step = (sql: string, ...params: unknown[]) => {
    for (const _row of db
      .prepare(sql)
      .raw()
      .iterate(...params))
      rows++;
  };
  // The report's events; the span of the tickets' ids from their ticket.issued, as the report takes it.
  let lo = Infinity;
  let hi = -Infinity;
  for (const [ticketId, , type] of db.prepare(REPORT_EVENTS_SQL).raw().iterate(from, to) as IterableIterator<[number | null, number | null, string, number]>) {
    rows++;
    if (type === 'ticket.issued' && ticketId !== null) {
      if (ticketId < lo) lo = ticketId;
      if (ticketId > hi) hi = ticketId;
    }
  }
  step(
    `SELECT id, business_day, service_id, state, window_no, clerk_id, transferred_from, issued_at, finished_at, started_at, called_at
     FROM tickets WHERE id BETWEEN ? AND ? AND business_day BETWEEN ? AND ?`,
    lo === Infinity ? 0 : lo,
    hi === -Infinity ? -1 : hi,
    from,
    to,
  );
  step(
    `SELECT r.business_day, r.service_id, r.window_no, r.clerk_id, r.status, r.level, r.review_kind, r.requested_at, f.closed_at, f.due_at
     FROM ratings r LEFT JOIN followups f ON f.rating_id = r.id WHERE r.business_day BETWEEN ? AND ?`,
    from,
    to,
  );
  step('SELECT user_id, window_no, business_day, signed_in_at, signed_out_at FROM duty WHERE business_day BETWEEN ? AND ?', from, to);
  return rows;
}

/** The xlsx export's baseline: the report's statements and the 明细's (every ticket with its rating), each row stepped and dropped. */
export function rawExportReads(db: Database, from: string, to: string): number {
  let rows = rawReportReads(db, from, to);
  for (const _row of db
    .prepare(
      `SELECT t.id, t.business_day, t.number, t.service_id, t.window_no, t.clerk_id, t.state, t.issued_at, t.finished_at, r.status, r.level, t.started_at, t.called_at
       FROM tickets t LEFT JOIN ratings r ON r.ticket_id = t.id WHERE t.business_day BETWEEN ? AND ? ORDER BY t.id`,
    )
    .raw()
    .iterate(from, to))
    rows++;
  return rows;
}
