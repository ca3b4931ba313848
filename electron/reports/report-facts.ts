// The report's facts read from the store for a range of business days, each with the slice it falls
// in: tickets (from the event log: a ticket's own issue and first call, its end from its row),
// ratings, and the clerks' signed-in time (duty rows less the window's pauses). Durations are whole
// seconds of event times, never counters. One read per table over the range's days (events_by_day),
// rows iterated, never all loaded: memory stays flat over a year. The reading is a generator that
// pauses every STEP_ROWS rows (core/steps.ts): a transport's request and the xlsx export let the hall
// answer between the steps; an in-process caller runs it straight through (reportTalliesBy).
import type { Database } from 'better-sqlite3';
import type { ReportDimension } from '../contract';
import { runThrough, STEP_ROWS, type Steps } from '../core/steps';
import { FirstTimes } from './first-times';
import { PauseIntervals } from './pause-intervals';
import { addRating, addShift, addTicket, handleSeconds, emptyTally, wholeSeconds, type Tally } from './kpi';
import { sliceKeys, type Slice } from './slice-keys';

export interface ReportQuery {
  /** Business days, inclusive, yyyy-MM-dd. */
  from: string;
  to: string;
  by: ReportDimension;
  targetWaitSeconds: number;
  timeZone: string;
  /** Now (ms): a 差评 case open past its due time is overdue. */
  now: number;
}

/**
 * The events a report reads, in events_by_day's order. Its type list is the one of the covering index
 * events_report (migration 14, which SQLite uses only when the query names the same list): change one
 * and add a migration for the other; test/core/migrations.test.ts checks the plan.
 */
export const REPORT_EVENTS_SQL = `SELECT ticket_id, window_no, type, at FROM events WHERE business_day BETWEEN ? AND ?
  AND type IN ('ticket.issued', 'ticket.called', 'ticket.held', 'ticket.resumed', 'window.paused', 'window.resumed', 'window.signed_out') ORDER BY business_day, id`;

export type DimensionTallies = Map<ReportDimension, Map<string, Tally>>;

export function reportTallies(db: Database, q: ReportQuery): Map<string, Tally> {
  return reportTalliesBy(db, q, [q.by]).get(q.by)!;
}

/** The tallies of several dimensions in one read of the range (the xlsx export's sheets), straight through. */
export function reportTalliesBy(db: Database, q: Omit<ReportQuery, 'by'>, dims: readonly ReportDimension[]): DimensionTallies {
  return runThrough(talliesSteps(db, q, dims));
}

/**
 * The same as steps (core/steps.ts), a pause every STEP_ROWS rows; `firsts` is filled with every
 * ticket's first issue and call, for the export's 明细 to reuse.
 */
