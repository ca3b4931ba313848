// The live hall view (live.get, live.changed) over a real demo hall driven through its commands on a
// manual clock: windows (open / paused with reason and since when / closed, clerk, current ticket and its
// call time, served today), the queues with their longest wait, the alerts and today's figures, which
// are the reports' own (reportTallies + figures over today). Pushes: one per burst, none when nothing in
// the view changed, and the wait crossing the max wait pushed by the timer with no event at all.
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import type { DeviceStatus, HallEvent, LiveView, Session } from '../../electron/contract';
import { openInspectableHall } from '../../electron/core/inspectable-hall';
import { WAIT_CHECK_MS } from '../../electron/live/capability';
import { figures } from '../../electron/reports/kpi';
import { reportTallies } from '../../electron/reports/report-facts';
import { capturedTimers } from '../backup/support';
import { issue, login, MINUTE, MONDAY_9AM, openSeededHall, run, staff, type TestHall } from '../support/hall';
import { padLogin } from '../support/rating';

let t: TestHall;
let timers: ReturnType<typeof capturedTimers>;
let admin: Session;
let kiosk: Session;
let pushed: LiveView[];
let stopListening: () => void;

beforeEach(() => {
  t = openSeededHall();
  t.hall.close();
  timers = capturedTimers();
  t.hall = openInspectableHall({ dataDir: t.dataDir, demo: true, clock: t.clock, log: () => {}, timers: timers.timers });
  admin = login(t.hall, 'admin');
  kiosk = login(t.hall, 'kiosk');
  pushed = [];
  stopListening = t.hall.subscribe((e: HallEvent) => {
    if (e.name === 'live.changed') pushed.push(e.data);
  });
});
afterEach(() => {
  stopListening();
  t.cleanup();
});

const live = (): LiveView => run(t.hall, 'live.get', {}, admin);
const at = (minutes: number) => new Date(MONDAY_9AM + minutes * MINUTE).toISOString();
/** hall.changed goes out after the tick of a change, the live view after the tick of that. */
const immediate = () => new Promise((resolve) => setImmediate(resolve));
const pushesSent = async () => {
  for (let i = 0; i < 4; i++) await immediate();
};

test('an empty morning: every window closed, nobody waiting, the alerts of a hall with nobody at a window', () => {
  const v = live();
  expect(v.now).toBe(at(0));
  expect(v.businessDay).toBe('2026-11-23');
  expect(v.timeZone).toBe('Asia/Shanghai');
  expect(v.maxWaitMinutes).toBe(30);
  expect(v.windows.map((w) => [w.number, w.status, w.clerk, w.current, w.servedToday])).toEqual([
    [1, 'closed', null, null, 0],
    [2, 'closed', null, null, 0],
    [3, 'closed', null, null, 0],
    [4, 'closed', null, null, 0],
  ]);
  expect(v.services.map((s) => s.id)).toEqual(['A', 'B', 'C', 'D', 'E', 'F', 'Z']);
  expect(v.services.every((s) => s.waiting === 0 && s.longestWaitingSince === null)).toBe(true);
  expect(v.figures).toEqual({ arrived: 0, served: 0, waiting: 0, avgWaitSeconds: null, satisfaction: null });
  expect(v.alerts).toContainEqual({ kind: 'no_window_open' });
  // The demo hall has no backup folder yet: the manager is told.
  expect(v.alerts).toContainEqual({ kind: 'backup', alert: 'not_configured' });
});

test("the view reads today's event log once (the hall's and the windows' tallies in one pass), not once per slice", () => {
  issue(t.hall, kiosk, 'A');
  const clerk = staff(t.hall, '1001', 1);
  run(t.hall, 'window.callNext', { window: 1 }, clerk);
  run(t.hall, 'window.finish', { window: 1 }, clerk);
  const prepare = vi.spyOn(t.hall.db, 'prepare');
  try {
    const v = live();
    expect(v.windows[0]!.servedToday).toBe(1);
    expect(v.figures).toMatchObject({ arrived: 1, served: 1 });
    const reads = prepare.mock.calls.filter(([sql]) => /FROM events WHERE business_day BETWEEN/.test(sql));
    expect(reads).toHaveLength(1);
  } finally {
    prepare.mockRestore();
  }
});

