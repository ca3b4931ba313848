// Checking in at the kiosk (the hall's clock is Monday 2026-11-23 09:00): by code, or by the phone's
// last four digits plus the service; within the early window an appointment ticket due at the slot
// start, earlier told when to come back, after the grace period a normal ticket; one check-in each.
import { afterEach, beforeEach, expect, test } from 'vitest';
import type { CheckInResult } from '../../electron/contract';
import { MINUTE, refuse, run, staff, ticketRow } from '../support/hall';
import { book, booking, DAY, fingerprint, openAppointmentHall, type AppointmentHall } from './support';

let h: AppointmentHall;
beforeEach(() => {
  h = openAppointmentHall();
  book(
    h,
    booking('200001', '09:00', '09:30', { phone: '138 1234 5678' }),
    booking('200002', '10:00', '10:30', { phone: '13900005678', serviceId: 'B' }),
    booking('200003', '08:00', '08:30'),
    { ...booking('200004', '09:00', '09:30'), date: '2026-11-24' },
    booking('200005', '11:00', '11:30', { state: 'cancelled' }),
  );
});
afterEach(() => h.t.cleanup());

const checkIn = (input: unknown): CheckInResult => run(h.t.hall, 'appointments.checkIn', input, h.kiosk);
const state = (code: string) => run(h.t.hall, 'appointments.list', {}, h.admin).find((a: { code: string }) => a.code === code)?.state;

test('by code, on time: an appointment ticket due at the slot start; the booking is checked in', () => {
  const result = checkIn({ code: '200001' });
  expect(result).toMatchObject({ outcome: 'issued', start: '09:00', end: '09:30', ticket: { number: 'A001', priority: 'appointment' } });
  if (result.outcome !== 'issued') return;
  expect(ticketRow(h.t.hall, result.ticket.id).due_at).toBe(Date.parse(`${DAY}T09:00:00+08:00`));
  expect(state('200001')).toBe('checked_in');
  expect(run(h.t.hall, 'appointments.list', {}, h.admin)[1]).toMatchObject({ code: '200001', ticketNumber: 'A001' });
});

test('a second check-in says it is already used, and issues nothing', () => {
  checkIn({ code: '200001' });
  const before = fingerprint(h.t);
  expect(checkIn({ code: '200001' })).toEqual({ outcome: 'used', ticketNumber: 'A001' });
  expect(checkIn({ phoneLast4: '5678', serviceId: 'A' })).toEqual({ outcome: 'used', ticketNumber: 'A001' });
  expect(fingerprint(h.t)).toBe(before);
});

test('by the phone’s last four digits plus the service (spaces in the stored number do not matter)', () => {
  expect(checkIn({ phoneLast4: '5678', serviceId: 'A' })).toMatchObject({ outcome: 'issued', ticket: { serviceId: 'A' } });
  expect(state('200001')).toBe('checked_in');
  // The same digits for another service find that service's booking, not yet open (10:00, 30 min early window).
  expect(checkIn({ phoneLast4: '5678', serviceId: 'B' })).toEqual({ outcome: 'early', start: '10:00', end: '10:30', checkInFrom: '09:30' });
  expect(checkIn({ phoneLast4: '0000', serviceId: 'A' })).toEqual({ outcome: 'unknown' });
});

test('early: beyond the early window told when to come back; within it a ticket that becomes due at the slot', () => {
  const before = fingerprint(h.t);
  expect(checkIn({ code: '200002' })).toEqual({ outcome: 'early', start: '10:00', end: '10:30', checkInFrom: '09:30' });
  expect(fingerprint(h.t)).toBe(before);
  const at = (hhmm: string) => h.t.clock.set(Date.parse(`${DAY}T${hhmm}:00+08:00`));
  at('09:32');
  const older = run(h.t.hall, 'tickets.issue', { serviceId: 'B' }, h.kiosk);
  at('09:33');
  const other = run(h.t.hall, 'tickets.issue', { serviceId: 'B' }, h.kiosk);
  at('09:35'); // 25 minutes before the slot: inside the 30-minute early window
  const result = checkIn({ code: '200002' });
  expect(result).toMatchObject({ outcome: 'issued', ticket: { priority: 'appointment', serviceId: 'B' } });
  if (result.outcome !== 'issued') return;
  expect(ticketRow(h.t.hall, result.ticket.id).due_at).toBe(Date.parse(`${DAY}T10:00:00+08:00`));
  // Before its slot it is not urgent (a due one would go before both): the older normal ticket goes first.
  at('09:36');
  expect(run(h.t.hall, 'window.callNext', { window: 2 }, staff(h.t.hall, '1002', 2)).ticket.number).toBe(older.number);
  // From the slot start it goes before the normal ticket that waited longer (27 minutes, not overdue).
  at('10:00');
  expect(run(h.t.hall, 'window.callNext', { window: 3 }, staff(h.t.hall, '1003', 3)).ticket.number).toBe(result.ticket.number);
  expect(other.state).toBe('waiting');
});

