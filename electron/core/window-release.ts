// The manager's sign-out of a clerk (live.signOut, electron/live/): the clerk went home without signing
// out, or left the window for the day. Unlike the clerk's own window.signOut (window-duty.ts), which is
// refused while a ticket is current, the manager's must succeed, and must not lose the resident:
//
// A ticket current at the window (called or being served) goes back to WAITING at the HEAD of its own
// queue (its service and priority class): its wait_since is set before every other ticket waiting there
// (never later than its own), so the next window that serves the service calls it first, and the
// max-wait override still counts from its original wait. A transfer to this window or to this clerk is
// lifted (nobody is there to call it). Its `ticket.returned` event names the window and the manager.
// Refusing instead (reason ticket_current) would leave the window staffed by nobody who is there; the
// resident is in the hall and is called again at once by the next free window.
//
// The manager names the clerk (`clerkId`, the one on the card they read): when that clerk has signed out
// and another signed in meanwhile, the sign-out is refused (409 other_clerk) and nothing changes, so a
// stale card never signs out, and takes the resident from, whoever is at the window now.
//
// Held tickets (挂起) stay held at the window, as they are at any sign-out: the next clerk there resumes them.
// Everything is one transaction: the ticket's return, the duty's end, the window.signed_out event
// (with the reason and `by: 'manager'`) and whatever `inside` writes (the audit row).
import { HallFault } from '../contract';
import type { Actor, EngineParts } from './engine-parts';
import type { TicketRow } from './rows';

export interface ManagerSignOut {
  clerk: string;
  returned: TicketRow | null;
}

export interface ManagerSignOutRequest {
  window: number;
  /** The clerk the manager means to sign out. */
  clerkId: string;
  reason: string;
}

export function signOutByManager(e: EngineParts, req: ManagerSignOutRequest, actor: Actor, inside: (done: ManagerSignOut) => void): ManagerSignOut {
  const { window: windowNo, reason } = req;
  const w = e.staffedWindow(windowNo, actor);
  const clerk = w.clerk_id!;
  if (clerk !== req.clerkId) {
    throw new HallFault('conflict', `window ${windowNo} is staffed by another clerk than ${req.clerkId}`, 'clerkId', 'other_clerk');
  }
  const now = e.clock.now();
  const done = e.tx(() => {
    const returned = w.current_ticket_id === null ? null : returnToHead(e, e.rows.ticket(w.current_ticket_id), windowNo, actor.user, now);
    e.rows.leaveWindow({ ...w, current_ticket_id: null }, actor.user, now, { reason, by: 'manager' });
    const result = { clerk, returned };
    inside(result);
    return result;
  });
  e.changed();
  return done;
}

/** The ticket waits again, first of its (service, class) queue. */
function returnToHead(e: EngineParts, row: TicketRow, windowNo: number, user: string, now: number): TicketRow {
  const head = e
    .sql("SELECT MIN(wait_since) AS first FROM tickets WHERE state = 'waiting' AND business_day = ? AND service_id = ? AND priority = ? AND id <> ?")
    .get(row.business_day, row.service_id, row.priority, row.id) as { first: number | null };
  const waitSince = head.first === null ? row.wait_since : Math.min(row.wait_since, head.first - 1);
  e.sql(
    `UPDATE tickets SET state = 'waiting', wait_since = ?, called_at = NULL, started_at = NULL, window_no = NULL, clerk_id = NULL,
       recalls = 0, only_window = NULL, only_clerk = NULL WHERE id = ?`,
  ).run(waitSince, row.id);
  e.sql('UPDATE windows SET current_ticket_id = NULL WHERE number = ?').run(windowNo);
  e.counts.joined(row.service_id, row.priority, null);
  e.rows.event('ticket.returned', row.id, windowNo, user, { number: row.number, from: row.state, why: 'clerk_signed_out_by_manager' });
  // The ratings desk closes a rating invited for it (it left the window); other hooks ignore the type.
  e.hooks.afterTransition(row.id, windowNo, 'ticket.returned', user, now);
  return e.rows.ticket(row.id);
}
