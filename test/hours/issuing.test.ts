// The hours in the hall: the engine refuses a ticket that cannot be served today (service_closed with
// the reason and the next opening; nothing written), the kiosk's view follows the clock and the
// manager's saves (hours.changed), the daily cap, and the day ending at the last closing with tickets
// still waiting. A 5+2 hall on a manual clock and captured timers; Monday 2026-11-23, Asia/Shanghai.
import { afterEach, beforeEach, expect, test } from 'vitest';
import type { HallEvent, Session } from '../../electron/contract';
import { openInspectableHall } from '../../electron/core/inspectable-hall';
import { capturedTimers } from '../backup/support';
import { issue, login, openSeededHall, refuse, run, snapshot, staff, ticketRow, type TestHall } from '../support/hall';

const at = (local: string) => Date.parse(`${local}+08:00`);
const weekday = [
  { start: '08:30', end: '12:00', kind: 'regular' },
  { start: '12:00', end: '14:00', kind: 'lunch_duty', windows: 2 },
  { start: '14:00', end: '17:30', kind: 'regular' },
];
const hours = {
  weekly: { 1: weekday, 2: weekday, 3: weekday, 4: weekday, 5: weekday, 6: [{ start: '09:00', end: '12:00', kind: 'regular' }] },
  holidays: ['2026-11-25'],
  makeupDays: ['2026-11-29'],
  exceptions: [{ serviceId: 'C', weekdays: [1], periods: [{ start: '14:00', end: '17:30', kind: 'regular' }] }],
  cutoffMinutes: 30,
  phone: '021-5555 0100',
};

let t: TestHall;
let timers: ReturnType<typeof capturedTimers>;
let kiosk: Session;
let admin: Session;
let pushed: HallEvent[];

function open(start: string) {
  t = openSeededHall(at(start));
  t.hall.close();
  timers = capturedTimers();
  t.hall = openInspectableHall({ dataDir: t.dataDir, demo: true, clock: t.clock, log: () => {}, timers: timers.timers });
  kiosk = login(t.hall, 'kiosk');
  admin = login(t.hall, 'admin');
  pushed = [];
  t.hall.subscribe((e) => pushed.push(e));
}
const setHours = (change: object = hours) => run(t.hall, 'hours.save', change, admin);
const now = () => run(t.hall, 'hours.now', {});
const WATCH_MS = 2_000;

beforeEach(() => open('2026-11-23T09:00:00'));
afterEach(() => t.cleanup());

test('a hall with no hours set issues at any hour (the demo and the test halls)', () => {
  t.clock.set(at('2026-11-22T03:00:00')); // a Sunday night
  expect(issue(t.hall, kiosk, 'A').number).toBe('A001');
  expect(now()).toMatchObject({ configured: false, open: true, hall: { status: 'open' }, services: { A: { status: 'open' } } });
});

test('outside hours the engine refuses with service_closed, the reason and the next opening, and writes nothing', () => {
  setHours();
  t.clock.set(at('2026-11-23T07:45:00'));
  const before = snapshot(t.hall);
  const error = refuse(t.hall, 'tickets.issue', { serviceId: 'A' }, kiosk);
  expect(error).toMatchObject({
    code: 'service_closed',
    field: 'serviceId',
    closed: { reason: 'before_opening', nextOpening: new Date(at('2026-11-23T08:30:00')).toISOString() },
  });
  expect(error.message).toContain('2026-11-23 08:30');
  expect(snapshot(t.hall)).toBe(before);
  t.clock.set(at('2026-11-23T08:30:00'));
  expect(issue(t.hall, kiosk, 'A').number).toBe('A001');
});

test('through a Monday: lunch duty issues, the cutoff stops issuing, a service with its own hours, then closed for today', () => {
  setHours();
  t.clock.set(at('2026-11-23T12:30:00'));
  expect(issue(t.hall, kiosk, 'A').number).toBe('A001');
  // C keeps Monday afternoons only.
  expect(refuse(t.hall, 'tickets.issue', { serviceId: 'C' }, kiosk).closed).toEqual({
    reason: 'before_opening',
    nextOpening: new Date(at('2026-11-23T14:00:00')).toISOString(),
  });
  expect(now().services.C).toMatchObject({ status: 'closed_now', reason: 'before_opening' });
  t.clock.set(at('2026-11-23T16:50:00'));
  expect(now().services.A).toMatchObject({ status: 'closing_soon', cutoffAt: new Date(at('2026-11-23T17:00:00')).toISOString() });
  expect(issue(t.hall, kiosk, 'C').number).toBe('C001');
  t.clock.set(at('2026-11-23T17:00:00'));
  const cut = refuse(t.hall, 'tickets.issue', { serviceId: 'A' }, kiosk);
  expect(cut.closed).toEqual({ reason: 'cutoff', nextOpening: new Date(at('2026-11-24T08:30:00')).toISOString() });
  expect(now()).toMatchObject({ open: true, hall: { status: 'closed_for_today', reason: 'cutoff' }, phone: '021-5555 0100' });
});

