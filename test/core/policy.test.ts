// The call policy as pure functions: which waiting ticket a window calls next.
import { describe, expect, test } from 'vitest';
import { callOrder, pickNext, type Candidate, type CallPolicy, type WindowSkills } from '../../electron/core/policy';

const MIN = 60_000;
const NOW = 1_000 * MIN;
const skill: CallPolicy = { mode: 'skill', maxWaitMs: 30 * MIN, priorityStreakMax: 2 };
const pure: CallPolicy = { mode: 'pure', maxWaitMs: 30 * MIN, priorityStreakMax: 2 };
const noOverride: CallPolicy = { mode: 'skill', maxWaitMs: null, priorityStreakMax: 2 };
/** Window 1 of the demo hall: A and B as A岗, the rest as X岗. */
const w1: WindowSkills = { primary: ['A', 'B'], backup: ['C', 'Z'] };

/** A candidate that has waited `waited` minutes at NOW. */
function c(id: number, serviceId: string, waited: number, priority: Candidate['priority'] = 'normal', dueInMin: number | null = null): Candidate {
  const dueAt = priority === 'appointment' ? (dueInMin === null ? NOW - waited * MIN : NOW + dueInMin * MIN) : null;
  return { id, serviceId, priority, waitSince: NOW - waited * MIN, dueAt };
}

const ids = (list: Candidate[]) => list.map((x) => x.id);

describe('pickNext in skill mode', () => {
  const cases: { name: string; candidates: Candidate[]; expected: number | null; policy?: CallPolicy; skills?: WindowSkills }[] = [
    { name: 'empty input gives null', candidates: [], expected: null },
    { name: 'nothing the window serves gives null', candidates: [c(1, 'D', 20), c(2, 'E', 25)], expected: null },
    { name: 'A岗 primary before X岗 backup even when the backup waited longer', candidates: [c(1, 'C', 20), c(2, 'A', 5)], expected: 2 },
    { name: 'backup is served when the primary queues are empty', candidates: [c(1, 'Z', 3), c(2, 'D', 29)], expected: 1 },
    { name: 'priority class before primary', candidates: [c(1, 'A', 25), c(2, 'C', 1, 'priority')], expected: 2 },
    { name: 'a due appointment before primary', candidates: [c(1, 'A', 25), c(2, 'Z', 1, 'appointment', -1)], expected: 2 },
    { name: 'an appointment due exactly now counts as due', candidates: [c(1, 'A', 25), c(2, 'Z', 1, 'appointment', 0)], expected: 2 },
    { name: 'an appointment not yet due counts as normal (backup)', candidates: [c(1, 'A', 2), c(2, 'Z', 20, 'appointment', 5)], expected: 1 },
    {
      name: 'an appointment not yet due counts as normal (primary, longest wait wins)',
      candidates: [c(1, 'A', 2), c(2, 'B', 20, 'appointment', 5)],
      expected: 2,
    },
    { name: 'a not-yet-due appointment never beats a priority ticket', candidates: [c(1, 'B', 20, 'appointment', 5), c(2, 'C', 1, 'priority')], expected: 2 },
    { name: 'priority and due appointment tie on longest wait', candidates: [c(1, 'A', 4, 'priority'), c(2, 'C', 6, 'appointment', -1)], expected: 2 },
    { name: 'priority before an overdue normal ticket while the streak is short', candidates: [c(1, 'A', 1, 'priority'), c(2, 'C', 30)], expected: 1 },
    { name: 'max-wait override beats primary', candidates: [c(1, 'A', 29), c(2, 'Z', 31)], expected: 2 },
    { name: 'just under max wait is no override', candidates: [c(1, 'A', 1), { ...c(2, 'Z', 30), waitSince: NOW - 30 * MIN + 1 }], expected: 1 },
    { name: 'several overdue: the longest wait first', candidates: [c(1, 'A', 31), c(2, 'C', 45), c(3, 'Z', 40)], expected: 2 },
    { name: 'maxWait null disables the override', policy: noOverride, candidates: [c(1, 'A', 1), c(2, 'C', 300)], expected: 1 },
    { name: 'maxWait null still puts priority first', policy: noOverride, candidates: [c(1, 'A', 100), c(2, 'C', 1, 'priority')], expected: 2 },
    { name: 'within primary: longest wait across services', candidates: [c(1, 'A', 5), c(2, 'B', 7)], expected: 2 },
    { name: 'equal wait: lowest id', candidates: [c(9, 'B', 5), c(4, 'A', 5), c(6, 'A', 5)], expected: 4 },
    { name: 'a window with no skills calls nothing', skills: { primary: [], backup: [] }, candidates: [c(1, 'A', 50, 'priority')], expected: null },
    { name: 'an overdue ticket of an unserved service is never called', candidates: [c(1, 'D', 500), c(2, 'Z', 1)], expected: 2 },
    { name: 'a priority ticket of an unserved service is never called', candidates: [c(1, 'D', 1, 'priority'), c(2, 'C', 1)], expected: 2 },
  ];
  test.each(cases)('$name', ({ candidates, expected, policy = skill, skills = w1 }) => {
    expect(pickNext(candidates, skills, policy, NOW)?.id ?? null).toBe(expected);
    // With no normal ticket waiting too long, a streak of urgent calls changes nothing.
    if (!candidates.some((x) => x.priority === 'normal' && (policy.maxWaitMs === null || NOW - x.waitSince >= policy.maxWaitMs))) {
      expect(pickNext(candidates, skills, policy, NOW, 99)?.id ?? null).toBe(expected);
    }
  });

  test('the input order does not matter', () => {
    const list = [c(1, 'C', 40), c(2, 'A', 3), c(3, 'B', 3, 'priority'), c(4, 'Z', 10), c(5, 'A', 8), c(6, 'D', 99)];
    const expected = ids(callOrder(list, w1, skill, NOW));
    expect(expected).toEqual([3, 1, 5, 2, 4]);
    for (let i = 0; i < list.length; i++) {
      const rotated = [...list.slice(i), ...list.slice(0, i)].reverse();
      expect(ids(callOrder(rotated, w1, skill, NOW))).toEqual(expected);
    }
  });

  test('the input is not modified', () => {
    const list = [c(1, 'C', 1), c(2, 'A', 2)];
    const copy = structuredClone(list);
    callOrder(list, w1, skill, NOW);
    expect(list).toEqual(copy);
  });
});