export function* talliesSteps(db: Database, q: Omit<ReportQuery, 'by'>, dims: readonly ReportDimension[], firsts = new FirstTimes()): Steps<DimensionTallies> {
  const out: DimensionTallies = new Map(dims.map((d) => [d, new Map<string, Tally>()]));
  const keyOf = sliceKeys(q.timeZone);
  const tallyOf = (by: ReportDimension, s: Slice) => {
    const key = keyOf(by, s);
    if (key === null) return null;
    const tallies = out.get(by)!;
    let t = tallies.get(key);
    if (!t) tallies.set(key, (t = emptyTally()));
    return t;
  };
  const days = [q.from, q.to];
  let rows = 0;

  // A ticket's wait runs from its own issue (for a transfer's new ticket: the transfer) to its first
  // call (a recall or a re-queue does not restart it); its handling from the first call to its finish.
  // The windows' pauses come in the same pass over the events (they shorten the staff time below).
  // In the order of events_by_day (a ticket's or a window's events of a day keep their order): ORDER BY
  // id alone sorted a year's million events before the first came out (0.6 s of the hall held up).
  const pauses = new PauseIntervals();
  const events = db
    .prepare(REPORT_EVENTS_SQL)
    .raw()
    .iterate(...days) as IterableIterator<[number | null, number | null, string, number]>;
  for (const [ticketId, windowNo, type, at] of events) {
    if (type.startsWith('ticket.')) {
      if (ticketId !== null) firsts.note(ticketId, type, at);
    } else if (windowNo !== null) pauses.note(windowNo, type, at);
    if (++rows % STEP_ROWS === 0) yield;
  }
  // Every ticket is written with its ticket.issued event on its own business day (queue-rows.ts), so
  // the range's tickets lie between the lowest and highest id those events name: a rowid range, where
  // business_day alone (no index) would scan the whole table.
  const span = firsts.issuedSpan;
  const tickets = db
    .prepare(
      `SELECT id, business_day, service_id, state, window_no, clerk_id, transferred_from, issued_at, finished_at, started_at, called_at
       FROM tickets WHERE id BETWEEN ? AND ? AND business_day BETWEEN ? AND ?`,
    )
    .raw() // arrays, not objects: half a million rows a year
    .iterate(span?.lo ?? 0, span?.hi ?? -1, ...days) as IterableIterator<
    [number, string, string, string, number | null, string | null, number | null, number, number | null, number | null, number | null]
  >;
  for (const [id, businessDay, serviceId, state, windowNo, clerkId, transferredFrom, issuedAt, finishedAt, startedAt, lastCalledAt] of tickets) {
    const firstIssued = firsts.issuedAt(id);
    const called = firsts.calledAt(id);
    const issued = Number.isNaN(firstIssued) ? issuedAt : firstIssued;
    const end = state === 'done' ? 'served' : state === 'no_show' ? 'no_show' : 'other';
    const fact = {
      arrival: transferredFrom === null,
      end,
      waitSeconds: Number.isNaN(called) ? null : wholeSeconds(issued, called),
      handleSeconds: end === 'served' ? handleSeconds(startedAt, lastCalledAt, finishedAt, (from, to) => firsts.heldWithin(id, from, to)) : null,
    } as const;
    const slice = { service: serviceId, window: windowNo, clerk: clerkId, at: issued, day: businessDay };
    for (const by of dims) {
      const tally = tallyOf(by, slice);
      if (tally) addTicket(tally, fact, q.targetWaitSeconds);
    }
    if (++rows % STEP_ROWS === 0) yield;
  }

  const ratings = db
    .prepare(
      `SELECT r.business_day, r.service_id, r.window_no, r.clerk_id, r.status, r.level, r.review_kind, r.requested_at, f.closed_at, f.due_at
       FROM ratings r LEFT JOIN followups f ON f.rating_id = r.id WHERE r.business_day BETWEEN ? AND ?`,
    )
    .iterate(...days) as IterableIterator<{
    business_day: string;
    service_id: string;
    window_no: number;
    clerk_id: string | null;
    status: 'awaiting' | 'rated' | 'not_rated' | 'defaulted';
    level: number | null;
    review_kind: string | null;
    requested_at: number;
    closed_at: number | null;
    due_at: number | null;
  }>;
  for (const r of ratings) {
    const slice = { service: r.service_id, window: r.window_no, clerk: r.clerk_id, at: r.requested_at, day: r.business_day };
    const followup = r.due_at === null ? null : { closed: r.closed_at !== null, overdue: r.closed_at === null && q.now > r.due_at };
    const fact = { status: r.status, level: r.level, excluded: r.review_kind !== null, followup };
    for (const by of dims) {
      const tally = tallyOf(by, slice);
      if (tally) addRating(tally, fact);
    }
    if (++rows % STEP_ROWS === 0) yield;
  }

  // Signed-in time less the window's pauses; attributed to the window and the clerk (a service or an
  // hour of the day has no staff time of its own). A few rows a day: read at once.
  const staffed = dims.filter((by) => by === 'hall' || by === 'window' || by === 'clerk' || by === 'day' || by === 'weekday');
  if (staffed.length > 0) {
    const duty = db
      .prepare('SELECT user_id, window_no, business_day, signed_in_at, signed_out_at FROM duty WHERE business_day BETWEEN ? AND ?')
      .all(...days) as { user_id: string; window_no: number; business_day: string; signed_in_at: number; signed_out_at: number | null }[];
    const paused = pauses.byWindow(q.now);
    for (const d of duty) {
      const out = d.signed_out_at ?? q.now;
      const pausedMs = (paused.get(d.window_no) ?? []).reduce((sum, p) => sum + Math.max(0, Math.min(out, p.to) - Math.max(d.signed_in_at, p.from)), 0);
      const slice = { service: null, window: d.window_no, clerk: d.user_id, at: d.signed_in_at, day: d.business_day };
      for (const by of staffed) {
        const tally = tallyOf(by, slice);
        if (tally) addShift(tally, wholeSeconds(d.signed_in_at, out - pausedMs));
      }
    }
  }
  return out;
}