test('a holiday closes the hall; the make-up Sunday keeps Monday’s hours', () => {
  setHours();
  t.clock.set(at('2026-11-25T10:00:00'));
  expect(refuse(t.hall, 'tickets.issue', { serviceId: 'A' }, kiosk).closed).toEqual({
    reason: 'holiday',
    nextOpening: new Date(at('2026-11-26T08:30:00')).toISOString(),
  });
  t.clock.set(at('2026-11-29T15:00:00'));
  expect(issue(t.hall, kiosk, 'A').businessDay).toBe('2026-11-29');
  expect(issue(t.hall, kiosk, 'C').number).toBe('C001'); // C's Monday exception applies on the make-up day
});

test('the daily cap: the kiosk view says full until the next day, the engine refuses as before', () => {
  setHours();
  run(t.hall, 'config.saveService', { ...run(t.hall, 'config.services', {}, admin).find((s: any) => s.id === 'B'), dailyCap: 1 }, admin);
  issue(t.hall, kiosk, 'B');
  expect(now().services.B).toMatchObject({ status: 'full', reason: 'cap', nextOpening: new Date(at('2026-11-24T08:30:00')).toISOString() });
  expect(refuse(t.hall, 'tickets.issue', { serviceId: 'B' }, kiosk).code).toBe('service_full');
});

test('the kiosk hears hours.changed at once on a save, and again when the clock crosses a cutoff', () => {
  setHours();
  const changed = () => pushed.filter((e) => e.name === 'hours.changed');
  expect(changed()).toHaveLength(1);
  expect(changed()[0]!.data).toMatchObject({ configured: true, phone: '021-5555 0100' });
  timers.fire(WATCH_MS);
  expect(changed()).toHaveLength(1); // nothing changed: no push
  t.clock.set(at('2026-11-23T16:50:00'));
  timers.fire(WATCH_MS);
  expect(changed()).toHaveLength(2);
  expect(changed()[1]!.data).toMatchObject({ services: { A: { status: 'closing_soon' } } });
});

test('the day ends at the last closing: tickets still waiting expire then; the one at a window stays with its clerk', () => {
  setHours();
  t.clock.set(at('2026-11-23T16:40:00'));
  const clerk = staff(t.hall, '1001', 1);
  const [a1, a2, b1] = [issue(t.hall, kiosk, 'A'), issue(t.hall, kiosk, 'A'), issue(t.hall, kiosk, 'B')];
  run(t.hall, 'window.callNext', { window: 1 }, clerk);
  run(t.hall, 'window.start', { window: 1 }, clerk);
  t.clock.set(at('2026-11-23T17:29:00'));
  timers.fire(WATCH_MS);
  expect(ticketRow(t.hall, a2.id).state).toBe('waiting');
  t.clock.set(at('2026-11-23T17:31:10'));
  timers.fire(WATCH_MS);
  for (const ticket of [a2, b1]) expect(ticketRow(t.hall, ticket.id)).toMatchObject({ state: 'expired', finished_at: at('2026-11-23T17:30:00') });
  expect(ticketRow(t.hall, a1.id).state).toBe('serving');
  const events = t.hall.db.prepare("SELECT ticket_id, business_day, at FROM events WHERE type = 'ticket.expired' ORDER BY id").all();
  expect(events).toEqual([
    { ticket_id: a2.id, business_day: '2026-11-23', at: at('2026-11-23T17:30:00') },
    { ticket_id: b1.id, business_day: '2026-11-23', at: at('2026-11-23T17:30:00') },
  ]);
  run(t.hall, 'window.finish', { window: 1 }, clerk);
  expect(ticketRow(t.hall, a1.id).state).toBe('done');
  expect(run(t.hall, 'services.list', {}).find((s: any) => s.id === 'A').waiting).toBe(0);
});

test('the staffing alert follows the hours: no window open is an alert while the hall is open, not after closing', () => {
  const noWindow = () => (run(t.hall, 'staffing.alerts', {}, admin).alerts as { kind: string }[]).some((a) => a.kind === 'no_window_open');
  setHours();
  expect(noWindow()).toBe(true); // Monday 09:00: open, and nobody at any window
  t.clock.set(at('2026-11-23T18:00:00'));
  expect(noWindow()).toBe(false); // closed for the day
  t.clock.set(at('2026-11-25T10:00:00'));
  expect(noWindow()).toBe(false); // a holiday
});

test('after midnight the watch turns the day over first: the new day’s tickets are not expired at yesterday’s closing', () => {
  setHours();
  t.clock.set(at('2026-11-23T16:00:00'));
  const monday = issue(t.hall, kiosk, 'A');
  // Tuesday 08:40: nobody touched the hall overnight; the watch fires before the 30-second rollover.
  t.clock.set(at('2026-11-24T08:40:00'));
  timers.fire(WATCH_MS);
  expect(t.hall.engine.businessDay).toBe('2026-11-24');
  const tuesday = issue(t.hall, kiosk, 'A');
  timers.fire(WATCH_MS);
  expect(ticketRow(t.hall, tuesday.id).state).toBe('waiting');
  // Monday's ticket was still waiting: it expired with Monday (at its end, by the midnight rollover).
  expect(ticketRow(t.hall, monday.id).state).toBe('expired');
});