test('a morning: windows, queues, longest waits, served today and the figures of the reports', () => {
  issue(t.hall, kiosk, 'A'); // A001 09:00
  t.clock.advance(2 * MINUTE);
  issue(t.hall, kiosk, 'A'); // A002 09:02
  issue(t.hall, kiosk, 'B'); // B001 09:02
  const clerk = staff(t.hall, '1001', 1);
  const other = staff(t.hall, '1002', 2);
  t.clock.advance(3 * MINUTE);
  run(t.hall, 'window.callNext', { window: 1 }, clerk); // A001 called 09:05 (waited 300 s)
  run(t.hall, 'window.pause', { window: 2, reason: 'lunch' }, other); // 09:05
  t.clock.advance(90_000);

  let v = live();
  expect(v.windows[0]).toEqual({
    number: 1,
    name: expect.any(String),
    status: 'open',
    pauseReason: null,
    pausedAt: null,
    clerk: { id: '1001', name: expect.any(String) },
    current: { number: 'A001', serviceId: 'A', state: 'called', calledAt: at(5) },
    servedToday: 0,
  });
  expect(v.windows[1]).toMatchObject({ status: 'paused', pauseReason: 'lunch', pausedAt: at(5), clerk: { id: '1002' }, current: null });
  expect(v.windows[2]).toMatchObject({ status: 'closed', clerk: null, pausedAt: null });
  const service = (id: string) => v.services.find((s) => s.id === id)!;
  expect(service('A')).toMatchObject({ prefix: 'A', waiting: 1, longestWaitingSince: at(2) });
  expect(service('B')).toMatchObject({ waiting: 1, longestWaitingSince: at(2) });
  expect(service('C')).toMatchObject({ waiting: 0, longestWaitingSince: null });
  expect(v.figures).toMatchObject({ arrived: 3, served: 0, waiting: 2, avgWaitSeconds: 300, satisfaction: null });
  expect(v.alerts).toEqual([{ kind: 'backup', alert: 'not_configured' }]);

  // Finished and rated 4 (满意): served today at window 1, 满意率 1; a 差评 halves it.
  run(t.hall, 'window.finish', { window: 1 }, clerk);
  const pad = padLogin(t.hall, 1);
  run(t.hall, 'ratings.submit', { window: 1, level: 4, reasons: [] }, pad);
  run(t.hall, 'window.callNext', { window: 1 }, clerk); // A002 at 09:06:30
  run(t.hall, 'window.finish', { window: 1 }, clerk);
  run(t.hall, 'ratings.submit', { window: 1, level: 1, reasons: ['attitude.cold'] }, pad);
  v = live();
  expect(v.windows[0]).toMatchObject({ current: null, servedToday: 2 });
  expect(v.figures).toMatchObject({ arrived: 3, served: 2, waiting: 1, satisfaction: 0.5 });
  // The same figures as the reports compute for today.
  const report = figures(
    reportTallies(t.hall.db, {
      from: '2026-11-23',
      to: '2026-11-23',
      by: 'hall',
      targetWaitSeconds: 30 * 60,
      timeZone: 'Asia/Shanghai',
      now: t.clock.now(),
    }).get('hall')!,
  );
  expect(v.figures).toEqual({
    arrived: report.arrived,
    served: report.served,
    waiting: 1,
    avgWaitSeconds: report.avgWaitSeconds,
    satisfaction: report.satisfaction,
  });
});

