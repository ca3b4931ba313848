// The hall killed with SIGKILL in the middle of a sync (after the upstream stored a chunk, before the
// hall heard back), then started again: nothing lost, nothing stored twice.
import { spawn, type ChildProcess } from 'node:child_process';
import { afterEach, expect, test } from 'vitest';
import type { TestHall } from '../support/hall';
import { HALL_ID, SECRET, chunkRows, hallWithClosedDays, receivedDays, startProxy, startReceiver } from '../support/sync';

let t: TestHall | undefined;
afterEach(() => t?.cleanup());

function runChild(
  dataDir: string,
  upstream: string,
  now: number,
): { child: ChildProcess; done: Promise<{ code: number | null; signal: string | null; out: string }> } {
  const child = spawn(process.execPath, ['--import', 'tsx', 'test/sync/fixtures/sync-child.ts'], {
    env: { ...process.env, TONGBAN_DATA: dataDir, TONGBAN_UPSTREAM: upstream, TONGBAN_NOW: String(now), TONGBAN_HALL: HALL_ID, TONGBAN_SECRET: SECRET },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout!.on('data', (d) => (out += d));
  child.stderr!.on('data', (d) => (out += d));
  const done = new Promise<{ code: number | null; signal: string | null; out: string }>((resolve) =>
    child.on('exit', (code, signal) => resolve({ code, signal, out })),
  );
  return { child, done };
}

test('SIGKILL after the upstream stored a chunk, then a restart: every day once, every chunk once', async () => {
  t = hallWithClosedDays(3, 120); // 121 records a day in chunks of 50: 3 chunks a day, 9 in all
  const now = t.clock.now();
  t.hall.close();
  const receiver = await startReceiver({ now: () => now });
  let victim: ChildProcess | undefined;
  const proxy = await startProxy(
    () => receiver.url,
    [],
    async (index) => {
      if (index === 5) {
        victim!.kill('SIGKILL');
        await new Promise((resolve) => victim!.once('exit', resolve));
      }
    },
  );
  try {
    const first = runChild(t.dataDir, proxy.url, now);
    victim = first.child;
    expect((await first.done).signal).toBe('SIGKILL');
    expect(chunkRows(receiver.db)).toBe(5); // the fifth was stored; the hall never heard
    expect(receivedDays(receiver.db).map((d) => d.day)).toEqual(['2026-11-23']);

    const second = runChild(t.dataDir, receiver.url, now);
    const result = await second.done;
    expect(result.code, result.out).toBe(0);
    expect(JSON.parse(result.out.trim().split('\n').at(-1)!)).toEqual({ kind: 'delivered', days: ['2026-11-24', '2026-11-25'] });
    expect(chunkRows(receiver.db)).toBe(9);
    expect(receivedDays(receiver.db)).toEqual([
      { day: '2026-11-23', tickets: 120 },
      { day: '2026-11-24', tickets: 120 },
      { day: '2026-11-25', tickets: 120 },
    ]);
  } finally {
    await proxy.close();
    await receiver.close();
  }
}, 60_000);
