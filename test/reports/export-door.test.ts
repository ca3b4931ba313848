// How an xlsx export ends when it does not end well (electron/reports/export-door.ts, export-thread.ts):
// a worker that fails, a reader that stops reading, the hall closing; and how many run at once.
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterEach, beforeEach, expect, test } from 'vitest';
import type { ReportExportPlan, Session } from '../../electron/contract';
import { createReportExportDoor, MAX_EXPORTS, type ReportExportDoor } from '../../electron/reports/export-door';
import { exportWorkerEntry } from '../../electron/reports/export-thread';
import { issue, login, openSeededHall, run, type TestHall } from '../support/hall';

let t: TestHall;
let kiosk: Session;
let plan: ReportExportPlan;
beforeEach(() => {
  t = openSeededHall(); // Monday 2026-11-23 09:00 +08:00
  kiosk = login(t.hall, 'kiosk');
  for (let i = 0; i < 30; i++) issue(t.hall, kiosk, 'A');
  plan = run(t.hall, 'reports.xlsx', { from: '2026-11-23', to: '2026-11-23' }, login(t.hall, 'admin')) as ReportExportPlan;
});
afterEach(() => t.cleanup());

const doorFor = (file: string): ReportExportDoor =>
  createReportExportDoor({ file, clock: t.clock, timeZone: () => 'Asia/Shanghai', worker: exportWorkerEntry(null) });

/** A response as the route pipes it: read, with an 'error' listener; `cut` is the error it was destroyed with. */
function reader() {
  const out = new PassThrough();
  const cut = new Promise<Error>((resolve) => out.once('error', resolve));
  out.resume();
  return { out, cut };
}

test('a worker that fails (the file is not a hall database) ends its export alone: the body cut with the reason, the hall goes on', async () => {
  const door = doorFor(join(t.dataDir, 'missing.db'));
  const { out, cut } = reader();
  await expect(door.xlsx(plan, out)).rejects.toThrow(/unable to open|no such file|SQLITE_CANTOPEN/i);
  expect((await cut).message).toMatch(/unable to open|no such file|SQLITE_CANTOPEN/i);
  expect(issue(t.hall, kiosk, 'A').number).toBe('A031');
});

test('a reader that takes nothing past its backlog for the stall time ends the export, its worker stopped', async () => {
  const door = doorFor(join(t.dataDir, 'tongban.db'));
  const out = new PassThrough({ highWaterMark: 1 }); // never read
  const cut = new Promise<Error>((resolve) => out.once('error', resolve));
  await expect(door.xlsx(plan, out, { reader: { backlogBytes: 1, stallMs: 20 } })).rejects.toThrow(/took nothing for 0.02 s/);
  expect((await cut).message).toMatch(/took nothing/);
});

test(`at most ${MAX_EXPORTS} exports run at once: the next starts when one ends; closing the door stops the running ones`, async () => {
  const door = doorFor(join(t.dataDir, 'tongban.db'));
  const order: string[] = [];
  let releaseFirst!: () => void;
  const firstHeld = new Promise<void>((resolve) => (releaseFirst = resolve));
  const watch = (n: number, hold: Promise<void>) => ({
    chunkRows: 10,
    onRows: (written: number) => {
      if (written === 10) order.push(`started ${n}`);
      return written === 10 ? hold : undefined;
    },
  });
  const never = new Promise<void>(() => {});
  const readers = [reader(), reader(), reader()];
  const first = door.xlsx(plan, readers[0]!.out, watch(1, firstHeld)).then(() => order.push('done 1'));
  const second = door.xlsx(plan, readers[1]!.out, watch(2, never));
  let thirdStarted!: () => void;
  const third = door.xlsx(plan, readers[2]!.out, {
    chunkRows: 10,
    onRows: () => {
      order.push('started 3');
      thirdStarted();
      return never;
    },
  });
  // Both running exports reach their first chunk and hold there; then the first goes on to its end.
  while (order.length < 2) await new Promise((resolve) => setImmediate(resolve));
  expect([...order].sort()).toEqual(['started 1', 'started 2']);
  await new Promise<void>((resolve) => {
    thirdStarted = resolve;
    releaseFirst();
  });
  await first;
  expect(order.slice(2)).toEqual(['done 1', 'started 3']); // the third's worker began only once the first had ended
  door.close();
  const results = await Promise.allSettled([second, third]);
  expect(results.map((r) => (r as PromiseRejectedResult).reason?.message)).toEqual(['the hall closed', 'the hall closed']);
  expect((await readers[2]!.cut).message).toBe('the hall closed');
});
