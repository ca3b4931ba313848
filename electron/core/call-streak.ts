// A window's current streak of urgent calls (绿色通道 and due appointments), for the call policy's ratio
// (policy.ts). Derived from the append-only event log every time, never a counter kept by hand that
// could drift: the window's latest `ticket.called` events of today, newest first, joined to their
// tickets; the streak is how many of them in a row were urgent when called. Reads at most `limit`
// calls (the policy only asks whether the streak reached its maximum), walking the day's event index.
import type { statementCache } from './db';
import { isUrgent } from './policy';

type Sql = ReturnType<typeof statementCache>;

export function callStreak(sql: Sql, windowNo: number, day: string, limit: number): number {
  const rows = sql(
    `SELECT t.priority, t.due_at AS dueAt, e.at FROM events e JOIN tickets t ON t.id = e.ticket_id
     WHERE e.business_day = ? AND e.type = 'ticket.called' AND e.window_no = ? ORDER BY e.id DESC LIMIT ?`,
  ).all(day, windowNo, limit) as { priority: 'normal' | 'priority' | 'appointment'; dueAt: number | null; at: number }[];
  let streak = 0;
  for (const r of rows) {
    if (!isUrgent(r, r.at)) break;
    streak += 1;
  }
  return streak;
}
