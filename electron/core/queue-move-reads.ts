// What the console reads for the queue moves (issue 14): a window's held tickets and the no-show it may
// still undo (in its WindowDetail), today's no-shows that may be re-queued, and the transfer targets.
import type { NoShowTicket, TransferTargets, WindowMoves } from '../contract';
import { toIso } from './clock';
import type { statementCache } from './db';
import type { HallConfig } from './hall-config';
import { lastNoShow } from './queue-move-rules';
import { ticketView, type TicketRow } from './rows';
import type { CoreSettings } from './settings';

type Sql = ReturnType<typeof statementCache>;

/** How many of today's no-shows the console lists (newest first); older ones are still found by number. */
const NO_SHOWS_SHOWN = 50;

export function windowMoves(sql: Sql, settings: CoreSettings, windowNo: number, day: string, now: number, directed: number[]): WindowMoves {
  const held = sql("SELECT * FROM tickets WHERE state = 'held' AND window_no = ? ORDER BY held_at, id").all(windowNo) as TicketRow[];
  const last = lastNoShow(sql, day, windowNo);
  const seconds = settings.get('noShowUndoSeconds');
  let undo: WindowMoves['undo'] = null;
  if (last.kind === 'undoable' && seconds > 0 && now <= last.at + seconds * 1000) {
    const row = sql('SELECT * FROM tickets WHERE id = ?').get(last.ticketId) as TicketRow;
    if (row.state === 'no_show') undo = { ticket: ticketView(row), until: toIso(last.at + seconds * 1000)! };
  }
  return {
    held: held.map((r) => ({ ...ticketView(r), heldAt: toIso(r.held_at)! })),
    undo,
    undoSeconds: seconds,
    callSpecific: settings.get('allowCallSpecific'),
    requeueOffset: settings.get('requeueOffset'),
    directed,
  };
}

export function noShowsToday(sql: Sql, settings: CoreSettings, day: string): NoShowTicket[] {
  const rows = sql(`SELECT * FROM tickets WHERE business_day = ? AND state = 'no_show' ORDER BY finished_at DESC, id DESC LIMIT ${NO_SHOWS_SHOWN}`).all(
    day,
  ) as TicketRow[];
  const limit = settings.get('requeueLimit');
  return rows.map((r) => ({ ...ticketView(r), noShowAt: toIso(r.finished_at)!, requeues: r.requeues, requeueLeft: Math.max(0, limit - r.requeues) }));
}

/** Every window in use but this one, and every active clerk or manager but the one signed in here. */
export function transferTargets(sql: Sql, config: HallConfig, windowNo: number): TransferTargets {
  const here = config.windowView(windowNo).clerk?.id ?? null;
  const windows = config
    .windowViews()
    .filter((w) => w.number !== windowNo)
    .map((w) => ({ number: w.number, name: w.name, clerk: w.clerk }));
  const clerks = sql(
    `SELECT u.id, u.name, w.number AS windowNo FROM users u LEFT JOIN windows w ON w.clerk_id = u.id
     WHERE u.active = 1 AND u.role IN ('clerk', 'admin') ORDER BY u.role = 'admin', u.id`,
  ).all() as { id: string; name: string; windowNo: number | null }[];
  return { windows, clerks: clerks.filter((c) => c.id !== here) };
}
