// The nightly schedule: wait for the window, send, retry failures with backoff inside the window, and
// "send now" at any hour. Timers are captured, so no test waits for a night.
import { afterEach, expect, test } from 'vitest';
import type { Timers } from '../../electron/core/scheduler';
import { SyncRunner } from '../../electron/sync/runner';
import type { TestHall } from '../support/hall';
import { HALL_ID, SECRET, hallWithClosedDays, startReceiver, type TestReceiver } from '../support/sync';

let t: TestHall | undefined;
let r: TestReceiver | undefined;
afterEach(async () => {
  await r?.close();
  t?.cleanup();
});

function capturedTimers() {
  const scheduled: { fn: () => void; ms: number }[] = [];
  const timers: Timers = { set: (fn, ms) => scheduled.push({ fn, ms }), clear: () => {} };
  return { timers, scheduled, fire: () => scheduled.at(-1)!.fn() };
}

const settings = (url: string) => ({
  url,
  hallId: HALL_ID,
  secret: SECRET,
  chunkSize: 500,
  deadAfter: 3,
  timeoutMs: 5000,
  window: { start: '01:00', end: '05:00' },
});

test('outside the window it waits for tonight; inside it sends, then waits for the next night', async () => {
  t = hallWithClosedDays(2);
  t.clock.set(Date.parse('2026-11-25T17:30:00+08:00'));
  r = await startReceiver({ now: () => t!.clock.now() });
  const { timers, scheduled } = capturedTimers();
  const runner = new SyncRunner(t.hall.db, t.clock, 'Asia/Shanghai', settings(r.url), undefined, timers);
  runner.start();
  expect(scheduled.at(-1)!.ms).toBe(Date.parse('2026-11-26T01:00:00+08:00') - t.clock.now());
  expect(runner.status()).toMatchObject({
    waiting: ['2026-11-23', '2026-11-24'],
    lastDelivered: null,
    nextAttemptAt: new Date('2026-11-26T01:00:00+08:00').toISOString(),
  });

  t.clock.set(Date.parse('2026-11-26T01:00:00+08:00'));
  expect((await runner.sendNow()).kind).toBe('delivered');
  expect(runner.status()).toMatchObject({ waiting: [], lastDelivered: '2026-11-24', lastError: null, running: false });
  expect(scheduled.at(-1)!.ms).toBe(24 * 3600_000);
});

test('failures retry with growing jittered delays inside the window, and stop at its end', async () => {
  t = hallWithClosedDays(1);
  t.clock.set(Date.parse('2026-11-24T04:00:00+08:00'));
  const { timers, scheduled } = capturedTimers();
  // Unreachable upstream, backoff from 1 min, the jitter's random fixed at 0.5.
  const unreachable = () =>
    new SyncRunner(t!.hall.db, t!.clock, 'Asia/Shanghai', settings('http://127.0.0.1:9'), undefined, timers, { initialMs: 60_000, maxMs: 3600_000 }, () => 0.5);
  const runner = unreachable();
  await runner.sendNow();
  expect(scheduled.at(-1)!.ms).toBe(60_000); // attempt 1: random 0.5 × 2 min
  await runner.sendNow();
  expect(scheduled.at(-1)!.ms).toBe(120_000); // attempt 2: 0.5 × 4 min
  expect(runner.status().lastError).toMatch(/unreachable/);
  t.clock.set(Date.parse('2026-11-24T04:59:00+08:00'));
  await runner.sendNow(); // manual: keeps retrying even past the window
  expect(scheduled.at(-1)!.ms).toBe(240_000);
  const automatic = unreachable();
  automatic.start(); // inside the window: runs at once
  scheduled.at(-1)!.fn();
  await automatic.sendNow(); // joins the run the timer started
  // The retry would fall after 05:00: it waits for tomorrow's window instead.
  expect(scheduled.at(-1)!.ms).toBe(Date.parse('2026-11-25T01:00:00+08:00') - t.clock.now());
});

test('the hall closing under an upload in flight ends it as a failed attempt, never an unhandled rejection', async () => {
  t = hallWithClosedDays(1);
  r = await startReceiver({ now: () => t!.clock.now() });
  const { timers } = capturedTimers();
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  let entered!: () => void;
  const inFlight = new Promise<void>((resolve) => (entered = resolve));
  const slowFetch: typeof fetch = async (...args) => {
    entered();
    await held;
    return fetch(...args);
  };
  const runner = new SyncRunner(t.hall.db, t.clock, 'Asia/Shanghai', settings(r.url), undefined, timers, undefined, undefined, slowFetch);
  const sending = runner.sendNow();
  await inFlight; // the upload is on the wire
  runner.stop();
  t.hall.close(); // as the hall does on quit: the runner first, then the database
  release();
  expect(await sending).toMatchObject({ kind: 'failed', retry: true, error: expect.stringMatching(/^sync fault: .*not open/) });
});