test('alerts: a service with waiters and no open window serving it, and a wait above the max wait', () => {
  const clerk = staff(t.hall, '1001', 1);
  t.hall.db.prepare("DELETE FROM window_services WHERE window_no = 1 AND service_id = 'D'").run();
  t.hall.engine.config.reload();
  issue(t.hall, kiosk, 'D'); // D001 09:00, nobody serves D
  issue(t.hall, kiosk, 'A'); // A001 09:00
  expect(live().alerts).toEqual([
    { kind: 'service_unserved', serviceId: 'D', waiting: 1 },
    { kind: 'backup', alert: 'not_configured' },
  ]);
  t.clock.advance(30 * MINUTE); // exactly the max wait: not above it
  expect(live().alerts.filter((a) => a.kind === 'wait_over_target')).toEqual([]);
  t.clock.advance(1000);
  expect(live().alerts.filter((a) => a.kind === 'wait_over_target')).toEqual([
    { kind: 'wait_over_target', serviceId: 'A', since: at(0), targetMinutes: 30 },
    { kind: 'wait_over_target', serviceId: 'D', since: at(0), targetMinutes: 30 },
  ]);
  run(t.hall, 'window.callNext', { window: 1 }, clerk); // A001 called: A's wait alert clears
  expect(
    live()
      .alerts.filter((a) => a.kind === 'wait_over_target')
      .map((a) => a.kind === 'wait_over_target' && a.serviceId),
  ).toEqual(['D']);
  t.hall.settings.update({ maxWaitMinutes: 0 }); // no max wait: no wait alert
  expect(live().alerts.some((a) => a.kind === 'wait_over_target')).toBe(false);
});

test('pushed once per burst, the whole view; nothing pushed when nothing in the view changed', async () => {
  const clerk = staff(t.hall, '1001', 1);
  await pushesSent();
  const before = pushed.length;
  // One call is several changes (hall.changed, staffing.changed, rating state): one push.
  issue(t.hall, kiosk, 'A');
  run(t.hall, 'window.callNext', { window: 1 }, clerk);
  await pushesSent();
  expect(pushed.length).toBe(before + 1);
  expect(pushed.at(-1)!.windows[0]!.current).toMatchObject({ number: 'A001', calledAt: at(0) });
  expect(pushed.at(-1)).toEqual(live());
  // A recall changes nothing the view shows (same ticket, same call time): the next push is the issue's.
  run(t.hall, 'window.recall', { window: 1 }, clerk);
  await pushesSent();
  issue(t.hall, kiosk, 'B');
  await pushesSent();
  expect(pushed.length).toBe(before + 2);
  expect(pushed.at(-1)!.services.find((s) => s.id === 'B')!.waiting).toBe(1);
});

test('a wait crossing the max wait is pushed by the timer, with no event in the hall', async () => {
  staff(t.hall, '1001', 1);
  issue(t.hall, kiosk, 'A');
  await pushesSent();
  const before = pushed.length;
  expect(pushed.at(-1)!.alerts.some((a) => a.kind === 'wait_over_target')).toBe(false);
  t.clock.advance(31 * MINUTE);
  timers.fire(WAIT_CHECK_MS);
  await pushesSent();
  expect(pushed.length).toBe(before + 1);
  expect(pushed.at(-1)!.alerts).toContainEqual({ kind: 'wait_over_target', serviceId: 'A', since: at(0), targetMinutes: 30 });
});

test('only the manager reads it; a clerk and the kiosk are refused', () => {
  const clerk = login(t.hall, '1001');
  for (const who of [clerk, kiosk, null]) expect(t.hall.dispatch('live.get', {}, who).ok).toBe(false);
});

test('a device fault reported by the device layer (device.status) is pushed as an alert, and cleared', async () => {
  let printer: DeviceStatus = { id: 'printer', kind: 'printer', port: 'tcp://127.0.0.1:9100', connected: true, printer: 'ok', lastSeen: null, error: null };
  t.hall.devices.attach({ status: () => [printer], hasPrinter: () => true, reprint: () => {} });
  printer = { ...printer, printer: 'paper_out', fault: 'paper_out', error: 'paper out' };
  t.hall.devices.publish('device.status', [printer]);
  await pushesSent();
  expect(pushed.at(-1)!.alerts).toContainEqual({
    kind: 'device_fault',
    deviceId: 'printer',
    deviceKind: 'printer',
    connected: true,
    fault: 'paper_out',
    printer: 'paper_out',
  });
  printer = { ...printer, printer: 'ok', fault: null, error: null };
  t.hall.devices.publish('device.status', [printer]);
  await pushesSent();
  expect(pushed.at(-1)!.alerts.some((a) => a.kind === 'device_fault')).toBe(false);
  t.hall.devices.attach(null);
});
