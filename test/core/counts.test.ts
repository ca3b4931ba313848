// What the kiosk tells a resident (ahead, open/full) comes from in-memory counts: they must match
// the rows through priority classes, transfers and changes of the numbering rules.
import { afterEach, expect, test } from 'vitest';
import { issue, login, openSeededHall, refuse, run, staff, type TestHall } from '../support/hall';

let t: TestHall;
afterEach(() => t.cleanup());

test('ahead counts only the tickets the policy calls first, of every service the window serving it serves', () => {
  t = openSeededHall();
  staff(t.hall, '1001', 1); // A岗 A and B
  const kiosk = login(t.hall, 'kiosk');
  issue(t.hall, kiosk, 'A');
  issue(t.hall, kiosk, 'A');
  expect(issue(t.hall, kiosk, 'A', 'priority').ahead).toBe(0);
  expect(issue(t.hall, kiosk, 'A', 'priority').ahead).toBe(1);
  expect(issue(t.hall, kiosk, 'A').ahead).toBe(4);
  expect(issue(t.hall, kiosk, 'B').ahead).toBe(5); // window 1 calls the five A tickets first
});

test('the daily cap counts numbers issued, even when the start number changes during the day', () => {
  t = openSeededHall();
  const kiosk = login(t.hall, 'kiosk');
  t.hall.db.prepare("UPDATE services SET daily_cap = 3 WHERE id = 'A'").run();
  t.hall.engine.config.reload();
  issue(t.hall, kiosk, 'A');
  issue(t.hall, kiosk, 'A');
  t.hall.db.prepare("UPDATE services SET start_number = 101 WHERE id = 'A'").run();
  t.hall.engine.config.reload();
  expect(issue(t.hall, kiosk, 'A').number).toBe('A003');
  expect(refuse(t.hall, 'tickets.issue', { serviceId: 'A' }, kiosk).code).toBe('service_full');
  expect(run(t.hall, 'services.list', {}).find((s: { id: string }) => s.id === 'A').open).toBe(false);
});

test('a transfer moves a waiting count without using a number of the target service', () => {
  t = openSeededHall();
  const kiosk = login(t.hall, 'kiosk');
  t.hall.db.prepare("UPDATE services SET daily_cap = 1 WHERE id = 'B'").run();
  t.hall.engine.config.reload();
  issue(t.hall, kiosk, 'A');
  const clerk = staff(t.hall, '1001', 1);
  run(t.hall, 'window.callNext', { window: 1 }, clerk);
  run(t.hall, 'window.transfer', { window: 1, serviceId: 'B' }, clerk);
  expect(t.hall.engine.waiting('A')).toBe(0);
  expect(t.hall.engine.waiting('B')).toBe(1);
  expect(issue(t.hall, kiosk, 'B').number).toBe('B001');
  // The counts survive a restart exactly.
  const hall = t.reopen();
  expect(hall.engine.waiting('B')).toBe(2);
  expect(refuse(hall, 'tickets.issue', { serviceId: 'B' }, login(hall, 'kiosk')).code).toBe('service_full');
});
