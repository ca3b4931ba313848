// What a clerk's console shows for their window: its state, skill profile, the next tickets in the
// order this window would call them (those transferred to it or to its clerk first, then its queues as
// its reach sees them: queue-heads.ts), its held tickets and undo (queue-move-reads.ts), and how many it
// served today.
import type { WindowDetail, WindowMoves } from '../contract';
import type { statementCache } from './db';
import { callStreak } from './call-streak';
import type { HallConfig } from './hall-config';
import { callOrder, type CallPolicy } from './policy';
import { directedTo, REACHABLE, reachOf } from './queue-heads';
import { ticketView, type TicketRow, type WindowRow } from './rows';

const QUEUE_SHOWN = 20;

export function windowDetail(
  sql: ReturnType<typeof statementCache>,
  config: HallConfig,
  policy: CallPolicy,
  windowNo: number,
  day: string,
  now: number,
  movesOf: (directed: number[]) => WindowMoves,
): WindowDetail {
  const skills = config.skills(windowNo);
  const reach = reachOf(config, sql, windowNo);
  const head = sql(
    `SELECT * FROM tickets WHERE state = 'waiting' AND service_id = ? AND priority = ? AND ${REACHABLE} ORDER BY wait_since, id LIMIT ${QUEUE_SHOWN}`,
  );
  const rows = new Map<number, TicketRow>();
  for (const serviceId of [...skills.primary, ...skills.backup]) {
    for (const cls of ['priority', 'appointment', 'normal']) {
      for (const r of head.all(serviceId, cls, windowNo, reach.alone.has(serviceId) ? 1 : 0) as TicketRow[]) rows.set(r.id, r);
    }
  }
  const candidates = [...rows.values()].map((r) => ({
    id: r.id,
    serviceId: r.service_id,
    priority: r.priority,
    waitSince: r.wait_since,
    dueAt: r.due_at,
  }));
  const streak = callStreak(sql, windowNo, day, policy.priorityStreakMax);
  const w = sql('SELECT number, clerk_id FROM windows WHERE number = ?').get(windowNo) as Pick<WindowRow, 'number' | 'clerk_id'>;
  const directed = directedTo(sql, w, QUEUE_SHOWN).map((r) => r.id);
  const byId = (id: number) => rows.get(id) ?? (sql('SELECT * FROM tickets WHERE id = ?').get(id) as TicketRow);
  const queue = [...directed, ...callOrder(candidates, skills, policy, now, streak).map((c) => c.id)].slice(0, QUEUE_SHOWN).map((id) => ticketView(byId(id)));
  const served = sql("SELECT count(*) AS n FROM tickets WHERE business_day = ? AND window_no = ? AND state = 'done'").get(day, windowNo) as {
    n: number;
  };
  return {
    ...config.windowView(windowNo),
    primary: [...skills.primary],
    backup: [...skills.backup],
    queue,
    moves: movesOf(directed),
    servedToday: served.n,
  };
}
