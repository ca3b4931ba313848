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

function sliceKey(q: ReportQuery, s: Slice): string | null {
  switch (q.by) {
    case 'hall':
      return 'hall';
    case 'service':
      return s.service;
    case 'window':
      return s.window === null ? null : String(s.window);
    case 'clerk':
      return s.clerk;
    case 'hour':
      return formatHallTime(s.at, 'time', q.timeZone).slice(0, 2);
    case 'weekday':
      return String(new Date(`${s.day}T12:00:00Z`).getUTCDay() || 7); // ISO: Monday 1 … Sunday 7
    case 'day':
      return s.day;
  }
}

export function reportTallies(db: Database, q: ReportQuery): Map<string, Tally> {
  const tallies = new Map<string, Tally>();
  const tallyOf = (s: Slice) => {
    const key = sliceKey(q, s);
    if (key === null) return null;
    let t = tallies.get(key);
    if (!t) tallies.set(key, (t = emptyTally()));
    return t;
  };
  const days = [q.from, q.to];

  // A ticket's wait runs from its own issue (for a transfer's new ticket: the transfer) to its first
  // call (a recall or a re-queue does not restart it); its handling from the first call to its finish.
  const firsts = new Map<number, { issued?: number; called?: number }>();
  const events = db
    .prepare("SELECT ticket_id, type, at FROM events WHERE business_day BETWEEN ? AND ? AND type IN ('ticket.issued', 'ticket.called') ORDER BY id")
    .all(...days) as { ticket_id: number; type: string; at: number }[];
  for (const e of events) {
    const f = firsts.get(e.ticket_id) ?? {};
    if (e.type === 'ticket.issued') f.issued ??= e.at;
    else f.called ??= e.at;
    firsts.set(e.ticket_id, f);
  }
  const tickets = db
    .prepare(
      'SELECT id, business_day, service_id, state, window_no, clerk_id, transferred_from, issued_at, finished_at FROM tickets WHERE business_day BETWEEN ? AND ?',
    )
    .all(...days) as {
    id: number;
    business_day: string;
    service_id: string;
    state: string;
    window_no: number | null;
    clerk_id: string | null;
    transferred_from: number | null;
    issued_at: number;
    finished_at: number | null;
  }[];
  for (const t of tickets) {
    const f = firsts.get(t.id) ?? {};
    const issued = f.issued ?? t.issued_at;
    const end = t.state === 'done' ? 'served' : t.state === 'no_show' ? 'no_show' : 'other';
    const tally = tallyOf({ service: t.service_id, window: t.window_no, clerk: t.clerk_id, at: issued, day: t.business_day });
    if (!tally) continue;
    addTicket(
      tally,
      {
        arrival: t.transferred_from === null,
        end,
        waitSeconds: f.called === undefined ? null : wholeSeconds(issued, f.called),
        handleSeconds: end === 'served' && f.called !== undefined && t.finished_at !== null ? wholeSeconds(f.called, t.finished_at) : null,
      },
      q.targetWaitSeconds,
    );
  }

  const ratings = db
    .prepare(
      `SELECT r.business_day, r.service_id, r.window_no, r.clerk_id, r.status, r.level, r.review_kind, r.requested_at, f.closed_at, f.due_at
       FROM ratings r LEFT JOIN followups f ON f.rating_id = r.id WHERE r.business_day BETWEEN ? AND ?`,
    )
    .all(...days) as {
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
  }[];
  for (const r of ratings) {
    const tally = tallyOf({ service: r.service_id, window: r.window_no, clerk: r.clerk_id, at: r.requested_at, day: r.business_day });
    if (!tally) continue;
    const followup = r.due_at === null ? null : { closed: r.closed_at !== null, overdue: r.closed_at === null && q.now > r.due_at };
    addRating(tally, { status: r.status, level: r.level, excluded: r.review_kind !== null, followup });
  }

  // Signed-in time less the window's pauses; attributed to the window and the clerk (a service or an
  // hour of the day has no staff time of its own).
  if (q.by === 'hall' || q.by === 'window' || q.by === 'clerk' || q.by === 'day' || q.by === 'weekday') {
    const duty = db
      .prepare('SELECT user_id, window_no, business_day, signed_in_at, signed_out_at FROM duty WHERE business_day BETWEEN ? AND ?')
      .all(...days) as { user_id: string; window_no: number; business_day: string; signed_in_at: number; signed_out_at: number | null }[];
    const pauses = pauseIntervals(db, days, q.now);
    for (const d of duty) {
      const out = d.signed_out_at ?? q.now;
      const paused = (pauses.get(d.window_no) ?? []).reduce((sum, p) => sum + Math.max(0, Math.min(out, p.to) - Math.max(d.signed_in_at, p.from)), 0);
      const tally = tallyOf({ service: null, window: d.window_no, clerk: d.user_id, at: d.signed_in_at, day: d.business_day });
      if (tally) addShift(tally, wholeSeconds(d.signed_in_at, out - paused));
    }
  }
  return tallies;
}

/** Each window's paused intervals (window.paused → the next resumed or signed out; still paused: until now). */
export function pauseIntervals(db: Database, days: string[], now: number): Map<number, { from: number; to: number }[]> {
  const rows = db
    .prepare(
      "SELECT window_no, type, at FROM events WHERE business_day BETWEEN ? AND ? AND type IN ('window.paused', 'window.resumed', 'window.signed_out') ORDER BY id",
    )
    .all(...days) as { window_no: number; type: string; at: number }[];
  const open = new Map<number, number>();
  const out = new Map<number, { from: number; to: number }[]>();
  for (const r of rows) {
    if (r.type === 'window.paused') {
      if (!open.has(r.window_no)) open.set(r.window_no, r.at);
      continue;
    }
    const from = open.get(r.window_no);
    if (from === undefined) continue;
    open.delete(r.window_no);
    out.set(r.window_no, [...(out.get(r.window_no) ?? []), { from, to: r.at }]);
  }
  for (const [windowNo, from] of open) out.set(windowNo, [...(out.get(windowNo) ?? []), { from, to: now }]);
  return out;
}
