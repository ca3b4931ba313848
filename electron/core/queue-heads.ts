// The head (longest-waiting ticket) of every (service, class) queue the call policy needs, read in
// one statement over the partial index of waiting tickets; queues known to be empty are skipped.
// A window sees its queues through its Reach (issue 14): tickets transferred to one window or one clerk
// are not in any queue (the window or clerk they were sent to calls them first: directedTo), and a
// ticket transferred to another service is not offered to the window that sent it there, unless no
// other open window serves that service now.
import { priorityClasses, type PriorityClass } from '../contract';
import type { statementCache } from './db';
import type { HallConfig } from './hall-config';
import type { Candidate } from './policy';
import type { QueueCounts } from './queue-counts';
import type { WindowRow } from './rows';

type Sql = ReturnType<typeof statementCache>;

/** The waiting tickets one window may be offered. */
export interface Reach {
  windowNo: number;
  /** Services no other open window serves now: a ticket this window transferred there is offered here again. */
  alone: ReadonlySet<string>;
}

/** The queue filter of a reach, for `SELECT … FROM tickets` with parameters (window, alone as 0/1). */
export const REACHABLE = 'only_window IS NULL AND only_clerk IS NULL AND (not_window IS NULL OR not_window <> ? OR ?)';

const HEAD = `SELECT * FROM (SELECT id, service_id, priority, wait_since, due_at FROM tickets
  WHERE state = 'waiting' AND service_id = ? AND priority = ? AND ${REACHABLE} ORDER BY wait_since, id LIMIT 1)`;

interface CandidateRow {
  id: number;
  service_id: string;
  priority: PriorityClass;
  wait_since: number;
  due_at: number | null;
}

const candidateOf = (r: CandidateRow): Candidate => ({ id: r.id, serviceId: r.service_id, priority: r.priority, waitSince: r.wait_since, dueAt: r.due_at });

/** The reach of a window now: which of its services it alone serves among the open windows. */
export function reachOf(config: HallConfig, sql: Sql, windowNo: number): Reach {
  const skills = config.skills(windowNo);
  const others = (sql("SELECT number FROM windows WHERE status = 'open' AND enabled = 1 AND number <> ?").all(windowNo) as { number: number }[]).map((w) =>
    config.skills(w.number),
  );
  const alone = [...skills.primary, ...skills.backup].filter((id) => !others.some((s) => s.primary.includes(id) || s.backup.includes(id)));
  return { windowNo, alone: new Set(alone) };
}

export function queueHeads(sql: Sql, counts: QueueCounts, serviceIds: readonly string[], reach: Reach): Candidate[] {
  const params: (string | number)[] = [];
  const parts: string[] = [];
  for (const serviceId of serviceIds) {
    for (const cls of priorityClasses) {
      if (counts.waitingIn(serviceId, cls) === 0) continue;
      parts.push(HEAD);
      params.push(serviceId, cls, reach.windowNo, reach.alone.has(serviceId) ? 1 : 0);
    }
  }
  if (parts.length === 0) return [];
  return (sql(parts.join(' UNION ALL ')).all(...params) as CandidateRow[]).map(candidateOf);
}

/**
 * The tickets transferred to this window or to the clerk signed in at it, in the order it calls them:
 * before its queues (the resident was served once already and was sent here by a colleague), the
 * longest-waiting first.
 */
export function directedTo(sql: Sql, w: Pick<WindowRow, 'number' | 'clerk_id'>, limit = 20): CandidateRow[] {
  return sql(
    `SELECT id, service_id, priority, wait_since, due_at FROM tickets WHERE state = 'waiting' AND (only_window = ? OR only_clerk = ?)
     ORDER BY wait_since, id LIMIT ?`,
  ).all(w.number, w.clerk_id, limit) as CandidateRow[];
}

export { candidateOf };
