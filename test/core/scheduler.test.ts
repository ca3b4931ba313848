// The hall's one scheduler: tasks run on the injected timers, a task that throws is logged by its
// name and runs again next time, and closing the hall cancels every timer at once.
import { expect, test } from 'vitest';
import { rmSync } from 'node:fs';
import { ManualClock } from '../../electron/core/clock';
import { openInspectableHall } from '../../electron/core/inspectable-hall';
import { Scheduler, type Timers } from '../../electron/core/scheduler';
import { makeTempDir, MONDAY_9AM } from '../support/hall';

/** Timers a test fires by hand, in the order they were set. */
function handTimers() {
  const live = new Map<number, { fn: () => void; ms: number }>();
  let next = 0;
  const timers: Timers = {
    set: (fn, ms) => (live.set(++next, { fn, ms }), next),
    clear: (handle) => void live.delete(handle as number),
  };
  const fireAll = () => {
    const due = [...live.entries()];
    for (const [handle] of due) live.delete(handle);
    for (const [, t] of due) t.fn();
  };
  return { timers, live, fireAll };
}

test('every() runs its task again after each period until cancelled', () => {
  const h = handTimers();
  const scheduler = new Scheduler(h.timers, () => {});
  let runs = 0;
  const cancel = scheduler.every('tick', 1000, () => runs++);
  expect([...h.live.values()].map((t) => t.ms)).toEqual([1000]);
  h.fireAll();
  h.fireAll();
  expect(runs).toBe(2);
  cancel();
  expect(h.live.size).toBe(0);
  h.fireAll();
  expect(runs).toBe(2);
});

test('a task that throws is logged by its name and still runs next time', () => {
  const h = handTimers();
  const logged: string[] = [];
  const scheduler = new Scheduler(h.timers, (message) => logged.push(message));
  let runs = 0;
  scheduler.every('rollover', 30_000, () => {
    runs++;
    throw new Error('database is locked');
  });
  h.fireAll();
  h.fireAll();
  expect(runs).toBe(2);
  expect(logged).toEqual(['rollover failed', 'rollover failed']);
});

test('close() cancels every timer, repeating or not, and sets none afterwards', () => {
  const h = handTimers();
  const scheduler = new Scheduler(h.timers, () => {});
  let runs = 0;
  scheduler.every('a', 1000, () => runs++);
  scheduler.set(() => runs++, 5000, 'b');
  expect(h.live.size).toBe(2);
  scheduler.close();
  expect(h.live.size).toBe(0);
  expect(scheduler.set(() => runs++, 1, 'late')).toBeNull();
  expect(h.live.size).toBe(0);
  expect(runs).toBe(0);
});

test("a timer's own clear() cancels just that one", () => {
  const h = handTimers();
  const scheduler = new Scheduler(h.timers, () => {});
  const fired: string[] = [];
  const a = scheduler.set(() => fired.push('a'), 10);
  scheduler.set(() => fired.push('b'), 20);
  scheduler.clear(a);
  scheduler.clear(a); // twice is harmless
  h.fireAll();
  expect(fired).toEqual(['b']);
});

test('the hall sets all its timers on its one scheduler, and closing the hall clears them all', () => {
  const h = handTimers();
  const dataDir = makeTempDir();
  try {
    const hall = openInspectableHall({ dataDir, demo: true, clock: new ManualClock(MONDAY_9AM), log: () => {}, timers: h.timers });
    // The rating timeouts (1 s), the hours' watch for openings and cutoffs (2 s), the live view's look at the waits
    // and the sync's deadline (15 s), the rollover (30 s), the staffing alerts' "is the hall open" (1 min), the
    // backup's disk check and the login throttle's prune (10 min).
    expect([...h.live.values()].map((t) => t.ms).sort((a, b) => a - b)).toEqual([1000, 2000, 15_000, 30_000, 60_000, 600_000, 600_000]);
    hall.close();
    expect(h.live.size).toBe(0);
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
});
