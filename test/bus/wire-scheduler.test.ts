// The wire scheduler on its own: keyed jobs replaced in place (latest wins, no starving), urgent
// jobs first, the wire time and gap kept, a failing job reported without stopping the rest.
import { expect, test } from 'vitest';
import { MemoryTransport } from '../../native/transport/transport';
import { WireScheduler, wireTimeMs } from '../../native/transport/wire-scheduler';

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
  const host = await connected();
  const scheduler = new WireScheduler(host, { baud: 9600, gapMs: 30 }, () => {});
  const sentAt: number[] = [];
  const frame = Buffer.alloc(48); // 50 ms at 9600
  for (const key of ['a', 'b', 'c']) {
    scheduler.put(key, async (wire) => {
      sentAt.push(performance.now());
      await wire.send(frame);
      if (key === 'b') {
        await new Promise((resolve) => setTimeout(resolve, 5));
        scheduler.heard(); // a device answered after b: c waits its gap from here
      }
    });
  }
  await scheduler.idle();
  expect(sentAt[1]! - sentAt[0]!).toBeGreaterThanOrEqual(50 - 1);
  expect(sentAt[2]! - sentAt[1]!).toBeGreaterThanOrEqual(50 + 5 + 30 - 1);
  expect(scheduler.stats).toMatchObject({ frames: 3, bytes: 144 });
  expect(scheduler.stats.wireMs).toBeCloseTo(150, 6);
});

test('a write on a dropped link fails the job, not the scheduler', async () => {
  const host = await connected();
  const errors: string[] = [];
  const scheduler = new WireScheduler(host, { baud: 9600, gapMs: 0 }, (key, e) => errors.push(`${key}: ${e.message}`));
  host.unplug();
  scheduler.put('x', (wire) => wire.send(Buffer.from([1])));
  await scheduler.idle();
  expect(errors).toEqual(['x: memory:wire:a is not connected']);
});
