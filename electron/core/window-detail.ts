// What a clerk's console shows for their window: its state, skill profile, the next tickets in the
// order this window would call them, and how many it served today.
import type { WindowDetail } from '../contract';
import { statementCache, type Db } from './db';
import { callStreak } from './call-streak';
import type { HallConfig } from './hall-config';
import { callOrder, type CallPolicy } from './policy';
import { ticketView, type TicketRow } from './rows';

const QUEUE_SHOWN = 20;

export function windowDetail(db: Db, config: HallConfig, policy: CallPolicy, windowNo: number, day: string, now: number): WindowDetail {
  const skills = config.skills(windowNo);
  const head = db.prepare(`SELECT * FROM tickets WHERE state = 'waiting' AND service_id = ? AND priority = ? ORDER BY wait_since, id LIMIT ${QUEUE_SHOWN}`);
  const rows = new Map<number, TicketRow>();
  for (const serviceId of [...skills.primary, ...skills.backup]) {
    for (const cls of ['priority', 'appointment', 'normal']) {
      for (const r of head.all(serviceId, cls) as TicketRow[]) rows.set(r.id, r);
    }
  }
  const candidates = [...rows.values()].map((r) => ({
    id: r.id,
    serviceId: r.service_id,
    priority: r.priority,
    waitSince: r.wait_since,
    dueAt: r.due_at,
  }));
  const streak = callStreak(statementCache(db), windowNo, day, policy.priorityStreakMax);
  const queue = callOrder(candidates, skills, policy, now, streak)
    .slice(0, QUEUE_SHOWN)
    .map((c) => ticketView(rows.get(c.id)!));
  const served = db.prepare("SELECT count(*) AS n FROM tickets WHERE business_day = ? AND window_no = ? AND state = 'done'").get(day, windowNo) as {
    n: number;
  };
  return {
    ...config.windowView(windowNo),
    primary: [...skills.primary],
    backup: [...skills.backup],
    queue,
    servedToday: served.n,
  };
}
