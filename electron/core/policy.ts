// The call policy: which waiting ticket a window calls next. Pure functions, no I/O, so every rule
// of the hall can be tested on its own. The engine hands it the head of each (service, class) queue,
// which is enough because within one service and class the longest-waiting ticket always wins.
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
  /** 'skill': priority, then primary, then backup; 'pure': global longest wait over all served. */
  mode: 'skill' | 'pure';
  /** A ticket waiting at least this long goes first whatever its class; null disables the override. */
  maxWaitMs: number | null;
}

const serves = (skills: WindowSkills, serviceId: string) => skills.primary.includes(serviceId) || skills.backup.includes(serviceId);

function isUrgent(c: Candidate, now: number): boolean {
  if (c.priority === 'priority') return true;
  return c.priority === 'appointment' && (c.dueAt === null || c.dueAt <= now);
}

/** Lower goes first: 0 overdue (or everything in pure mode), 1 priority/due appointment, 2 primary, 3 backup. */
function tier(c: Candidate, skills: WindowSkills, policy: CallPolicy, now: number): number {
  if (policy.mode === 'pure') return 0;
  if (policy.maxWaitMs !== null && now - c.waitSince >= policy.maxWaitMs) return 0;
  if (isUrgent(c, now)) return 1;
  return skills.primary.includes(c.serviceId) ? 2 : 3;
}

/** The tickets this window may call, in the order it would call them. */
export function callOrder(candidates: readonly Candidate[], skills: WindowSkills, policy: CallPolicy, now: number): Candidate[] {
  return candidates
    .filter((c) => serves(skills, c.serviceId))
    .map((c) => ({ c, t: tier(c, skills, policy, now) }))
    .sort((a, b) => a.t - b.t || a.c.waitSince - b.c.waitSince || a.c.id - b.c.id)
    .map(({ c }) => c);
}

export function pickNext(candidates: readonly Candidate[], skills: WindowSkills, policy: CallPolicy, now: number): Candidate | null {
  return callOrder(candidates, skills, policy, now)[0] ?? null;
}
