// The call policy: which waiting ticket a window calls next. Pure functions, no I/O, so every rule
// of the hall can be tested on its own. The engine hands it the head of each (service, class) queue,
// which is enough because within one service and class the longest-waiting ticket always wins.
//
// The rule in 'skill' mode (docs/API.md, "Call policy"), for one window:
// - Urgent tickets are the 绿色通道 class 'priority' and appointments whose slot has started (dueAt ≤ now).
// - The window's streak S is how many of its latest calls today, in a row, were urgent (callStreak.ts
//   derives it from the tickets table, never a kept counter).
// - A normal ticket is held back too long once it has waited at least maxWait (with the max-wait
//   override off, maxWaitMs null, as soon as it waits at all: nobody is ever starved).
// - If the window may serve an urgent ticket and not (S ≥ priorityStreakMax and a normal ticket it
//   serves is held back too long), it calls the urgent ticket that waited longest.
// - Otherwise it calls from the normal queue: overdue tickets first (longest wait), then its A岗
//   primary services, then its X岗 backup services, each by longest wait.
// So under a continuous stream of urgent tickets a window makes at most priorityStreakMax urgent calls
// in a row while normal tickets wait beyond the max wait, then one normal call; with no normal ticket
// waiting that long, urgent tickets are never held back. Ties: earlier waitSince, then lower id.
// 'pure' mode (一窗通办 strict): global longest wait over everything the window serves, no classes.
import type { PriorityClass } from '../contract';

export interface Candidate {
  id: number;
  serviceId: string;
  priority: PriorityClass;
  /** When this ticket started waiting (a transferred ticket keeps its original time). */
  waitSince: number;
  /** For appointments: the booked time; an appointment counts as priority once due. */
  dueAt: number | null;
}

export interface WindowSkills {
  /** A岗: services this window serves first. */
  primary: readonly string[];
  /** X岗: services it serves when its primary queues are empty. */
  backup: readonly string[];
}

export interface CallPolicy {
  /** 'skill': the rule above; 'pure': global longest wait over all served. */
  mode: 'skill' | 'pure';
  /** A normal ticket waiting at least this long goes first among normal ones and ends an urgent streak; null disables. */
  maxWaitMs: number | null;
  /** At most this many urgent calls in a row per window while a normal ticket waits beyond the max wait (≥ 1). */
  priorityStreakMax: number;
}

const serves = (skills: WindowSkills, serviceId: string) => skills.primary.includes(serviceId) || skills.backup.includes(serviceId);

/** 绿色通道 tickets and appointments whose slot has started. */
export function isUrgent(c: Pick<Candidate, 'priority' | 'dueAt'>, now: number): boolean {
  if (c.priority === 'priority') return true;
  return c.priority === 'appointment' && (c.dueAt === null || c.dueAt <= now);
}

const byWait = (a: Candidate, b: Candidate) => a.waitSince - b.waitSince || a.id - b.id;

function overdue(c: Candidate, policy: CallPolicy, now: number): boolean {
  return policy.maxWaitMs === null || now - c.waitSince >= policy.maxWaitMs;
}

/** Lower goes first among normal tickets: 0 overdue, 1 primary, 2 backup. */
function normalTier(c: Candidate, skills: WindowSkills, policy: CallPolicy, now: number): number {
  if (policy.maxWaitMs !== null && now - c.waitSince >= policy.maxWaitMs) return 0;
  return skills.primary.includes(c.serviceId) ? 1 : 2;
}

/**
 * The ticket this window calls next, given `streak`: how many of its latest calls in a row were urgent.
 * Null when it serves nothing that waits.
 */
export function pickNext(candidates: readonly Candidate[], skills: WindowSkills, policy: CallPolicy, now: number, streak = 0): Candidate | null {
  const served = candidates.filter((c) => serves(skills, c.serviceId));
  if (served.length === 0) return null;
  if (policy.mode === 'pure') return [...served].sort(byWait)[0] ?? null;
  const urgent = served.filter((c) => isUrgent(c, now)).sort(byWait);
  const normal = served
    .filter((c) => !isUrgent(c, now))
    .map((c) => ({ c, t: normalTier(c, skills, policy, now) }))
    .sort((a, b) => a.t - b.t || byWait(a.c, b.c))
    .map(({ c }) => c);
  const normalHeldTooLong = normal.some((c) => overdue(c, policy, now));
  if (urgent.length > 0 && !(streak >= policy.priorityStreakMax && normalHeldTooLong)) return urgent[0] ?? null;
  return normal[0] ?? urgent[0] ?? null;
}

/**
 * The tickets this window may call, in the order it would call them if nothing else changed: each pick
 * as pickNext with the streak it would then have (an urgent call adds one, a normal call ends it).
 */
export function callOrder(candidates: readonly Candidate[], skills: WindowSkills, policy: CallPolicy, now: number, streak = 0): Candidate[] {
  const left = candidates.filter((c) => serves(skills, c.serviceId));
  const order: Candidate[] = [];
  let run = streak;
  while (left.length > 0) {
    const next = pickNext(left, skills, policy, now, run)!;
    order.push(next);
    left.splice(left.indexOf(next), 1);
    run = isUrgent(next, now) ? run + 1 : 0;
  }
  return order;
}
