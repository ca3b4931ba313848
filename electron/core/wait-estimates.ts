// The hall's inputs to the wait estimate (wait-estimate.ts, pure): every waiting ticket, the open
// windows with their skills, streaks and current tickets, and each service's typical handling time:
// the mean call → finish time of its last HANDLE_SAMPLE done tickets today (a wait is a sum of many
// handling times, so the mean, not the median, is what adds up; over a simulated day the median's
// estimates came out shorter than the real waits), or the service's configured average
// (avg_service_minutes) before it has any. Read when a ticket is issued.
import type { Db } from './db';
import { statementCache } from './db';
import { callStreak } from './call-streak';
import type { HallConfig } from './hall-config';
import type { Candidate, CallPolicy } from './policy';
import { estimateWait, type SimWindow, type WaitEstimate } from './wait-estimate';

const MINUTE = 60_000;
/** How many of a service's latest done tickets of today its typical handling time is taken from. */
export const HANDLE_SAMPLE = 20;
/** How far back the day's done events are read for those samples. */
const DONE_SCAN = 1_000;

export interface IssuedEstimate {
  ahead: number;
  estimatedWaitMinutes: number;
}

export class WaitEstimates {
  private readonly sql: ReturnType<typeof statementCache>;

  constructor(
    db: Db,
    private readonly config: HallConfig,
  ) {
    this.sql = statementCache(db);
  }

  /** For a waiting ticket: how many the policy calls before it at the windows serving it, and in how many minutes. */
  forTicket(ticketId: number, day: string, policy: CallPolicy, now: number): IssuedEstimate {
    const waiting = // Held tickets are not waiting; a ticket transferred to one window or clerk is called only there,
      // first, not from the queues: it is left out of them and keeps its window busy first (openWindows, as
      // queue-heads.ts directedTo orders them).
      (
        this.sql(
          "SELECT id, service_id, priority, wait_since, due_at FROM tickets WHERE state = 'waiting' AND only_window IS NULL AND only_clerk IS NULL",
        ).all() as {
          id: number;
          service_id: string;
          priority: Candidate['priority'];
          wait_since: number;
          due_at: number | null;
        }[]
      ).map((r) => ({ id: r.id, serviceId: r.service_id, priority: r.priority, waitSince: r.wait_since, dueAt: r.due_at }));
    const target = waiting.find((c) => c.id === ticketId);
    if (!target) return { ahead: 0, estimatedWaitMinutes: 0 };
    const handle = this.handleTimes(day);
    const handleMs = (serviceId: string) => handle.get(serviceId) ?? (this.config.service(serviceId)?.avg_service_minutes ?? 5) * MINUTE;
    const input = { now, policy, waiting, handleMs };
    const estimate: WaitEstimate | null =
      estimateWait({ ...input, windows: this.openWindows(day, policy, now, handleMs) }, target) ??
      // No open window serves it: as if the windows that would serve it opened now.
      estimateWait({ ...input, windows: this.allWindows(now) }, target);
    if (!estimate) return { ahead: waiting.filter((c) => c.serviceId === target.serviceId && c.waitSince < target.waitSince).length, estimatedWaitMinutes: 0 };
    return { ahead: estimate.ahead, estimatedWaitMinutes: Math.round(estimate.waitMs / MINUTE) };
  }

  /** Mean call → finish of each service's latest done tickets today, ms. */
  handleTimes(day: string): Map<string, number> {
    const rows = this.sql(
      `SELECT t.service_id AS serviceId, t.finished_at - t.called_at AS ms FROM events e JOIN tickets t ON t.id = e.ticket_id
       WHERE e.business_day = ? AND e.type = 'ticket.done' AND t.called_at IS NOT NULL ORDER BY e.id DESC LIMIT ${DONE_SCAN}`,
    ).all(day) as { serviceId: string; ms: number }[];
    const samples = new Map<string, number[]>();
    for (const r of rows) {
      const list = samples.get(r.serviceId) ?? [];
      if (list.length < HANDLE_SAMPLE) list.push(r.ms);
      samples.set(r.serviceId, list);
    }
    return new Map([...samples].map(([id, list]) => [id, list.reduce((a, b) => a + b, 0) / list.length]));
  }

  private openWindows(day: string, policy: CallPolicy, now: number, handleMs: (serviceId: string) => number): SimWindow[] {
    const rows = this.sql(
      `SELECT w.number, w.clerk_id, t.service_id AS serviceId, t.called_at AS calledAt FROM windows w LEFT JOIN tickets t ON t.id = w.current_ticket_id
       WHERE w.status = 'open' AND w.enabled = 1`,
    ).all() as { number: number; clerk_id: string | null; serviceId: string | null; calledAt: number | null }[];
    // One pass over the waiting tickets for all windows (the waiting list above is read whole anyway).
    const directed = this.sql(
      `SELECT only_window AS windowNo, only_clerk AS clerkId, service_id AS serviceId FROM tickets
       WHERE state = 'waiting' AND (only_window IS NOT NULL OR only_clerk IS NOT NULL) ORDER BY wait_since, id`,
    ).all() as { windowNo: number | null; clerkId: string | null; serviceId: string }[];
    const directedAt = (w: { number: number; clerk_id: string | null }) =>
      directed.filter((d) => d.windowNo === w.number || (d.clerkId !== null && d.clerkId === w.clerk_id)).map((d) => d.serviceId);
    return rows.map((r) => ({
      number: r.number,
      skills: this.config.skills(r.number),
      streak: callStreak(this.sql, r.number, day, policy.priorityStreakMax),
      freeAt: r.serviceId !== null && r.calledAt !== null ? Math.max(now, r.calledAt + handleMs(r.serviceId)) : now,
      directed: directedAt(r),
    }));
  }

  private allWindows(now: number): SimWindow[] {
    const rows = this.sql('SELECT number FROM windows WHERE enabled = 1').all() as { number: number }[];
    return rows.map((r) => ({ number: r.number, skills: this.config.skills(r.number), streak: 0, freeAt: now }));
  }
}
