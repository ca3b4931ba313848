// The wait estimate as a pure simulation of the call policy over the open windows: hand-built queues
// with known answers.
import { describe, expect, test } from 'vitest';
import type { Candidate, CallPolicy } from '../../electron/core/policy';
import { estimateWait, type SimWindow, type WaitInput } from '../../electron/core/wait-estimate';

const MIN = 60_000;
const NOW = 1_000 * MIN;
const policy: CallPolicy = { mode: 'skill', maxWaitMs: 30 * MIN, priorityStreakMax: 2 };
const handleMs = (serviceId: string) => (serviceId === 'Z' ? 2 : 6) * MIN;

let nextId = 1;
function c(serviceId: string, waited: number, priority: Candidate['priority'] = 'normal'): Candidate {
  return { id: nextId++, serviceId, priority, waitSince: NOW - waited * MIN, dueAt: null };
}
const win = (number: number, primary: string[], backup: string[], busyFor = 0, streak = 0): SimWindow => ({
  number,
  skills: { primary, backup },
  streak,
  freeAt: NOW + busyFor * MIN,
});
const input = (waiting: Candidate[], windows: SimWindow[], p: CallPolicy = policy): WaitInput => ({ now: NOW, policy: p, waiting, windows, handleMs });
const minutes = (e: { ahead: number; waitMs: number } | null) => e && { ahead: e.ahead, minutes: e.waitMs / MIN };

describe('estimateWait', () => {
  test('an idle window and an empty queue: called at once, nobody ahead', () => {
    const me = c('A', 0);
    expect(minutes(estimateWait(input([me], [win(1, ['A'], [])]), me))).toEqual({ ahead: 0, minutes: 0 });
  });

  test('one window: everyone it calls first is ahead, each for their own service’s handling time', () => {
    const queue = [c('A', 10), c('Z', 8), c('A', 5)];
    const me = c('A', 0);
    // Window 1 (A岗 A, X岗 Z) calls A(10), A(5), then me; Z(8) is backup and waits: 2 ahead, 12 minutes.
    expect(minutes(estimateWait(input([...queue, me], [win(1, ['A'], ['Z'])]), me))).toEqual({ ahead: 2, minutes: 12 });
    // As the primary service of a Z window, Z goes first: 6 + 2 + 6.
    const z = win(1, ['Z'], ['A']);
    expect(minutes(estimateWait(input([...queue, me], [z]), me))).toEqual({ ahead: 3, minutes: 14 });
  });

  test('other services count when the window serving me serves them too (skill mode)', () => {
    const b = c('B', 20);
    const me = c('A', 0);
    // Window 1 serves A and B as A岗: B waited longer and goes first.
    expect(minutes(estimateWait(input([b, me], [win(1, ['A', 'B'], [])]), me))).toEqual({ ahead: 1, minutes: 6 });
    // A window that serves only B takes it: nobody ahead at mine.
    expect(minutes(estimateWait(input([b, me], [win(1, ['A'], []), win(2, ['B'], [])]), me))).toEqual({ ahead: 0, minutes: 0 });
  });

  test('a busy window calls when its current ticket should be done; the one free first takes the next', () => {
    const queue = [c('A', 9), c('A', 8)];
    const me = c('A', 0);
    // Window 1 free in 1 minute, window 2 in 4: w1 takes A(9) at 1, w2 A(8) at 4, w1 me at 7.
    const e = estimateWait(input([...queue, me], [win(1, ['A'], [], 1), win(2, ['A'], [], 4)]), me);
    expect(minutes(e)).toEqual({ ahead: 2, minutes: 7 });
  });

  test('tickets transferred to a window are called there first, whatever its skills: it is busy with them before its queue', () => {
    const me = c('A', 0);
    // Window 1 holds a transferred Z (2 min) and a transferred B (6 min): me after 8 minutes, 2 ahead.
    const w1 = { ...win(1, ['A'], []), directed: ['Z', 'B'] };
    expect(minutes(estimateWait(input([me], [w1]), me))).toEqual({ ahead: 2, minutes: 8 });
    // A second free window serving A calls me at once (window 1's first transferred ticket goes in the same instant, before me).
    expect(minutes(estimateWait(input([me], [w1, win(2, ['A'], [])]), me))).toEqual({ ahead: 1, minutes: 0 });
    expect(w1.directed).toEqual(['Z', 'B']); // the input is not modified
  });

  test('绿色通道: a priority ticket goes before the normal queue, but after the window’s streak limit an overdue normal ticket goes first', () => {
    const overdue = c('A', 40);
    const me = c('A', 0, 'priority');
    expect(minutes(estimateWait(input([overdue, me], [win(1, ['A'], [])]), me))).toEqual({ ahead: 0, minutes: 0 });
    expect(minutes(estimateWait(input([overdue, me], [win(1, ['A'], [], 0, 2)]), me))).toEqual({ ahead: 1, minutes: 6 });
    // A normal ticket behind three priority ones and an overdue one at a window with no streak: P, P, overdue, P, me.
    const ps = [c('A', 3, 'priority'), c('A', 2, 'priority'), c('A', 1, 'priority')];
    const mine = c('A', 0);
    expect(minutes(estimateWait(input([overdue, ...ps, mine], [win(1, ['A'], [])]), mine))).toEqual({ ahead: 4, minutes: 24 });
  });

  test('windows that do not serve my service are no help and no obstacle', () => {
    const me = c('C', 0);
    const other = c('A', 30);
    expect(minutes(estimateWait(input([other, me], [win(1, ['A'], []), win(2, ['C'], [], 3)]), me))).toEqual({ ahead: 0, minutes: 3 });
  });

  test('no open window serving the service: null', () => {
    const me = c('D', 0);
    expect(estimateWait(input([me], [win(1, ['A'], ['Z'])]), me)).toBeNull();
    expect(estimateWait(input([me], []), me)).toBeNull();
  });

  test('the target need not be in the waiting list yet, and the input is not modified', () => {
    const queue = [c('A', 5)];
    const windows = [win(1, ['A'], [])];
    const copy = structuredClone({ queue, windows });
    expect(minutes(estimateWait(input(queue, windows), c('A', 0)))).toEqual({ ahead: 1, minutes: 6 });
    expect({ queue, windows }).toEqual(copy);
  });
});