describe('callOrder', () => {
  test('urgent first (up to the streak maximum), then overdue, primary, backup; unserved dropped', () => {
    const list = [
      c(1, 'Z', 2), // backup
      c(2, 'A', 2), // primary
      c(3, 'C', 2, 'priority'), // priority on a backup service
      c(4, 'A', 40), // overdue
      c(5, 'B', 10, 'appointment', 10), // appointment not due: plain primary
      c(6, 'Z', 5, 'appointment', -2), // due appointment
      c(7, 'E', 90, 'priority'), // not served by this window
      c(8, 'C', 3), // backup, waited longer than 1
    ];
    expect(ids(callOrder(list, w1, skill, NOW))).toEqual([6, 3, 4, 5, 2, 8, 1]);
    // A window that just made two urgent calls serves the overdue normal ticket first.
    expect(ids(callOrder(list, w1, skill, NOW, 2))).toEqual([4, 6, 3, 5, 2, 8, 1]);
  });

  test('time moving on turns a normal ticket overdue and an appointment due', () => {
    const list = [c(1, 'A', 10, 'priority'), c(2, 'Z', 25), c(3, 'Z', 1, 'appointment', 8)];
    expect(ids(callOrder(list, w1, skill, NOW))).toEqual([1, 2, 3]);
    expect(ids(callOrder(list, w1, skill, NOW + 5 * MIN))).toEqual([1, 2, 3]);
    expect(ids(callOrder(list, w1, skill, NOW + 5 * MIN, 2))).toEqual([2, 1, 3]); // Z 25 is now overdue
    expect(ids(callOrder(list, w1, skill, NOW + 8 * MIN))).toEqual([1, 3, 2]);
    expect(ids(callOrder([c(1, 'A', 10), c(3, 'Z', 1, 'appointment', 8)], w1, skill, NOW + 8 * MIN))).toEqual([3, 1]);
  });

  test('a window with the same service as primary elsewhere sees it as backup here', () => {
    const list = [c(1, 'A', 9), c(2, 'C', 3)];
    expect(ids(callOrder(list, { primary: ['C'], backup: ['A'] }, skill, NOW))).toEqual([2, 1]);
    expect(ids(callOrder(list, { primary: ['A'], backup: ['C'] }, skill, NOW))).toEqual([1, 2]);
  });
});

describe("the 'pure' 通办 mode", () => {
  test('global longest wait over everything the window serves, ignoring class and A岗/X岗', () => {
    const list = [c(1, 'A', 5, 'priority'), c(2, 'Z', 12), c(3, 'B', 8), c(4, 'C', 12, 'appointment', -1), c(5, 'D', 60)];
    expect(ids(callOrder(list, w1, pure, NOW))).toEqual([2, 4, 3, 1]);
    expect(pickNext(list, w1, pure, NOW)?.id).toBe(2);
  });

  test('never calls a service the window does not serve', () => {
    expect(pickNext([c(1, 'D', 60), c(2, 'E', 70)], w1, pure, NOW)).toBeNull();
    expect(pickNext([], w1, pure, NOW)).toBeNull();
  });

  test('maxWait null changes nothing in pure mode', () => {
    const list = [c(1, 'A', 5), c(2, 'C', 6)];
    expect(ids(callOrder(list, w1, { mode: 'pure', maxWaitMs: null, priorityStreakMax: 2 }, NOW))).toEqual([2, 1]);
  });
});
