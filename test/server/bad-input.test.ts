// Bad input gets its documented answer (docs/API.md) over HTTP and over the WebSocket, and changes
// nothing: an oversize body, a pad's logout, ratings from the wrong device or for an unknown ticket,
// an unknown service, an impossible date, the events path without its upgrade, an empty JSON body.
import { request } from 'node:http';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { startTestServer, stateFingerprint, type TestServer } from '../support/server';
import { connectEvents, type EventClient } from '../support/ws';

let s: TestServer;
beforeEach(async () => {
  s = await startTestServer();
});
afterEach(async () => s.close());

/** A plain HTTP/1.1 POST that writes the whole body without `Expect: 100-continue`, as most clients do. */
function postRaw(path: string, body: Buffer): Promise<{ status: number; body: any }> {
  const url = new URL(s.server.url + path);
  return new Promise((resolve, reject) => {
    const req = request(
      { host: url.hostname, port: url.port, path, method: 'POST', headers: { 'content-type': 'application/json', 'content-length': body.length } },
      (res) => {
        let text = '';
        res.on('data', (d) => (text += d));
        res.on('end', () => resolve({ status: res.statusCode!, body: JSON.parse(text) }));
      },
    );
    req.on('error', reject);
    // In 64 KiB pieces, as a real client's socket would take it.
    for (let at = 0; at < body.length; at += 65536) req.write(body.subarray(at, at + 65536));
    req.end();
  });
}

async function wsAs(token: string): Promise<EventClient & { cmd(name: string, input: unknown): Promise<any> }> {
  const ws = await connectEvents(s.server.url);
  ws.send({ type: 'auth', token });
  await ws.next((m) => m.type === 'auth');
  let id = 0;
  return Object.assign(ws, {
    async cmd(name: string, input: unknown) {
      const mine = ++id;
      ws.send({ type: 'cmd', id: mine, name, input });
      return (await ws.next((m) => m.type === 'result' && m.id === mine)).result;
    },
  });
}

test('a 10 MB body is answered 413 payload_too_large after it was read, every time, and changes nothing', async () => {
  const before = stateFingerprint(s.hall);
  const huge = Buffer.from(JSON.stringify({ user: 'x'.repeat(10 * 1024 * 1024), pin: '1234' }));
  for (let i = 0; i < 5; i++) {
    const r = await postRaw('/api/login', huge);
    expect(r).toEqual({ status: 413, body: { ok: false, error: { code: 'payload_too_large', message: 'the body is over 64 KiB' } } });
  }
  expect(stateFingerprint(s.hall)).toBe(before);
  expect((await s.api('POST', '/api/login', { user: '1001', pin: '1234' })).status).toBe(200); // the server is fine
});

test('a pad can log out, over HTTP and over the WebSocket, and its token is then refused', async () => {
  const pad = await s.login('pad-1', '6666');
  expect(await s.api('POST', '/api/logout', undefined, pad)).toEqual({ status: 200, body: null });
  expect((await s.api('GET', '/api/windows/1/rating', undefined, pad)).status).toBe(401);

  const pad2 = await s.login('pad-2', '6666');
  const ws = await wsAs(pad2);
  expect(await ws.cmd('auth.logout', {})).toEqual({ ok: true, value: null });
  ws.close();
  expect((await s.api('GET', '/api/windows/2/rating', undefined, pad2)).body.error.code).toBe('unauthenticated');
});

test('a rating from a clerk or kiosk token is forbidden with the reason not_a_rating_device', async () => {
  const before = stateFingerprint(s.hall);
  for (const user of ['1001', 'kiosk']) {
    const token = await s.login(user);
    const r = await s.api('POST', '/api/windows/1/rating', { level: 5 }, token);
    expect(r.status).toBe(403);
    expect(r.body.error).toMatchObject({ code: 'forbidden', reason: 'not_a_rating_device' });
    const ws = await wsAs(token);
    expect((await ws.cmd('ratings.submit', { window: 1, level: 5 })).error).toMatchObject({ code: 'forbidden', reason: 'not_a_rating_device' });
    ws.close();
  }
  expect(stateFingerprint(s.hall)).toBe(before);
});

