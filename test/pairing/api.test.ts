// Device accounts over real loopback HTTP and WebSocket: the manager creates a pad and reads its code;
// the pad pairs with it (a 201, then a device session), rates at its window; the manager revokes it and
// its token is refused at once, on HTTP and on an open WebSocket; a clerk may not manage devices.
import { afterEach, expect, test } from 'vitest';
import { startTestServer, type TestServer } from '../support/server';
import { connectEvents } from '../support/ws';

let s: TestServer | undefined;
afterEach(async () => s?.close());

test('create, pair, use and revoke a pad over HTTP', async () => {
  s = await startTestServer();
  const admin = await s.login('admin');
  expect((await s.api('POST', '/api/devices/accounts/pad-3/revoke', {}, admin)).body).toMatchObject({ revoked: true });
  const created = await s.api('POST', '/api/devices/accounts', { kind: 'pad', name: '3号窗口评价器', window: 3 }, admin);
  expect(created).toMatchObject({ status: 201, body: { kind: 'pad', window: 3, paired: false } });
  const id = created.body.id as string;
  const code = await s.api('POST', `/api/devices/accounts/${id}/code`, {}, admin);
  expect(code).toMatchObject({ status: 200, body: { id, path: `/pad?pair=${code.body.code}` } });

  const other = code.body.code === '00000000' ? '11111111' : '00000000';
  expect(await s.api('POST', '/api/devices/pair', { code: other })).toMatchObject({
    status: 401,
    body: { ok: false, error: { code: 'unauthenticated', field: 'code' } },
  });
  // The pad pairs on its WebSocket: that socket holds the device session from then on.
  const ws = await connectEvents(s.server.url);
  ws.send({ type: 'cmd', id: 1, name: 'devices.pair', input: { code: code.body.code } });
  const paired = (await ws.next((m) => m.id === 1)).result;
  expect(paired).toMatchObject({ ok: true, value: { role: 'pad', user: id } });
  const token = paired.value.token as string;
  ws.send({ type: 'cmd', id: 2, name: 'ratings.prompt', input: {} });
  expect((await ws.next((m) => m.id === 2)).result).toMatchObject({ ok: true, value: { windowNo: 3 } });
  expect((await s.api('POST', '/api/devices/pair', { code: code.body.code })).status).toBe(401);
  expect((await s.api('GET', '/api/windows/3/rating', undefined, token)).body).toMatchObject({ windowNo: 3 });

  const list = await s.api('GET', '/api/devices/accounts', undefined, admin);
  expect(list.body.find((d: { id: string }) => d.id === id)).toMatchObject({ paired: true, lastSeen: expect.any(String) });
  expect(JSON.stringify(list.body)).not.toContain(token);

  expect((await s.api('POST', `/api/devices/accounts/${id}/revoke`, {}, admin)).body).toMatchObject({ revoked: true, paired: false });
  expect((await s.api('GET', '/api/windows/3/rating', undefined, token)).status).toBe(401);
  ws.send({ type: 'cmd', id: 3, name: 'ratings.prompt', input: {} });
  expect((await ws.next((m) => m.id === 3)).result).toMatchObject({ ok: false, error: { code: 'unauthenticated' } });
  ws.close();

  const clerk = await s.login('1001');
  expect((await s.api('POST', '/api/devices/accounts', { kind: 'kiosk', name: 'K' }, clerk)).status).toBe(403);
  expect((await s.api('GET', '/api/devices/accounts')).status).toBe(401);
  expect(await s.api('POST', '/api/devices/accounts', { kind: 'pad', name: 'P', window: 42 }, admin)).toMatchObject({
    status: 404,
    body: { error: { code: 'not_found', field: 'window' } },
  });
  expect((await s.api('GET', '/api/devices/pairing')).body).toEqual({ devicePin: true });
});
