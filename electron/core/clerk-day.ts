// The clerk's own day (window.myDay), read from the event log of the business day (events_by_day):
// each `ticket.done` event of today names its ticket, whose row holds the times the events wrote
// (called_at is the last call or recall, started_at the 开始办理, finished_at the 办结).
// Handling time of one ticket = finished_at − started_at, or − called_at when it was finished straight
// from the call, less the time it was held (挂起); in integer seconds (rounded), and the day's mean of them
// rounded again. The reports count it the same way (reports/kpi.ts handleSeconds).
// 满意率 counts today's ratings the residents gave the clerk's tickets (not the hall's default level after a
// timeout), leaving out those a manager put under review (mistaken or malicious): as the reports count them.
import { HallFault, type ClerkDayView, type clerkDayCommands } from '../contract';
import { statementCache, type Db } from './db';
import type { QueueEngine } from './engine';
import { actorOf, type Handlers } from './handler-types';

const SERVED = `
  SELECT t.id, t.called_at AS called, t.started_at AS started, t.finished_at AS finished
  FROM events e JOIN tickets t ON t.id = e.ticket_id
  WHERE e.business_day = ? AND e.type = 'ticket.done' AND t.clerk_id = ? AND t.state = 'done'`;
const RATED = `
  SELECT count(*) AS rated, coalesce(sum(level >= 4), 0) AS satisfied FROM ratings
  WHERE business_day = ? AND clerk_id = ? AND status = 'rated' AND review_kind IS NULL`;
const HOLDS = `
  SELECT ticket_id AS id, type, at FROM events WHERE business_day = ? AND type IN ('ticket.held', 'ticket.resumed') ORDER BY id`;
const LAST_ITEM = `
  SELECT json_extract(data, '$.itemCode') AS item FROM events
  WHERE business_day = ? AND type = 'ticket.done' AND window_no = ? AND json_extract(data, '$.itemCode') IS NOT NULL
  ORDER BY id DESC LIMIT 1`;
const DAY_BEFORE = 'SELECT max(business_day) AS day FROM events WHERE business_day < ?';

interface ServedRow {
  id?: number;
  called: number | null;
  started: number | null;
  finished: number | null;
}

/** One ticket's handling time in whole seconds, less `heldMs` (挂起 → resumed within it); null when its times are missing. */
export function handleSeconds(r: ServedRow, heldMs: (from: number, to: number) => number = () => 0): number | null {
  const from = r.started ?? r.called;
  if (from === null || r.finished === null) return null;
  return Math.max(0, Math.round((r.finished - from - heldMs(from, r.finished)) / 1000));
}

/** Each ticket's held spans of the day (ticket.held → ticket.resumed), and how much of a span they cover. */
function holdsOf(rows: { id: number; type: string; at: number }[]): (id: number | undefined, from: number, to: number) => number {
  const since = new Map<number, number>();
  const spans = new Map<number, { from: number; to: number }[]>();
  for (const r of rows) {
    if (r.type === 'ticket.held') since.set(r.id, r.at);
    else if (since.has(r.id)) {
      spans.set(r.id, [...(spans.get(r.id) ?? []), { from: since.get(r.id)!, to: r.at }]);
      since.delete(r.id);
    }
  }
  return (id, from, to) => (spans.get(id ?? -1) ?? []).reduce((ms, s) => ms + Math.max(0, Math.min(to, s.to) - Math.max(from, s.from)), 0);
}

export class ClerkDay {
  private readonly sql: ReturnType<typeof statementCache>;

  constructor(db: Db) {
    this.sql = statementCache(db);
  }

  read(clerk: string, windowNo: number, day: string): ClerkDayView {
    const served = this.sql(SERVED).all(day, clerk) as ServedRow[];
    const held = holdsOf(this.sql(HOLDS).all(day) as { id: number; type: string; at: number }[]);
    const seconds = served.map((r) => handleSeconds(r, (from, to) => held(r.id, from, to))).filter((s): s is number => s !== null);
    const { rated, satisfied } = this.sql(RATED).get(day, clerk) as { rated: number; satisfied: number };
    return {
      businessDay: day,
      clerk,
      served: served.length,
      averageHandleSeconds: seconds.length ? Math.round(seconds.reduce((a, b) => a + b, 0) / seconds.length) : null,
      rated,
      satisfied,
      lastItemCode: this.lastItem(windowNo, day),
    };
  }

  /** Today's last item at the window; at the day's first finish, the last one of the last earlier day. */
  private lastItem(windowNo: number, day: string): string | null {
    const today = this.sql(LAST_ITEM).get(day, windowNo) as { item: string } | undefined;
    if (today) return today.item;
    const before = (this.sql(DAY_BEFORE).get(day) as { day: string | null }).day;
    if (before === null) return null;
    return (this.sql(LAST_ITEM).get(before, windowNo) as { item: string } | undefined)?.item ?? null;
  }
}

export function createClerkDayHandlers(db: Db, engine: QueueEngine): Pick<Handlers, keyof typeof clerkDayCommands> {
  const day = new ClerkDay(db);
  return {
    'window.myDay': ({ window }, ctx) => {
      engine.rollover();
      if (!engine.config.windowViews().some((w) => w.number === window)) throw new HallFault('not_found', `no window ${window}`, 'window');
      return day.read(actorOf(ctx).user, window, engine.businessDay);
    },
  };
}
