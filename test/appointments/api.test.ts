// The appointments over HTTP: the booking system's upsert with a manager's token, bad input answered
// 400 naming the entry and field with nothing changed, access by role, and the kiosk's check-in.
import { afterEach, beforeEach, expect, test } from 'vitest';
import { startTestServer, type TestServer } from '../support/server';
import { booking, fingerprint } from './support';

let s: TestServer;
let admin: string;
beforeEach(async () => {
  s = await startTestServer();
  admin = await s.login('admin');
});
afterEach(async () => s.close());

test('the booking system upserts by code; the kiosk checks in; the clerk lists the day', async () => {
  const bookings = [booking('400001', '09:00', '09:30', { name: '张三', phone: '13812345678' }), booking('400002', '10:00', '10:30')];
  expect(await s.api('POST', '/api/appointments/upsert', { bookings }, admin)).toEqual({
    status: 200,
    body: { dryRun: false, total: 2, created: 2, updated: 0, unchanged: 0 },
  });
  expect((await s.api('POST', '/api/appointments/upsert', { bookings }, admin)).body).toMatchObject({ unchanged: 2 });
  const kiosk = await s.login('kiosk');
  const checkIn = await s.api('POST', '/api/appointments/check-in', { code: '400001' }, kiosk);
  expect(checkIn).toMatchObject({ status: 200, body: { outcome: 'issued', ticket: { number: 'A001', priority: 'appointment' } } });
  const clerk = await s.login('1001');
  const masked = await s.api('GET', '/api/appointments', undefined, clerk);
  expect(masked.body[0]).toMatchObject({ code: '400001', state: 'checked_in', ticketNumber: 'A001', name: '张*', phone: '138****5678' });
  expect((await s.api('GET', '/api/appointments?reveal=true&date=2026-11-23', undefined, clerk)).body[0]).toMatchObject({ name: '张三' });
  const saved = await s.api('POST', '/api/appointments', { booking: booking('400003', '15:00', '15:30') }, clerk);
  expect(saved).toMatchObject({ status: 201, body: { code: '400003', source: 'console', state: 'booked' } });
});

test.each(
  (
    [
      [{ bookings: [booking('400001', '09:00', '09:30'), booking('400002', '10:00', '10:30', { phone: 'call me' })] }, 'bookings[1].phone'],
      [{ bookings: [booking('400001', '09:00', '09:30'), { ...booking('400002', '10:00', '10:30'), date: '2026-13-01' }] }, 'bookings[1].date'],
      [{ bookings: [booking('400001', '09:00', '09:30', { serviceId: 'Q' })] }, 'bookings[0].serviceId'],
      [{ bookings: [booking('400001', '09:00', '09:30'), booking('400001', '10:00', '10:30')] }, 'bookings[1].code'],
      [{ bookings: [{ ...booking('400001', '09:00', '09:30'), extra: 1 }] }, 'bookings[0]'],
      [{ bookings: [] }, 'bookings'],
      [{ bookings: 'all of them' }, 'bookings'],
    ] as const
  ).map(([body, field]) => ({ body, field })),
)('bad input: 400 naming $field, and nothing changes', async ({ body, field }) => {
  const before = fingerprint(s);
  const r = await s.api('POST', '/api/appointments/upsert', body, admin);
  expect(r.status).toBe(400);
  expect(r.body.error).toMatchObject({ code: 'bad_request', field });
  expect(fingerprint(s)).toBe(before);
});

test('who may: the kiosk checks in, only the manager imports and upserts, nobody anonymous', async () => {
  const kiosk = await s.login('kiosk');
  const clerk = await s.login('1001');
  const up = { bookings: [booking('400001', '09:00', '09:30')] };
  expect((await s.api('POST', '/api/appointments/upsert', up)).status).toBe(401);
  expect((await s.api('POST', '/api/appointments/upsert', up, kiosk)).status).toBe(403);
  expect((await s.api('POST', '/api/appointments/upsert', up, clerk)).status).toBe(403);
  expect((await s.api('GET', '/api/appointments', undefined, kiosk)).status).toBe(403);
  expect((await s.api('POST', '/api/appointments/check-in', { code: '400001' }, clerk)).status).toBe(403);
  expect((await s.api('POST', '/api/appointments/check-in', { code: '400001' }, kiosk)).body).toEqual({ outcome: 'unknown' });
  expect((await s.api('POST', '/api/appointments/check-in', { code: 'abc' }, kiosk)).status).toBe(400);
});
