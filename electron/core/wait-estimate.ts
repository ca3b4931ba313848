// "前面还有 N 人 / 预计等候 M 分钟" as a pure function: a small deterministic simulation of the call
// policy (policy.ts) over the open windows, with no arrivals after now. Each window calls as soon as it
// is free (its current ticket expected done after its service's typical handling time), picks exactly
// as pickNext would with its own streak, and is then busy for the typical handling time of what it
// called. The estimate for a ticket is when it would be called; "ahead" counts the tickets called before
// it by the windows that serve its service (whatever their service: in skill mode a window serves
// several), since only those stand between the resident and a window.
import { isUrgent, pickNext, type Candidate, type CallPolicy, type WindowSkills } from './policy';

export interface SimWindow {
  number: number;
  skills: WindowSkills;
  /** Urgent calls in a row it made last (call-streak.ts). */
  streak: number;
  /** When it is expected to be free to call (now, or when its current ticket should be done). */
  freeAt: number;
  /** Services of the tickets transferred to this window or its clerk: it calls them first (queue-heads.ts directedTo). */
  directed?: readonly string[];
}

export interface WaitInput {
  now: number;
  policy: CallPolicy;
  /** Every waiting ticket of the hall (the target among them or not). */
  waiting: readonly Candidate[];
  /** The open windows. */
  windows: readonly SimWindow[];
  /** Typical time a window is busy with one ticket of this service, ms. */
  handleMs: (serviceId: string) => number;
}

export interface WaitEstimate {
  ahead: number;
  waitMs: number;
}

const servesIt = (w: SimWindow, serviceId: string) => w.skills.primary.includes(serviceId) || w.skills.backup.includes(serviceId);

/**
 * When `target` would be called. If no open window serves its service, null: the caller decides what
 * to say (wait-estimates.ts falls back to the windows that would serve it as if they opened now).
 */
export function estimateWait(input: WaitInput, target: Candidate): WaitEstimate | null {
  const windows = input.windows.map((w) => ({ ...w, freeAt: Math.max(w.freeAt, input.now), directed: [...(w.directed ?? [])] }));
  if (!windows.some((w) => servesIt(w, target.serviceId))) return null;
  // As the engine does (queue-heads.ts), the policy sees the head of each (service, class) queue: within
  // one the longest-waiting goes first. So each step looks at a few heads, not every waiting ticket,
  // and issuing stays fast with hundreds waiting.
  const queues = new Map<string, Candidate[]>();
  for (const c of [...input.waiting.filter((c) => c.id !== target.id), target]) {
    const key = `${c.serviceId}\u0000${c.priority}`;
    const queue = queues.get(key);
    if (queue) queue.push(c);
    else queues.set(key, [c]);
  }
  for (const queue of queues.values()) queue.sort((a, b) => a.waitSince - b.waitSince || a.id - b.id);
  const heads = () => [...queues.values()].flatMap((queue) => (queue.length > 0 ? [queue[0]!] : []));
  let ahead = 0;
  while (windows.length > 0) {
    // The window free first calls next (ties: the lower window number, as deterministic as any).
    windows.sort((a, b) => a.freeAt - b.freeAt || a.number - b.number);
    const w = windows[0]!;
    const directed = w.directed.shift();
    if (directed !== undefined) {
      // A ticket sent to this window is called before its queues: the window is busy with it first.
      if (servesIt(w, target.serviceId)) ahead += 1;
      w.freeAt += input.handleMs(directed);
      continue;
    }
    const next = pickNext(heads(), w.skills, input.policy, w.freeAt, w.streak);
    if (!next) {
      windows.shift(); // nothing left it serves: it stays idle (no arrivals are simulated)
      continue;
    }
    if (next.id === target.id) return { ahead, waitMs: w.freeAt - input.now };
    if (servesIt(w, target.serviceId)) ahead += 1;
    queues.get(`${next.serviceId}\u0000${next.priority}`)!.shift();
    w.streak = isUrgent(next, w.freeAt) ? w.streak + 1 : 0;
    w.freeAt += input.handleMs(next.serviceId);
  }
  return null; // unreachable: a window serving the target calls it at the latest when nothing else is left
}
