// The head (longest-waiting ticket) of every (service, class) queue the call policy needs, read in
// one statement over the partial index of waiting tickets; queues known to be empty are skipped.
import { priorityClasses, type PriorityClass } from '../contract';
import type { statementCache } from './db';
import type { Candidate } from './policy';
import type { QueueCounts } from './queue-counts';

const HEAD = `SELECT * FROM (SELECT id, service_id, priority, wait_since, due_at FROM tickets
  WHERE state = 'waiting' AND service_id = ? AND priority = ? ORDER BY wait_since, id LIMIT 1)`;

export function queueHeads(sql: ReturnType<typeof statementCache>, counts: QueueCounts, serviceIds: readonly string[]): Candidate[] {
  const params: string[] = [];
  const parts: string[] = [];
  for (const serviceId of serviceIds) {
    for (const cls of priorityClasses) {
      if (counts.waitingIn(serviceId, cls) === 0) continue;
      parts.push(HEAD);
      params.push(serviceId, cls);
    }
  }
  if (parts.length === 0) return [];
  const rows = sql(parts.join(' UNION ALL ')).all(...params) as {
    id: number;
    service_id: string;
    priority: PriorityClass;
    wait_since: number;
    due_at: number | null;
  }[];
  return rows.map((r) => ({ id: r.id, serviceId: r.service_id, priority: r.priority, waitSince: r.wait_since, dueAt: r.due_at }));
}