test('a rating for an unknown ticket is 404 naming ticketId, whether or not a rating is awaited', async () => {
  const pad = await s.login('pad-1', '6666');
  const idle = await s.api('POST', '/api/windows/1/rating', { level: 5, ticketId: 999 }, pad);
  expect(idle).toMatchObject({ status: 404, body: { error: { code: 'not_found', field: 'ticketId' } } });

  const kiosk = await s.login('kiosk');
  const clerk = await s.login('1001');
  await s.api('POST', '/api/tickets', { serviceId: 'A' }, kiosk);
  await s.api('POST', '/api/windows/1/sign-in', {}, clerk);
  await s.api('POST', '/api/windows/1/call-next', {}, clerk);
  expect((await s.api('POST', '/api/windows/1/finish', { itemCode: 'A01' }, clerk)).status).toBe(200);
  const before = stateFingerprint(s.hall);
  const awaiting = await s.api('POST', '/api/windows/1/rating', { level: 5, ticketId: 999 }, pad);
  expect(awaiting).toMatchObject({ status: 404, body: { error: { code: 'not_found', field: 'ticketId' } } });
  const ws = await wsAs(pad);
  expect((await ws.cmd('ratings.submit', { window: 1, level: 5, ticketId: 999 })).error).toMatchObject({ code: 'not_found', field: 'ticketId' });
  ws.close();
  expect(stateFingerprint(s.hall)).toBe(before);
});

test('items of an unknown service are 404 naming serviceId; a known one still lists', async () => {
  expect(await s.api('GET', '/api/items?serviceId=NOPE')).toMatchObject({ status: 404, body: { error: { code: 'not_found', field: 'serviceId' } } });
  const listed = await s.api('GET', '/api/items?serviceId=A');
  expect(listed.status).toBe(200);
  expect(listed.body.length).toBeGreaterThan(0);
  const ws = await wsAs(await s.login('kiosk'));
  expect((await ws.cmd('items.list', { serviceId: 'NOPE' })).error).toMatchObject({ code: 'not_found', field: 'serviceId' });
  ws.close();
});

test('a business day that is not in the calendar is 400 naming businessDay', async () => {
  const admin = await s.login('admin');
  for (const day of ['2026-99-99', '2026-02-30', '2026-1-1']) {
    const r = await s.api('GET', `/api/ratings?businessDay=${day}`, undefined, admin);
    expect(r).toMatchObject({ status: 400, body: { error: { code: 'bad_request', field: 'businessDay' } } });
  }
  expect((await s.api('GET', '/api/ratings?businessDay=2026-11-23', undefined, admin)).status).toBe(200);
  const ws = await wsAs(admin);
  expect((await ws.cmd('ratings.list', { businessDay: '2026-99-99' })).error).toMatchObject({ code: 'bad_request', field: 'businessDay' });
  ws.close();
});

test('GET /api/events without the upgrade is 426 upgrade_required', async () => {
  const r = await s.api('GET', '/api/events');
  expect(r).toEqual({ status: 426, body: { ok: false, error: { code: 'upgrade_required', message: 'this path is a WebSocket: send the upgrade' } } });
});

test('a POST documented without a body may carry content-type: application/json and no body', async () => {
  const clerk = await s.login('1001');
  const r = await s.api('POST', '/api/windows/1/sign-in', undefined, clerk, ''); // its input is the path
  expect(r.status).toBe(200);
  expect(r.body).toMatchObject({ number: 1, status: 'open' });
  expect((await s.api('POST', '/api/logout', undefined, clerk, '')).status).toBe(200);
  // Malformed JSON is still refused.
  expect((await s.api('POST', '/api/login', undefined, undefined, '{"user":')).body.error.code).toBe('bad_request');
});
