// The re-send over the LAN API (POST /api/sync/days/{day}/resend): the documented answers for a day that
// is not a date, a day with nothing to send, no upstream yet, and a re-send that goes.
import { afterEach, expect, test } from 'vitest';
import { startTestServer, type TestServer } from '../support/server';
import { HALL_ID, SECRET, receivedDays, startReceiver, type TestReceiver } from '../support/sync';

let s: TestServer | undefined;
let r: TestReceiver | undefined;
afterEach(async () => {
  await s?.close();
  await r?.close();
});

test('POST /api/sync/days/{day}/resend answers 400, 404, 409 or the status, as docs/API.md says', async () => {
  s = await startTestServer();
  let admin = await s.login('admin');
  const kiosk = await s.login('kiosk');
  expect(await s.api('POST', '/api/sync/days/2026-11-23/resend', undefined, admin)).toMatchObject({
    status: 409,
    body: { ok: false, error: { code: 'conflict' } },
  });
  expect((await s.api('POST', '/api/sync/days/2026-11-23/resend', undefined, kiosk)).status).toBe(403);
  // Monday's tickets, then the night after: Monday is a closed day with records.
  await s.api('POST', '/api/tickets', { serviceId: 'A' }, kiosk);
  s.clock.set(Date.parse('2026-11-24T02:00:00+08:00'));
  s.hall.engine.rollover();
  admin = await s.login('admin'); // a new day: a fresh session
  r = await startReceiver({ now: () => s!.clock.now() });
  const config = { url: r.url, hallId: HALL_ID, secret: SECRET, windowStart: '01:00', windowEnd: '01:30' };
  expect((await s.api('POST', '/api/sync/config', config, admin)).status).toBe(200);
  expect(await s.api('POST', '/api/sync/days/2026-13-01/resend', undefined, admin)).toMatchObject({
    status: 400,
    body: { error: { code: 'bad_request', field: 'day' } },
  });
  expect(await s.api('POST', '/api/sync/days/yesterday/resend', undefined, admin)).toMatchObject({ status: 400, body: { error: { field: 'day' } } });
  expect(await s.api('POST', '/api/sync/days/2026-11-22/resend', undefined, admin)).toMatchObject({
    status: 404,
    body: { error: { code: 'not_found', field: 'day' } },
  });
  const sent = await s.api('POST', '/api/sync/days/2026-11-23/resend', undefined, admin);
  expect(sent).toMatchObject({ status: 200, body: { running: true, waiting: ['2026-11-23'] } });
  await expect.poll(async () => (await s!.api('GET', '/api/sync', undefined, admin)).body.deliveries.length).toBe(1);
  expect(receivedDays(r.db)).toEqual([{ day: '2026-11-23', tickets: 1 }]);
});
