// The hours over real loopback HTTP: anyone reads what is open now; only the manager reads and saves
// the schedule, each bad field refused naming it with nothing changed; saves are audited and pushed;
// holidays and make-up days are imported as a list, a bad line named; POST /api/tickets is 409
// service_closed outside hours.
import { afterEach, expect, test } from 'vitest';
import { startTestServer, type TestServer } from '../support/server';
import { connectEvents, type EventClient } from '../support/ws';

let s: TestServer | undefined;
let events: EventClient | undefined;
afterEach(async () => {
  events?.close();
  await s?.close();
  s = events = undefined;
});

const monday = [
  { start: '08:30', end: '12:00', kind: 'regular' },
  { start: '14:00', end: '17:30', kind: 'regular' },
];
const empty = { weekly: {}, holidays: [], makeupDays: [], exceptions: [], cutoffMinutes: 30, phone: '', configured: false, timeZone: 'Asia/Shanghai' };

test.each([
  [{ weekly: { 1: [{ start: '8:30', end: '12:00', kind: 'regular' }] } }, 'weekly.1.0.start'],
  [{ weekly: { 1: [{ start: '12:00', end: '08:30', kind: 'regular' }] } }, 'weekly.1.0.end'],
  [{ weekly: { 1: [{ start: '08:30', end: '12:00', kind: 'nap' }] } }, 'weekly.1.0.kind'],
  [{ weekly: { 1: [monday[0], { start: '11:00', end: '13:00', kind: 'regular' }] } }, 'weekly.1.1.start'],
  [{ weekly: { 8: monday } }, 'weekly'],
  [{ holidays: ['2026-02-30'] }, 'holidays.0'],
  [{ makeupDays: ['tomorrow'] }, 'makeupDays.0'],
  [{ holidays: ['2026-10-10'], makeupDays: ['2026-10-10'] }, 'makeupDays'],
  [{ exceptions: [{ serviceId: 'A', weekdays: [0], periods: [] }] }, 'exceptions.0.weekdays.0'],
  [{ cutoffMinutes: -5 }, 'cutoffMinutes'],
  [{ cutoffMinutes: 241 }, 'cutoffMinutes'],
  [{ phone: 'call us' }, 'phone'],

  [{ opensAt: '08:00' }, 'opensAt'],
])('a bad schedule %j is 400 naming %s and changes nothing', async (body, field) => {
  s = await startTestServer();
  const admin = await s.login('admin');
  const refused = await s.api('POST', '/api/hours', body, admin);
  expect(refused.status).toBe(400);
  expect(refused.body.error).toMatchObject({ code: 'bad_request' });
  expect(refused.body.error.field ?? '').toBe(field);
  expect((await s.api('GET', '/api/hours', undefined, admin)).body).toEqual(empty);
  expect((await s.api('GET', '/api/audit', undefined, admin)).body.entries).toEqual([]);
});

test('an exception for a service that does not exist is 404 naming it, and changes nothing', async () => {
  s = await startTestServer();
  const admin = await s.login('admin');
  const refused = await s.api('POST', '/api/hours', { exceptions: [{ serviceId: 'NOPE', weekdays: [1], periods: [] }] }, admin);
  expect(refused).toMatchObject({ status: 404, body: { error: { code: 'not_found', field: 'exceptions.0.serviceId' } } });
  expect((await s.api('GET', '/api/hours', undefined, admin)).body).toEqual(empty);
});

