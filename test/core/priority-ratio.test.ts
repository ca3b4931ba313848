// The 绿色通道 ratio of the call policy under a continuous stream of priority tickets: normal tickets
// still get called (at most priorityStreakMax urgent calls in a row once they wait beyond the max wait),
// nobody starves, and with no normal ticket waiting that long, priority is never held back.
import { describe, expect, test } from 'vitest';
import { isUrgent, pickNext, type Candidate, type CallPolicy, type WindowSkills } from '../../electron/core/policy';

const MIN = 60_000;
const w: WindowSkills = { primary: ['A'], backup: ['Z'] };

/** One window calling every 5 minutes; a new priority ticket arrives every `priorityEvery` minutes. */
function run(policy: CallPolicy, opts: { minutes: number; priorityEvery: number; normals: number; normalEvery?: number }) {
  let id = 0;
  const waiting: Candidate[] = [];
  const calls: { c: Candidate; at: number }[] = [];
  for (let i = 0; i < opts.normals; i++) waiting.push({ id: ++id, serviceId: 'A', priority: 'normal', waitSince: 0, dueAt: null });
  let streak = 0;
  for (let t = 0; t <= opts.minutes; t++) {
    const now = t * MIN;
    if (t % opts.priorityEvery === 0) waiting.push({ id: ++id, serviceId: t % 2 ? 'A' : 'Z', priority: 'priority', waitSince: now, dueAt: null });
    if (opts.normalEvery && t % opts.normalEvery === 0) waiting.push({ id: ++id, serviceId: 'A', priority: 'normal', waitSince: now, dueAt: null });
    if (t % 5 !== 0) continue;
    const next = pickNext(waiting, w, policy, now, streak);
    if (!next) continue;
    waiting.splice(waiting.indexOf(next), 1);
    calls.push({ c: next, at: now });
    streak = isUrgent(next, now) ? streak + 1 : 0;
  }
  return { calls, waiting };
}

/** The longest run of urgent calls made while some normal ticket had waited at least maxWait. */
function longestUrgentRunWhileOverdue(calls: { c: Candidate; at: number }[], maxWaitMs: number, normalsWaitingSince: (at: number) => number[]) {
  let longest = 0;
  let current = 0;
  for (const { c, at } of calls) {
    const overdue = normalsWaitingSince(at).some((since) => at - since >= maxWaitMs);
    if (c.priority === 'priority' && overdue) longest = Math.max(longest, ++current);
    else current = 0;
  }
  return longest;
}

describe.each([1, 2, 3])('priorityStreakMax %i under a continuous stream of priority tickets', (max) => {
  const policy: CallPolicy = { mode: 'skill', maxWaitMs: 30 * MIN, priorityStreakMax: max };

  test('normal tickets still get called, never more than max urgent calls in a row while they wait beyond the max wait', () => {
    // Priority arrives faster than the window can call: without the ratio the 20 normal tickets would never be called.
    const { calls, waiting } = run(policy, { minutes: 8 * 60, priorityEvery: 2, normals: 20 });
    const normalCalls = calls.filter((x) => x.c.priority === 'normal');
    expect(normalCalls).toHaveLength(20);
    expect(waiting.filter((c) => c.priority === 'normal')).toHaveLength(0);
    const normalsAt = (at: number) => normalCalls.filter((n) => n.at > at).map((n) => n.c.waitSince);
    expect(longestUrgentRunWhileOverdue(calls, 30 * MIN, normalsAt)).toBe(max);
    // Each normal ticket is called within max wait + (max + 1) calls of 5 minutes.
    for (const n of normalCalls) expect(n.at).toBeLessThanOrEqual(30 * MIN + 20 * (max + 1) * 5 * MIN);
  });

  test('no starvation with the max-wait override off: normal tickets get every (max + 1)th call', () => {
    const off: CallPolicy = { ...policy, maxWaitMs: null };
    const { calls } = run(off, { minutes: 4 * 60, priorityEvery: 1, normals: 0, normalEvery: 10 });
    const pattern = calls.slice(0, 3 * (max + 1)).map((x) => (x.c.priority === 'priority' ? 'P' : 'N'));
    expect(pattern.join('')).toBe(('P'.repeat(max) + 'N').repeat(3));
  });

  test('with no normal ticket waiting, priority is never held back', () => {
    const { calls } = run(policy, { minutes: 4 * 60, priorityEvery: 3, normals: 0 });
    expect(calls.length).toBeGreaterThan(40);
    expect(calls.every((x) => x.c.priority === 'priority')).toBe(true);
  });

  test('with normal tickets waiting less than the max wait, priority is never held back', () => {
    // A normal ticket every 5 minutes, called long before 30 minutes: priority always goes first.
    const { calls } = run(policy, { minutes: 4 * 60, priorityEvery: 10, normals: 0, normalEvery: 10 });
    for (const { c, at } of calls) {
      if (c.priority === 'normal') expect(at - c.waitSince).toBeLessThan(30 * MIN);
    }
    const priorityWaits = calls.filter((x) => x.c.priority === 'priority').map((x) => x.at - x.c.waitSince);
    expect(Math.max(...priorityWaits)).toBeLessThanOrEqual(5 * MIN);
  });
});
