// Staffing alerts: raised and cleared as windows open, close and pause and tickets arrive, pushed as
// staffing.changed at once; the rule itself as a pure function (the hall closed, a service nobody serves).
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import type { HallEvent, Session, StaffingAlert } from '../../electron/contract';
import { staffingAlerts, type StaffingState } from '../../electron/core/staffing-alerts';
import { issue, login, openSeededHall, run, staff, type TestHall } from '../support/hall';

describe('staffingAlerts (pure)', () => {
  const all = { primary: ['A'], backup: ['B', 'Z'] };
  const state = (over: Partial<StaffingState>): StaffingState => ({
    hallOpen: true,
    services: ['A', 'B', 'D', 'Z'],
    waiting: {},
    windows: [],
    skills: () => all,
    ...over,
  });
  test('no window open during opening hours is an alert; after hours it is not', () => {
    expect(staffingAlerts(state({}))).toEqual([{ kind: 'no_window_open' }]);
    expect(staffingAlerts(state({ hallOpen: false }))).toEqual([]);
    expect(staffingAlerts(state({ windows: [{ number: 1, status: 'paused' }] }))).toEqual([{ kind: 'no_window_open' }]);
    expect(staffingAlerts(state({ windows: [{ number: 1, status: 'open' }] }))).toEqual([]);
  });
  test('residents waiting for a service no open window serves, as primary or backup', () => {
    const windows = [
      { number: 1, status: 'open' as const },
      { number: 2, status: 'closed' as const },
    ];
    const skills = (n: number) => (n === 1 ? all : { primary: ['D'], backup: [] });
    expect(staffingAlerts(state({ windows, skills, waiting: { A: 2, B: 1, D: 3 } }))).toEqual<StaffingAlert[]>([
      { kind: 'service_unserved', serviceId: 'D', waiting: 3 },
    ]);
    // Waiting after hours with nobody there is still an alert: those residents need a window.
    expect(staffingAlerts(state({ hallOpen: false, waiting: { Z: 1 } }))).toEqual([{ kind: 'service_unserved', serviceId: 'Z', waiting: 1 }]);
  });
});

describe('staffing alerts in the hall', () => {
  let t: TestHall;
  let kiosk: Session;
  let pushed: StaffingAlert[][];
  beforeEach(() => {
    t = openSeededHall();
    kiosk = login(t.hall, 'kiosk');
    pushed = [];
    t.hall.subscribe((e: HallEvent) => {
      if (e.name === 'staffing.changed') pushed.push(e.data.alerts);
    });
  });
  afterEach(() => t.cleanup());
  // hall.changed goes out after the tick of the change, and staffing.changed after the tick of that.
  const immediate = () => new Promise((resolve) => setImmediate(resolve));
  const tick = async () => (await immediate(), await immediate());
  const alerts = (who: Session) => run(t.hall, 'staffing.alerts', {}, who).alerts as StaffingAlert[];

  test('raised and cleared as windows open, pause, close and tickets arrive', async () => {
    const admin = login(t.hall, 'admin');
    expect(alerts(admin)).toEqual([{ kind: 'no_window_open' }]);
    issue(t.hall, kiosk, 'A');
    await tick();
    expect(pushed.at(-1)).toEqual([{ kind: 'no_window_open' }, { kind: 'service_unserved', serviceId: 'A', waiting: 1 }]);
    const clerk = staff(t.hall, '1001', 1);
    await tick();
    expect(pushed.at(-1)).toEqual([]);
    expect(alerts(clerk)).toEqual([]);
    run(t.hall, 'window.pause', { window: 1, reason: 'lunch' }, clerk);
    await tick();
    expect(pushed.at(-1)).toEqual([{ kind: 'no_window_open' }, { kind: 'service_unserved', serviceId: 'A', waiting: 1 }]);
    run(t.hall, 'window.resume', { window: 1 }, clerk);
    await tick();
    expect(pushed.at(-1)).toEqual([]);
    const count = pushed.length;
    issue(t.hall, kiosk, 'B'); // served by the open window: nothing changes, nothing is pushed
    await tick();
    expect(pushed.length).toBe(count);
    run(t.hall, 'window.signOut', { window: 1 }, clerk);
    await tick();
    expect(pushed.at(-1)).toEqual([
      { kind: 'no_window_open' },
      { kind: 'service_unserved', serviceId: 'A', waiting: 1 },
      { kind: 'service_unserved', serviceId: 'B', waiting: 1 },
    ]);
  });

  test('a service the open windows do not serve: raised when a resident takes its number, cleared when it is called', async () => {
    t.hall.db.prepare("DELETE FROM window_services WHERE window_no = 1 AND service_id = 'D'").run();
    t.hall.engine.config.reload();
    const clerk = staff(t.hall, '1001', 1);
    issue(t.hall, kiosk, 'D');
    await tick();
    expect(pushed.at(-1)).toEqual([{ kind: 'service_unserved', serviceId: 'D', waiting: 1 }]);
    expect(run(t.hall, 'window.callNext', { window: 1 }, clerk).ticket).toBeNull();
    const other = staff(t.hall, '1002', 2);
    await tick();
    expect(pushed.at(-1)).toEqual([]);
    expect(run(t.hall, 'window.callNext', { window: 2 }, other).ticket.number).toBe('D001');
  });
});
