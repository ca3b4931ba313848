// The engine calls in the policy's order, with the hall's settings (mode, max wait) and the window's
// skill profile as stored; the console's queue shows the same order.
import { afterEach, beforeEach, expect, test } from 'vitest';
import type { Session } from '../../electron/contract';
import { MINUTE, issue, login, openSeededHall, run, staff, withSettings, type TestHall } from '../support/hall';

let t: TestHall;
let kiosk: Session;
beforeEach(() => {
  t = openSeededHall();
  withSettings(t, { blockCallUntilRated: false }); // finish, then call the next at once: the 好差评 wait is rating-wait.test.ts's
});
afterEach(() => t.cleanup());

/** Window 1 of the demo hall: A岗 A and B, X岗 everything else. Z001 at 9:00 (backup), A001 at 9:10 (primary). */
function morning(settings: Parameters<typeof withSettings>[1] = {}) {
  if (Object.keys(settings).length > 0) withSettings(t, settings);
  kiosk = login(t.hall, 'kiosk');
  issue(t.hall, kiosk, 'Z');
  t.clock.advance(10 * MINUTE);
  issue(t.hall, kiosk, 'A');
  return staff(t.hall, '1001', 1);
}

const callAll = (clerk: Session, window = 1): string[] => {
  const out: string[] = [];
  for (;;) {
    const { ticket } = run(t.hall, 'window.callNext', { window }, clerk);
    if (!ticket) return out;
    out.push(ticket.number);
    run(t.hall, 'window.finish', { window }, clerk);
  }
};

const queue = (clerk: Session, window = 1): string[] => run(t.hall, 'window.get', { window }, clerk).queue.map((q: { number: string }) => q.number);

test('primary before backup while nobody has waited 30 minutes', () => {
  const clerk = morning();
  t.clock.advance(10 * MINUTE); // 9:20
  expect(queue(clerk)).toEqual(['A001', 'Z001']);
  expect(callAll(clerk)).toEqual(['A001', 'Z001']);
});

test('a ticket waiting 30 minutes goes first (the default max wait)', () => {
  const clerk = morning();
  t.clock.advance(20 * MINUTE); // 9:30: Z001 has waited exactly 30 minutes
  expect(queue(clerk)).toEqual(['Z001', 'A001']);
  expect(callAll(clerk)).toEqual(['Z001', 'A001']);
});

test('maxWaitMinutes 0 disables the override', () => {
  const clerk = morning({ maxWaitMinutes: 0 });
  t.clock.advance(120 * MINUTE);
  expect(callAll(clerk)).toEqual(['A001', 'Z001']);
});

test('a shorter max wait from the settings applies', () => {
  const clerk = morning({ maxWaitMinutes: 5 });
  t.clock.advance(MINUTE); // Z001 has waited 11 minutes, A001 one
  expect(callAll(clerk)).toEqual(['Z001', 'A001']);
});

test("the 'pure' mode calls the longest wait first, whatever the window's A岗", () => {
  const clerk = morning({ policyMode: 'pure' });
  t.clock.advance(MINUTE);
  issue(t.hall, kiosk, 'C', 'priority');
  expect(queue(clerk)).toEqual(['Z001', 'A001', 'C001']);
  expect(callAll(clerk)).toEqual(['Z001', 'A001', 'C001']);
});

test('priority and appointment tickets of a backup service come before the primary queue', () => {
  const clerk = morning();
  t.clock.advance(MINUTE);
  issue(t.hall, kiosk, 'D', 'priority');
  t.clock.advance(MINUTE);
  issue(t.hall, kiosk, 'E', 'appointment');
  t.clock.advance(MINUTE);
  issue(t.hall, kiosk, 'B');
  expect(queue(clerk)).toEqual(['D001', 'E001', 'A001', 'B001', 'Z001']);
  expect(callAll(clerk)).toEqual(['D001', 'E001', 'A001', 'B001', 'Z001']);
});

test('within one service and class: first come, first called', () => {
  const clerk = morning();
  for (let i = 0; i < 3; i++) {
    t.clock.advance(MINUTE);
    issue(t.hall, kiosk, 'A');
  }
  expect(callAll(clerk)).toEqual(['A001', 'A002', 'A003', 'A004', 'Z001']);
});

test('a window never calls a service it does not serve, however long it waited', () => {
  t.hall.db.prepare("DELETE FROM window_services WHERE window_no = 1 AND service_id = 'Z'").run();
  t.hall.engine.config.reload();
  const clerk = morning();
  t.clock.advance(300 * MINUTE);
  expect(queue(clerk)).toEqual(['A001']);
  expect(callAll(clerk)).toEqual(['A001']);
  expect(t.hall.view().waiting.Z).toBe(1);
  const other = staff(t.hall, '1004', 4);
  expect(callAll(other, 4)).toEqual(['Z001']);
});

test('two windows share one pool: each ticket is called once', () => {
  const c1 = morning();
  const c2 = staff(t.hall, '1002', 2); // A岗 C, D, E
  issue(t.hall, kiosk, 'C');
  issue(t.hall, kiosk, 'A');
  const first = [run(t.hall, 'window.callNext', { window: 1 }, c1).ticket.number, run(t.hall, 'window.callNext', { window: 2 }, c2).ticket.number];
  expect(first).toEqual(['A001', 'C001']);
  run(t.hall, 'window.finish', { window: 1 }, c1);
  run(t.hall, 'window.finish', { window: 2 }, c2);
  expect(run(t.hall, 'window.callNext', { window: 2 }, c2).ticket.number).toBe('Z001');
  expect(run(t.hall, 'window.callNext', { window: 1 }, c1).ticket.number).toBe('A002');
  expect(run(t.hall, 'window.get', { window: 1 }, c1).queue).toEqual([]);
});