test('late: after the slot start plus the grace period, a normal ticket with the booking converted', () => {
  expect(checkIn({ code: '200003' })).toMatchObject({ outcome: 'late', start: '08:00', ticket: { priority: 'normal', serviceId: 'A' } });
  expect(state('200003')).toBe('converted');
  expect(checkIn({ code: '200003' })).toMatchObject({ outcome: 'used' });
  // Within the grace period it still holds (09:00 slot, 09:14 arrival, grace 15).
  h.t.clock.advance(14 * MINUTE);
  expect(checkIn({ code: '200001' })).toMatchObject({ outcome: 'issued', ticket: { priority: 'appointment' } });
});

test('the windows follow the manager’s settings live', () => {
  run(h.t.hall, 'appointments.configure', { earlyMinutes: 90, graceMinutes: 0, upstreamPersonalData: false }, h.admin);
  expect(checkIn({ code: '200002' })).toMatchObject({ outcome: 'issued' }); // 60 min early, window 90
  h.t.clock.advance(1 * MINUTE);
  expect(checkIn({ code: '200001' })).toMatchObject({ outcome: 'late', ticket: { priority: 'normal' } });
  expect(run(h.t.hall, 'appointments.settings', {}, h.admin)).toEqual({ earlyMinutes: 90, graceMinutes: 0, upstreamPersonalData: false });
  expect(refuse(h.t.hall, 'appointments.configure', { earlyMinutes: -1, graceMinutes: 0, upstreamPersonalData: false }, h.admin).field).toBe('earlyMinutes');
});

test('another day, a cancelled booking, an unknown code: said plainly, nothing issued', () => {
  const before = fingerprint(h.t);
  expect(checkIn({ code: '200004' })).toEqual({ outcome: 'other_day', date: '2026-11-24', start: '09:00' });
  expect(checkIn({ code: '200005' })).toEqual({ outcome: 'cancelled' });
  expect(checkIn({ code: '999999' })).toEqual({ outcome: 'unknown' });
  expect(fingerprint(h.t)).toBe(before);
  expect(refuse(h.t.hall, 'appointments.checkIn', { code: '12' }, h.kiosk).code).toBe('bad_request');
  expect(refuse(h.t.hall, 'appointments.checkIn', { phoneLast4: '12345', serviceId: 'A' }, h.kiosk).code).toBe('bad_request');
  expect(refuse(h.t.hall, 'appointments.checkIn', { code: '200001' }, h.clerk).code).toBe('forbidden');
});

test('a checked-in booking can no longer be moved by the booking system; served follows its ticket', () => {
  const result = checkIn({ code: '200001' });
  const error = refuse(h.t.hall, 'appointments.upsert', { bookings: [booking('200001', '15:00', '15:30')] }, h.admin);
  expect(error).toMatchObject({ code: 'bad_request', field: 'bookings[0].code' });
  expect(error.message).toContain('checked in already');
  const clerk = staff(h.t.hall, '1001', 1);
  const called = run(h.t.hall, 'window.callNext', { window: 1 }, clerk).ticket;
  expect(called.id).toBe(result.outcome === 'issued' ? result.ticket.id : -1);
  run(h.t.hall, 'window.finish', { window: 1 }, clerk);
  expect(state('200001')).toBe('served');
});
