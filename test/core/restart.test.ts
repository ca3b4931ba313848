// Close and reopen the same data folder after a busy morning: everything the hall shows and does next
// is exactly what it was.
import { afterEach, expect, test } from 'vitest';
import type { Session } from '../../electron/contract';
import { MINUTE, issue, login, openSeededHall, run, staff, withSettings, type TestHall } from '../support/hall';

let t: TestHall;
afterEach(() => t.cleanup());

/** A morning with tickets in every state, windows open / paused / busy, transfers and recalls. */
function busyMorning() {
  t = openSeededHall();
  withSettings(t, { blockCallUntilRated: false }); // finish, then call the next at once: the 好差评 wait is rating-wait.test.ts's
  const kiosk = login(t.hall, 'kiosk');
  const c: Record<number, Session> = { 1: staff(t.hall, '1001', 1), 2: staff(t.hall, '1002', 2), 3: staff(t.hall, '1003', 3), 4: staff(t.hall, '1004', 4) };
  const plan: [string, ('priority' | 'appointment')?][] = [
    ['A'],
    ['B'],
    ['C', 'priority'],
    ['A'],
    ['Z'],
    ['D'],
    ['A', 'appointment'],
    ['F'],
    ['B'],
    ['E'],
    ['A'],
    ['C'],
    ['Z'],
    ['B', 'priority'],
    ['A'],
    ['F'],
  ];
  for (const [service, priority] of plan) {
    issue(t.hall, kiosk, service, priority);
    t.clock.advance(2 * MINUTE);
  }
  const act = (w: number, name: string, extra: object = {}) => run(t.hall, `window.${name}`, { window: w, ...extra }, c[w]);
  act(1, 'callNext');
  act(1, 'start');
  act(1, 'finish', { itemCode: 'A01' });
  act(2, 'callNext');
  act(2, 'noShow');
  const away = (w: number, to: string, other: string) => act(w, 'transfer', { serviceId: act(w, 'callNext').ticket.serviceId === to ? other : to });
  away(3, 'C', 'D');
  act(4, 'callNext');
  act(4, 'recall');
  act(4, 'finish', { outcome: 'advised', itemCode: 'Z01' });
  away(1, 'D', 'E');
  act(3, 'callNext');
  act(3, 'start');
  act(4, 'callNext');
  act(4, 'recall');
  act(4, 'recall');
  act(1, 'callNext');
  act(1, 'finish');
  act(2, 'callNext');
  act(2, 'finish', { outcome: 'materials_missing' });
  act(2, 'pause', { reason: 'lunch' });
  t.clock.advance(25 * MINUTE); // some tickets now pass the 30-minute max wait
  return c;
}

/** Everything observable: the hall screen, each window's console, the kiosk's service list, ticket rows. */
function observe(sessions: Record<number, Session>) {
  return {
    hall: t.hall.view(),
    windows: [1, 2, 3, 4].map((w) => run(t.hall, 'window.get', { window: w }, sessions[w])),
    services: run(t.hall, 'services.list', {}),
    tickets: t.hall.db.prepare('SELECT * FROM tickets ORDER BY id').all(),
  };
}

test('the queue, windows, waiting counts, recent calls and call order survive a restart', () => {
  const sessions = busyMorning();
  const before = observe(sessions);
  // The morning really covered what it claims to.
  const states = new Set((before.tickets as { state: string }[]).map((r) => r.state));
  expect([...states].sort()).toEqual(['called', 'done', 'no_show', 'serving', 'transferred', 'waiting']);
  expect(before.hall.windows.map((w) => [w.status, w.current?.state ?? null])).toEqual([
    ['open', null],
    ['paused', null],
    ['open', 'serving'],
    ['open', 'called'],
  ]);
  expect(before.hall.recentCalls).toHaveLength(6);
  expect(before.hall.recentCalls[0]).toMatchObject({ windowNo: 2, recall: 0 });
  expect(before.hall.recentCalls.find((r) => r.windowNo === 4)).toMatchObject({ recall: 2 });
  expect(new Set(before.hall.recentCalls.map((r) => r.number)).size).toBe(6);

  t.reopen();
  expect(observe(sessions)).toEqual(before);
});

test('the next numbers and the next calls are the same after a restart', () => {
  const sessions = busyMorning();
  const kiosk = login(t.hall, 'kiosk');
  const queue1 = run(t.hall, 'window.get', { window: 1 }, sessions[1]).queue.map((q: { id: number }) => q.id);
  expect(queue1.length).toBeGreaterThan(4);
  t.reopen();
  expect(['A', 'B', 'C', 'D', 'E', 'F', 'Z'].map((s) => issue(t.hall, kiosk, s).number)).toEqual(['A006', 'B004', 'C003', 'D002', 'E002', 'F003', 'Z003']);
  const called: number[] = [];
  for (let i = 0; i < 4; i++) {
    called.push(run(t.hall, 'window.callNext', { window: 1 }, sessions[1]).ticket.id);
    run(t.hall, 'window.finish', { window: 1 }, sessions[1]);
  }
  expect(called).toEqual(queue1.slice(0, 4));
});

test('recent calls after a restart list each number once, newest first, as before', () => {
  t = openSeededHall();
  withSettings(t, { blockCallUntilRated: false }); // finish, then call the next at once: the 好差评 wait is rating-wait.test.ts's
  const kiosk = login(t.hall, 'kiosk');
  const clerk = staff(t.hall, '1001', 1);
  for (let i = 0; i < 3; i++) {
    issue(t.hall, kiosk, 'A');
    t.clock.advance(MINUTE);
  }
  run(t.hall, 'window.callNext', { window: 1 }, clerk);
  t.clock.advance(MINUTE);
  run(t.hall, 'window.recall', { window: 1 }, clerk);
  run(t.hall, 'window.transfer', { window: 1, serviceId: 'B' }, clerk);
  run(t.hall, 'window.callNext', { window: 1 }, clerk); // A001 again, now in B
  run(t.hall, 'window.finish', { window: 1 }, clerk);
  t.clock.advance(MINUTE);
  run(t.hall, 'window.callNext', { window: 1 }, clerk);
  run(t.hall, 'window.recall', { window: 1 }, clerk);
  const before = t.hall.view().recentCalls;
  expect(before.map((c) => [c.number, c.recall])).toEqual([
    ['A002', 1],
    ['A001', 0],
  ]);
  t.reopen();
  expect(t.hall.view().recentCalls).toEqual(before);
});
