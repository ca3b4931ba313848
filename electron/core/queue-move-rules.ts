// The two rules of the queue moves that read the store (queue-moves.ts uses them, the console's view of
// a window too): where a re-queued no-show goes, and which no-show a window may still undo.
import type { statementCache } from './db';
import type { TicketRow } from './rows';

type Sql = ReturnType<typeof statementCache>;

/**
 * 过号重排 "N places down", defined against the call policy (policy.ts): the policy always takes the
 * tickets of one (service, class) queue in the order of (wait_since, id), and ranks the heads of
 * different queues by their wait_since (the max-wait override and the ties too). So the ticket is given
 * a place in time, a wait_since, strictly between the N-th and the next ticket of its own queue (the
 * waiting tickets of its service and class that every window may be offered, i.e. not transferred to
 * one window or clerk): exactly N tickets of that queue are called before it (fewer, if fewer wait),
 * wherever it is called, and among other queues it ranks as a ticket that arrived at that time would
 * (the max-wait override counts from then too, or it would jump back to the head at once). Tickets
 * issued in the same millisecond as the N-th also stay ahead of it. With fewer than N+1 waiting it goes
 * last. Its issue time (what the console shows as its wait) is kept.
 */
export function placeAfter(
  sql: Sql,
  row: Pick<TicketRow, 'id' | 'service_id' | 'priority'>,
  offset: number,
  now: number,
): { waitSince: number; ahead: number } {
  const queue = sql(
    `SELECT id, wait_since FROM tickets WHERE state = 'waiting' AND service_id = ? AND priority = ? AND only_window IS NULL AND only_clerk IS NULL
     AND id <> ? ORDER BY wait_since, id`,
  ).all(row.service_id, row.priority, row.id) as { id: number; wait_since: number }[];
  if (queue.length === 0) return { waitSince: now, ahead: 0 };
  if (offset === 0) return { waitSince: queue[0]!.wait_since - 1, ahead: 0 };
  if (queue.length <= offset) return { waitSince: Math.max(now, queue.at(-1)!.wait_since + 1), ahead: queue.length };
  const nth = queue[offset - 1]!.wait_since;
  const nextIndex = queue.findIndex((t, i) => i >= offset && t.wait_since > nth);
  if (nextIndex === -1) return { waitSince: Math.max(now, nth + 1), ahead: queue.length };
  return { waitSince: (nth + queue[nextIndex]!.wait_since) / 2, ahead: nextIndex };
}

/** The events that put a ticket at a window: after one of these, an earlier no-show there is not undone. */
const AT_WINDOW = "('ticket.called', 'ticket.resumed', 'ticket.no_show_undone')";

export type LastNoShow = { kind: 'none' } | { kind: 'superseded'; number: string } | { kind: 'undoable'; ticketId: number; number: string; at: number };

/** This window's latest no-show today, and whether the window has called anyone since. */
export function lastNoShow(sql: Sql, day: string, windowNo: number): LastNoShow {
  const noShow = sql(
    "SELECT id, ticket_id, at, data FROM events WHERE business_day = ? AND window_no = ? AND type = 'ticket.no_show' ORDER BY id DESC LIMIT 1",
  ).get(day, windowNo) as { id: number; ticket_id: number; at: number; data: string } | undefined;
  if (!noShow) return { kind: 'none' };
  const number = (JSON.parse(noShow.data) as { number: string }).number;
  const since = sql(`SELECT 1 FROM events WHERE business_day = ? AND window_no = ? AND type IN ${AT_WINDOW} AND id > ? LIMIT 1`).get(day, windowNo, noShow.id);
  return since ? { kind: 'superseded', number } : { kind: 'undoable', ticketId: noShow.ticket_id, number, at: noShow.at };
}
