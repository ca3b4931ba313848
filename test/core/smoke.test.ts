import { afterEach, expect, test } from 'vitest';
import { login, openTestHall, run, type TestHall } from '../support/hall';

let t: TestHall;
afterEach(() => t.cleanup());

test('a ticket issued at the kiosk is called at window 3', () => {
  t = openTestHall();
  const kiosk = login(t.hall, 'kiosk');
  const clerk = login(t.hall, '1003');
  const ticket = run(t.hall, 'tickets.issue', { serviceId: 'A' }, kiosk);
  expect(ticket.number).toBe('A001');
  run(t.hall, 'window.signIn', { window: 3 }, clerk);
  const called = run(t.hall, 'window.callNext', { window: 3 }, clerk);
  expect(called.ticket.number).toBe('A001');
  expect(t.hall.view().recentCalls[0]).toMatchObject({ number: 'A001', windowNo: 3 });
});
