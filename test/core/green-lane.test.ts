// 绿色通道 through the engine: a priority ticket (kiosk or clerk) is called first, and a window's
// streak of urgent calls, read from the event log, lets an overdue normal ticket through after two.
import { afterEach, beforeEach, expect, test } from 'vitest';
import type { Session } from '../../electron/contract';
import { MINUTE, issue, login, openSeededHall, refuse, run, staff, withSettings, type TestHall } from '../support/hall';

let t: TestHall;
let kiosk: Session;
beforeEach(() => {
  t = openSeededHall();
  withSettings(t, { blockCallUntilRated: false }); // finish, then call the next at once: the 好差评 wait is rating-wait.test.ts's
  kiosk = login(t.hall, 'kiosk');
});
afterEach(() => t.cleanup());

const call = (clerk: Session, window = 1): string => {
  const { ticket } = run(t.hall, 'window.callNext', { window }, clerk);
  run(t.hall, 'window.finish', { window }, clerk);
  return ticket?.number ?? '-';
};

test('a 绿色通道 ticket issued by a clerk is called before the normal queue', () => {
  const clerk = staff(t.hall, '1001', 1);
  issue(t.hall, kiosk, 'A');
  issue(t.hall, kiosk, 'A');
  const green = run(t.hall, 'tickets.issuePriority', { serviceId: 'B' }, clerk);
  expect(green).toMatchObject({ number: 'B001', priority: 'priority', ahead: 0 });
  expect(call(clerk)).toBe('B001');
  expect(refuse(t.hall, 'tickets.issuePriority', { serviceId: 'Q' }, clerk)).toMatchObject({ code: 'not_found', field: 'serviceId' });
});

test('after two urgent calls in a row an overdue normal ticket goes first; the streak is read from the event log', () => {
  const clerk = staff(t.hall, '1001', 1);
  issue(t.hall, kiosk, 'A'); // A001, normal
  issue(t.hall, kiosk, 'A'); // A002, normal
  t.clock.advance(31 * MINUTE); // both now wait beyond the 30 minutes
  for (let i = 0; i < 4; i++) issue(t.hall, kiosk, 'B', 'priority'); // B001…B004
  expect(run(t.hall, 'window.get', { window: 1 }, clerk).queue.map((q: { number: string }) => q.number)).toEqual([
    'B001',
    'B002',
    'A001',
    'B003',
    'B004',
    'A002',
  ]);
  expect([call(clerk), call(clerk)]).toEqual(['B001', 'B002']);
  // A restart keeps the streak: it is derived from what was called, not kept in memory.
  t.reopen();
  const again = login(t.hall, '1001');
  expect([call(again), call(again), call(again), call(again)]).toEqual(['A001', 'B003', 'B004', 'A002']);
});

test('priorityStreakMax 1 alternates; with no normal ticket waiting too long priority is never held back', () => {
  withSettings(t, { priorityStreakMax: 1 });
  const clerk = staff(t.hall, '1001', 1);
  issue(t.hall, kiosk, 'A');
  for (let i = 0; i < 3; i++) issue(t.hall, kiosk, 'B', 'priority');
  expect([call(clerk), call(clerk)]).toEqual(['B001', 'B002']); // A001 has not waited 30 minutes
  issue(t.hall, kiosk, 'A');
  t.clock.advance(30 * MINUTE); // A001 and A002 now wait too long; the window's streak is 2
  issue(t.hall, kiosk, 'B', 'priority');
  expect([call(clerk), call(clerk), call(clerk), call(clerk)]).toEqual(['A001', 'B003', 'A002', 'B004']);
});
