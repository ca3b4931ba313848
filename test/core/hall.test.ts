// Opening a hall (demo and real data folders) and the events it pushes to listeners.
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, expect, test, vi } from 'vitest';
import type { HallEvent } from '../../electron/contract';
import { ManualClock } from '../../electron/core/clock';
import { openInspectableHall } from '../../electron/core/inspectable-hall';
import { HallSetupError } from '../../electron/core/hall';
import { MONDAY_9AM, issue, login, makeTempDir, openTestHall, run, staff, type TestHall } from '../support/hall';

let t: TestHall | undefined;
const dirs: string[] = [];
afterEach(() => {
  t?.cleanup();
  t = undefined;
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

const tick = () => new Promise<void>((resolve) => setImmediate(resolve));

test('a demo database refuses to open in non-demo mode, and opens again in demo mode', () => {
  t = openTestHall();
  issue(t.hall, login(t.hall, 'kiosk'), 'A');
  t.hall.close();
  expect(() => openInspectableHall({ dataDir: t!.dataDir, clock: new ManualClock(MONDAY_9AM), log: () => {} })).toThrow(HallSetupError);
  expect(() => openInspectableHall({ dataDir: t!.dataDir, demo: false, log: () => {} })).toThrow(/demo hall/);
  const again = t.reopen();
  expect(again.view().waiting.A).toBe(1);
});

test("demo mode (public PINs) refuses to open a real hall's data folder", () => {
  t = openTestHall();
  // Make it a real hall: same configuration, no demo mark.
  t.hall.db.prepare("DELETE FROM settings WHERE key = 'demo'").run();
  t.hall.close();
  expect(() => openInspectableHall({ dataDir: t!.dataDir, demo: true, log: () => {} })).toThrow(/real hall/);
  const real = openInspectableHall({ dataDir: t.dataDir, demo: false, clock: new ManualClock(MONDAY_9AM), log: () => {} });
  expect(real.demo).toBe(false);
  real.close();
});

test('an empty data folder opens as a hall that needs setup; a missing folder is created', () => {
  const dir = makeTempDir();
  dirs.push(dir);
  const nested = join(dir, 'new', 'hall');
  const empty = openInspectableHall({ dataDir: nested, log: () => {} });
  expect(empty.needsSetup()).toBe(true);
  empty.close();
  expect(existsSync(join(nested, 'tongban.db'))).toBe(true);
  // A folder not yet set up can still become the demo hall: nothing half-written blocks it.
  const hall = openInspectableHall({ dataDir: nested, demo: true, clock: new ManualClock(MONDAY_9AM), log: () => {} });
  expect(hall.demo).toBe(true);
  expect(hall.needsSetup()).toBe(false);
  expect(hall.view().windows).toHaveLength(4);
  hall.close();
});

test('the demo hall: services, items, four 全岗通 windows, clerks and public PINs', () => {
  t = openTestHall();
  const services = run(t.hall, 'services.list', {}) as { id: string; prefix: string; open: boolean }[];
  expect(services.map((s) => s.id)).toEqual(['A', 'B', 'C', 'D', 'E', 'F', 'Z']);
  expect(run(t.hall, 'items.list', { serviceId: 'Z' }).map((i: { code: string }) => i.code)).toEqual(['Z01', 'Z02']);
  expect(run(t.hall, 'window.get', { window: 3 }, login(t.hall, 'admin'))).toMatchObject({ primary: ['A', 'F'], backup: ['B', 'C', 'D', 'E', 'Z'] });
  expect(t.hall.view()).toMatchObject({ hallName: '示范街道社区事务受理服务中心', businessDay: '2026-11-23', recentCalls: [] });
});

test('a burst of changes becomes one hall.changed; calls are pushed at once', async () => {
  t = openTestHall();
  const kiosk = login(t.hall, 'kiosk');
  const clerk = staff(t.hall, '1001', 1);
  const seen: HallEvent[] = [];
  t.hall.subscribe((e) => seen.push(e));
  issue(t.hall, kiosk, 'A');
  issue(t.hall, kiosk, 'B');
  run(t.hall, 'window.callNext', { window: 1 }, clerk);
  expect(seen.map((e) => e.name)).toEqual(['ticket.issued', 'ticket.issued', 'ticket.called']);
  await tick();
  // The announcement board's change (the call is pending until a hall screen reports it) follows the call.
  expect(seen.map((e) => e.name)).toEqual(['ticket.issued', 'ticket.issued', 'ticket.called', 'hall.changed', 'announcements.changed']);
  expect(seen[3]!.data).toMatchObject({ waiting: { A: 0, B: 1 }, recentCalls: [{ number: 'A001', windowNo: 1 }] });
});

test('a failing listener does not stop the others; unsubscribe stops delivery', async () => {
  const logged: string[] = [];
  const dataDir = makeTempDir();
  dirs.push(dataDir);
  const hall = openInspectableHall({ dataDir, demo: true, clock: new ManualClock(MONDAY_9AM), log: (m) => logged.push(m) });
  const seen: string[] = [];
  hall.subscribe(() => {
    throw new Error('screen gone');
  });
  const off = hall.subscribe((e) => seen.push(e.name));
  issue(hall, login(hall, 'kiosk'), 'A');
  await tick();
  expect(seen).toEqual(['ticket.issued', 'hall.changed']);
  expect(logged).toEqual(['event listener failed', 'event listener failed']);
  off();
  issue(hall, login(hall, 'kiosk'), 'A');
  await tick();
  expect(seen).toEqual(['ticket.issued', 'hall.changed']);
  hall.close();
});

test('closing the hall right after a change neither throws nor pushes from a closed database', async () => {
  const logged: unknown[] = [];
  const dataDir = makeTempDir();
  dirs.push(dataDir);
  const hall = openInspectableHall({ dataDir, demo: true, clock: new ManualClock(MONDAY_9AM), log: (m, e) => logged.push([m, e]) });
  const seen: string[] = [];
  hall.subscribe((e) => seen.push(e.name));
  issue(hall, login(hall, 'kiosk'), 'A');
  hall.close();
  await tick();
  await tick();
  // The ticket.issued event went out synchronously, before close; nothing follows from the closed database.
  expect(seen).toEqual(['ticket.issued']);
  expect(logged).toEqual([]);
});

test('the timer turns the day over with nobody touching the hall; a failing turn is logged and retried', () => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] }); // the hall's scheduler sets timeouts
  try {
    const logged: string[] = [];
    const dataDir = makeTempDir();
    dirs.push(dataDir);
    const clock = new ManualClock(MONDAY_9AM);
    const hall = openInspectableHall({ dataDir, demo: true, clock, log: (m) => logged.push(m) });
    const a1 = issue(hall, login(hall, 'kiosk'), 'A');
    hall.db.exec(`CREATE TEMP TRIGGER jam BEFORE INSERT ON main.events WHEN NEW.type = 'ticket.expired'
      BEGIN SELECT RAISE(ABORT, 'disk trouble'); END`);
    clock.advance(15 * 3_600_000); // Tuesday 00:00
    expect(() => vi.advanceTimersByTime(30_000)).not.toThrow();
    expect(logged).toEqual(['rollover failed']);
    hall.db.exec('DROP TRIGGER temp.jam');
    vi.advanceTimersByTime(30_000);
    expect(hall.engine.businessDay).toBe('2026-11-24');
    expect(hall.db.prepare('SELECT state FROM tickets WHERE id = ?').get(a1.id)).toEqual({ state: 'expired' });
    hall.close();
  } finally {
    vi.useRealTimers();
  }
});