test('anyone reads what is open now; only the manager reads and saves the schedule, audited and pushed', async () => {
  s = await startTestServer();
  const now = await s.api('GET', '/api/hours/now');
  expect(now).toMatchObject({ status: 200, body: { configured: false, open: true, hall: { status: 'open' }, businessDay: '2026-11-23' } });
  const clerk = await s.login('1001');
  expect((await s.api('GET', '/api/hours', undefined, clerk)).status).toBe(403);
  expect((await s.api('POST', '/api/hours', { cutoffMinutes: 10 }, clerk)).status).toBe(403);
  const admin = await s.login('admin');
  events = await connectEvents(s.server.url);
  const saved = await s.api('POST', '/api/hours', { weekly: { 1: monday }, phone: '021-5555 0100' }, admin);
  expect(saved).toMatchObject({ status: 200, body: { configured: true, weekly: { 1: monday }, phone: '021-5555 0100', cutoffMinutes: 30 } });
  const pushed = await events.next((m) => m.type === 'event' && m.name === 'hours.changed');
  expect(pushed.data).toMatchObject({ configured: true, open: true, phone: '021-5555 0100', today: monday });
  const audit = (await s.api('GET', '/api/audit', undefined, admin)).body.entries;
  expect(audit).toHaveLength(1);
  expect(audit[0]).toMatchObject({ action: 'hours.updated', before: { configured: false }, after: { configured: true, phone: '021-5555 0100' } });
  // Saving the same again writes no audit row.
  await s.api('POST', '/api/hours', { phone: '021-5555 0100' }, admin);
  expect((await s.api('GET', '/api/audit', undefined, admin)).body.entries).toHaveLength(1);
});

test('holidays and make-up days imported as a list: plain dates or date,type; a bad line is named and nothing changes', async () => {
  s = await startTestServer();
  const admin = await s.login('admin');
  const plain = await s.api('POST', '/api/hours/dates', { text: '2026-10-01\n2026-10-02\n\n2026/10/05\n' }, admin);
  expect(plain.body).toMatchObject({ imported: 3, holidays: ['2026-10-01', '2026-10-02', '2026-10-05'], makeupDays: [] });
  const csv = 'date,type\n2026-09-27,班\n2026-10-10,makeup\n2026-10-06,休\n';
  expect((await s.api('POST', '/api/hours/dates', { text: csv }, admin)).body).toMatchObject({
    holidays: ['2026-10-01', '2026-10-02', '2026-10-05', '2026-10-06'],
    makeupDays: ['2026-09-27', '2026-10-10'],
  });
  const before = (await s.api('GET', '/api/hours', undefined, admin)).body;
  for (const text of ['2026-10-07\n2026-13-01\n', '2026-10-07,weekend\n', '2026-10-07,holiday\n2026-10-07,makeup\n']) {
    const refused = await s.api('POST', '/api/hours/dates', { text }, admin);
    expect(refused.status).toBe(400);
    expect(refused.body.error).toMatchObject({ code: 'bad_request', field: 'text' });
  }
  expect((await s.api('POST', '/api/hours/dates', { text: '2026-10-07\n2026-13-01\n' }, admin)).body.error.message).toContain('line 2');
  expect((await s.api('GET', '/api/hours', undefined, admin)).body).toEqual(before);
  // replace: the year's dates are the list's alone.
  const replaced = await s.api('POST', '/api/hours/dates', { text: '2026-05-01\n', replace: true }, admin);
  expect(replaced.body).toMatchObject({ holidays: ['2026-05-01'], makeupDays: [] });
});

test('a ticket outside hours is 409 service_closed with the reason and when it opens again', async () => {
  s = await startTestServer();
  const admin = await s.login('admin');
  const kiosk = await s.login('kiosk');
  // Monday 09:00 in the hall, but this hall opens on Mondays at 14:00 only.
  await s.api('POST', '/api/hours', { weekly: { 1: [monday[1]] } }, admin);
  const refused = await s.api('POST', '/api/tickets', { serviceId: 'A' }, kiosk);
  expect(refused).toMatchObject({
    status: 409,
    body: { ok: false, error: { code: 'service_closed', field: 'serviceId', closed: { reason: 'before_opening', nextOpening: '2026-11-23T06:00:00.000Z' } } },
  });
  expect((await s.api('GET', '/api/hours/now')).body.hall).toMatchObject({ status: 'closed_now', nextOpening: '2026-11-23T06:00:00.000Z' });
});
