// The report's facts read from the store for a range of business days, each with the slice it falls
// in: tickets (from the event log: a ticket's own issue and first call, its end from its row),
// ratings, and the clerks' signed-in time (duty rows less the window's pauses). Durations are whole
// seconds of event times, never counters. One read per table over the range's days (events_by_day).
import type { Database } from 'better-sqlite3';
import type { ReportDimension } from '../contract';
import { formatHallTime } from '../shared/hall-time';
import { addRating, addShift, addTicket, emptyTally, wholeSeconds, type Tally } from './kpi';

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

/** Where a fact falls: its value for each dimension (null: not attributable, e.g. the clerk of a waiting ticket). */
interface Slice {
  service: string | null;
  window: number | null;
  clerk: string | null;
  /** Epoch ms the fact is placed at in the day (hour of day). */
  at: number;
  day: string;
}

/** The slice's key for one dimension; `hourOf` turns an instant into the hall's hour of day (cached). */
function sliceKey(by: ReportDimension, s: Slice, hourOf: (at: number) => string): string | null {
  switch (by) {
    case 'hall':
      return 'hall';
    case 'service':
      return s.service;
    case 'window':
      return s.window === null ? null : String(s.window);
    case 'clerk':
      return s.clerk;
    case 'hour':
      return hourOf(s.at);
    case 'weekday':
      return String(new Date(`${s.day}T12:00:00Z`).getUTCDay() || 7); // ISO: Monday 1 … Sunday 7
    case 'day':
      return s.day;
  }
}

/**
 * The hall's hour of day of an instant, cached per quarter hour (every zone's offset is a multiple of
 * 15 minutes): formatting a zoned time for each of a year's half-million tickets took seconds.
 */
function hourCache(timeZone: string): (at: number) => string {
  const cache = new Map<number, string>();
  return (at) => {
    const quarter = Math.floor(at / 900_000);
    let hour = cache.get(quarter);
    if (hour === undefined) cache.set(quarter, (hour = formatHallTime(quarter * 900_000, 'time', timeZone).slice(0, 2)));
    return hour;
  };
}

export function reportTallies(db: Database, q: ReportQuery): Map<string, Tally> {
  return reportTalliesBy(db, q, [q.by]).get(q.by)!;
}

/**
 * The tallies of several dimensions in one read of the range (the xlsx export's sheets). Memory stays
 * flat over a year: rows are iterated, never all loaded, and a ticket's first issue and call are kept
 * in two typed arrays indexed by ticket id (tickets of a range have consecutive ids, near enough).
 */
