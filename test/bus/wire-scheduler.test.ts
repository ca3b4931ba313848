// The wire scheduler on its own: keyed jobs replaced in place (latest wins, no starving), urgent
// jobs first, the wire time and gap kept, a failing job reported without stopping the rest, a write
// past its deadline failed and recorded as a fault. Timing runs on fake timers (setTimeout and
// performance.now), so the spacing is checked exactly and nothing waits on the wall clock.
import { afterEach, expect, test, vi } from 'vitest';
import { MemoryTransport } from '../../native/transport/transport';
import { WireScheduler, wireTimeMs } from '../../native/transport/wire-scheduler';

afterEach(() => {
  vi.useRealTimers();
});

const fakeTime = () => vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] });

/** Runs fake time until `promise` settles. */
async function until<T>(promise: Promise<T>): Promise<T> {
  let done = false;
  void promise.finally(() => (done = true)).catch(() => {});
  while (!done) await vi.advanceTimersByTimeAsync(1);
  return promise;
}

async function connected() {
  const [host, device] = MemoryTransport.pair('wire');
  await host.open();
  await device.open();
  return host;
}

test('9600 baud 8N1: a byte takes 1.04 ms', () => {
  expect(wireTimeMs(1, 9600)).toBeCloseTo(1.0417, 4);
  expect(wireTimeMs(96, 9600)).toBe(100);
});

test('a waiting job is replaced in place by a newer one with its key; urgent jobs jump the queue', async () => {
  const host = await connected();
  const order: string[] = [];
  const errors: string[] = [];
  const scheduler = new WireScheduler(host, { baud: 115200, gapMs: 0 }, (key, e) => errors.push(`${key}: ${e.message}`));
  const job = (name: string) => async () => void order.push(name);
  scheduler.put('a', job('a1')); // starts at once
  scheduler.put('b', job('b1'));
  scheduler.put('c', job('c1'));
  scheduler.put('b', job('b2')); // replaces b1, keeps b's place before c
  scheduler.put('echo', job('echo'), true);
  scheduler.put('d', async () => {
    throw new Error('boom');
  });
  scheduler.put('e', job('e1'));
  expect(scheduler.busy).toBe(true);
  await scheduler.idle();
  expect(order).toEqual(['a1', 'echo', 'b2', 'c1', 'e1']);
  expect(errors).toEqual(['d: boom']);
  expect(scheduler.busy).toBe(false);
});

test('frames are spaced by their wire time plus the gap; an answer heard restarts the gap', async () => {
  fakeTime();
  const host = await connected();
  const scheduler = new WireScheduler(host, { baud: 9600, gapMs: 30 }, () => {});
  const t0 = performance.now();
  const sentAt: number[] = [];
  const write = host.write.bind(host);
  host.write = (bytes) => (sentAt.push(performance.now() - t0), write(bytes));
  const frame = Buffer.alloc(48); // 50 ms at 9600
  for (const key of ['a', 'b', 'c']) {
    scheduler.put(key, async (wire) => {
      await wire.send(frame);
      if (key === 'b') {
        await new Promise((resolve) => setTimeout(resolve, 5)); // a device answers 5 ms after b's last byte
        scheduler.heard(); // c waits its gap from here
      }
    });
  }
  await until(scheduler.idle());
  // a at 0; b after a's 50 ms and the 30 ms gap; c after b's 50 ms, the 5 ms answer and its 30 ms gap.
  expect(sentAt).toEqual([0, 80, 165]);
  expect(scheduler.stats).toMatchObject({ frames: 3, bytes: 144, timeouts: 0 });
  expect(scheduler.stats.wireMs).toBeCloseTo(150, 6);
});

test('a write that never completes fails at its deadline (bytes at the baud plus the margin), is a fault until a frame goes out, and the queue goes on', async () => {
  fakeTime();
  const host = await connected();
  const write = host.write.bind(host);
  host.write = () => new Promise(() => {}); // wedged, and this transport has no deadline of its own
  const errors: string[] = [];
  let faults = 0;
  const scheduler = new WireScheduler(
    host,
    { baud: 9600, gapMs: 0, writeMarginMs: 100 },
    (key, e) => errors.push(`${key}: ${e.message}`),
    () => faults++,
  );
  scheduler.put('x', (wire) => wire.send(new Uint8Array(48))); // 50 ms on the wire: deadline 150 ms
  await vi.advanceTimersByTimeAsync(149);
  expect(scheduler.healthy).toBe(true);
  expect(errors).toEqual([]);
  await vi.advanceTimersByTimeAsync(1);
  await new Promise((resolve) => setImmediate(resolve)); // the deadline's last look, after pending I/O
  expect(errors).toEqual(['x: memory:wire:a: 48 bytes not written within 150 ms']);
  expect(scheduler.fault).toMatchObject({ code: 'write_timeout' });
  expect(scheduler.healthy).toBe(false);
  expect(scheduler.stats.timeouts).toBe(1);
  expect(faults).toBe(1);
  expect(scheduler.busy).toBe(false); // never stuck

  host.write = write;
  scheduler.put('y', (wire) => wire.send(new Uint8Array(1)));
  await until(scheduler.idle());
  expect(scheduler.fault).toBeNull();
  expect(scheduler.healthy).toBe(true);
  expect(faults).toBe(2);
  expect(scheduler.stats.frames).toBe(1);
});

test('a write on a dropped link fails the job, not the scheduler', async () => {
  const host = await connected();
  const errors: string[] = [];
  const scheduler = new WireScheduler(host, { baud: 9600, gapMs: 0 }, (key, e) => errors.push(`${key}: ${e.message}`));
  host.unplug();
  scheduler.put('x', (wire) => wire.send(Buffer.from([1])));
  await scheduler.idle();
  expect(errors).toEqual(['x: memory:wire:a is not connected']);
  expect(scheduler.fault).toBeNull(); // a link that is down is not a stuck bus
});