export function reportTalliesBy(db: Database, q: Omit<ReportQuery, 'by'>, dims: readonly ReportDimension[]): Map<ReportDimension, Map<string, Tally>> {
  const out = new Map(dims.map((d) => [d, new Map<string, Tally>()]));
  const hourOf = hourCache(q.timeZone);
  const tallyOf = (by: ReportDimension, s: Slice) => {
    const key = sliceKey(by, s, hourOf);
    if (key === null) return null;
    const tallies = out.get(by)!;
    let t = tallies.get(key);
    if (!t) tallies.set(key, (t = emptyTally()));
    return t;
  };
  const days = [q.from, q.to];

  // A ticket's wait runs from its own issue (for a transfer's new ticket: the transfer) to its first
  // call (a recall or a re-queue does not restart it); its handling from the first call to its finish.
  const span = db.prepare('SELECT MIN(id) AS lo, MAX(id) AS hi FROM tickets WHERE business_day BETWEEN ? AND ?').get(...days) as {
    lo: number | null;
    hi: number | null;
  };
  const lo = span.lo ?? 0;
  const size = span.lo === null ? 0 : span.hi! - lo + 1;
  const issuedAt = new Float64Array(size).fill(NaN);
  const calledAt = new Float64Array(size).fill(NaN);
  const events = db
    .prepare("SELECT ticket_id, type, at FROM events WHERE business_day BETWEEN ? AND ? AND type IN ('ticket.issued', 'ticket.called') ORDER BY id")
    .raw()
    .iterate(...days) as IterableIterator<[number | null, string, number]>;
  for (const [ticketId, type, at] of events) {
    const i = (ticketId ?? -1) - lo;
    if (i < 0 || i >= size) continue; // an event of a ticket of another range
    const firsts = type === 'ticket.issued' ? issuedAt : calledAt;
    if (Number.isNaN(firsts[i])) firsts[i] = at;
  }
  const tickets = db
    .prepare(
      'SELECT id, business_day, service_id, state, window_no, clerk_id, transferred_from, issued_at, finished_at FROM tickets WHERE business_day BETWEEN ? AND ?',
    )
    .iterate(...days) as IterableIterator<{
    id: number;
    business_day: string;
    service_id: string;
    state: string;
    window_no: number | null;
    clerk_id: string | null;
    transferred_from: number | null;
    issued_at: number;
    finished_at: number | null;
  }>;
  for (const t of tickets) {
    const firstIssued = issuedAt[t.id - lo]!;
    const called = calledAt[t.id - lo]!;
    const issued = Number.isNaN(firstIssued) ? t.issued_at : firstIssued;
    const end = t.state === 'done' ? 'served' : t.state === 'no_show' ? 'no_show' : 'other';
    const fact = {
      arrival: t.transferred_from === null,
      end,
      waitSeconds: Number.isNaN(called) ? null : wholeSeconds(issued, called),
      handleSeconds: end === 'served' && !Number.isNaN(called) && t.finished_at !== null ? wholeSeconds(called, t.finished_at) : null,
    } as const;
    const slice = { service: t.service_id, window: t.window_no, clerk: t.clerk_id, at: issued, day: t.business_day };
    for (const by of dims) {
      const tally = tallyOf(by, slice);
      if (tally) addTicket(tally, fact, q.targetWaitSeconds);
    }
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
  }

  // Signed-in time less the window's pauses; attributed to the window and the clerk (a service or an
  // hour of the day has no staff time of its own).
  const staffed = dims.filter((by) => by === 'hall' || by === 'window' || by === 'clerk' || by === 'day' || by === 'weekday');
  if (staffed.length > 0) {
    const duty = db
      .prepare('SELECT user_id, window_no, business_day, signed_in_at, signed_out_at FROM duty WHERE business_day BETWEEN ? AND ?')
      .all(...days) as { user_id: string; window_no: number; business_day: string; signed_in_at: number; signed_out_at: number | null }[];
    const pauses = pauseIntervals(db, days, q.now);
    for (const d of duty) {
      const out = d.signed_out_at ?? q.now;
      const paused = (pauses.get(d.window_no) ?? []).reduce((sum, p) => sum + Math.max(0, Math.min(out, p.to) - Math.max(d.signed_in_at, p.from)), 0);
      const slice = { service: null, window: d.window_no, clerk: d.user_id, at: d.signed_in_at, day: d.business_day };
      for (const by of staffed) {
        const tally = tallyOf(by, slice);
        if (tally) addShift(tally, wholeSeconds(d.signed_in_at, out - paused));
      }
    }
  }
  return out;
}

/** Each window's paused intervals (window.paused → the next resumed or signed out; still paused: until now). */
function pauseIntervals(db: Database, days: string[], now: number): Map<number, { from: number; to: number }[]> {
  const rows = db
    .prepare(
      "SELECT window_no, type, at FROM events WHERE business_day BETWEEN ? AND ? AND type IN ('window.paused', 'window.resumed', 'window.signed_out') ORDER BY id",
    )
    .all(...days) as { window_no: number; type: string; at: number }[];
  const open = new Map<number, number>();
  const out = new Map<number, { from: number; to: number }[]>();
  const push = (windowNo: number, interval: { from: number; to: number }) => {
    const list = out.get(windowNo);
    if (list) list.push(interval);
    else out.set(windowNo, [interval]);
  };
  for (const r of rows) {
    if (r.type === 'window.paused') {
      if (!open.has(r.window_no)) open.set(r.window_no, r.at);
      continue;
    }
    const from = open.get(r.window_no);
    if (from === undefined) continue;
    open.delete(r.window_no);
    push(r.window_no, { from, to: r.at });
  }
  for (const [windowNo, from] of open) push(windowNo, { from, to: now });
  return out;
}
