// Windows and clerks over real loopback HTTP: the manager adds a window with a profile and a clerk with
// a PIN, the clerk signs in there; a bad field is 400 naming it; a PIN reset ends the clerk's token;
// the last manager is 409; a clerk's token is 403.
import { afterEach, expect, test } from 'vitest';
import { startTestServer, type TestServer } from '../support/server';

let s: TestServer | undefined;
afterEach(async () => s?.close());

test('a window and a clerk saved over HTTP; the clerk signs in there; a PIN reset ends their token', async () => {
  s = await startTestServer();
  const admin = await s.login('admin');
  const window = { number: 9, name: '9号窗口', profile: { A: 'primary', B: 'backup' }, ledAddress: 9, keypadAddress: 9 };
  expect(await s.api('POST', '/api/config/windows', window, admin)).toMatchObject({ status: 200, body: { ...window, enabled: true } });
  const bad = await s.api('POST', '/api/config/windows', { ...window, number: 10, profile: { Q: 'primary' } }, admin);
  expect(bad).toMatchObject({ status: 400, body: { ok: false, error: { code: 'bad_request', field: 'profile.Q' } } });
  expect((await s.api('GET', '/api/config/windows', undefined, admin)).body.map((w: { number: number }) => w.number)).toEqual([1, 2, 3, 4, 9]);

  expect(await s.api('POST', '/api/config/clerks', { id: 'W9', name: '孙悦', pin: '3579' }, admin)).toMatchObject({
    status: 200,
    body: { id: 'W9', role: 'clerk' },
  });
  const clerk = await s.login('W9', '3579');
  expect(await s.api('POST', '/api/windows/9/sign-in', {}, clerk)).toMatchObject({ status: 200, body: { number: 9, clerk: { id: 'W9' } } });
  expect((await s.api('GET', '/api/config/clerks', undefined, clerk)).status).toBe(403);

  const reset = await s.api('POST', '/api/config/clerks/W9/pin', { pin: '12' }, admin);
  expect(reset).toMatchObject({ status: 400, body: { error: { field: 'pin' } } });
  expect((await s.api('POST', '/api/config/clerks/W9/pin', { pin: '8642' }, admin)).status).toBe(200);
  expect((await s.api('GET', '/api/windows/9', undefined, clerk)).status).toBe(401);
  expect((await s.api('POST', '/api/login', { user: 'W9', pin: '3579' })).status).toBe(401);
  await s.login('W9', '8642');

  const last = await s.api('POST', '/api/config/clerks', { id: 'admin', name: '管理员', role: 'admin', active: false }, admin);
  expect(last).toMatchObject({ status: 409, body: { error: { code: 'conflict', reason: 'last_manager' } } });
  const png = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';
  expect((await s.api('POST', '/api/config/clerks/W9/photo', { photo: png }, admin)).body).toMatchObject({ hasPhoto: true });
  expect((await s.api('GET', '/api/config/clerks/W9/photo', undefined, admin)).body).toEqual({ id: 'W9', photo: png });
  const actions = (await s.api('GET', '/api/audit?limit=10', undefined, admin)).body.entries.map((e: { action: string }) => e.action);
  expect(actions).toEqual(['clerk.photo_set', 'clerk.pin_reset', 'clerk.created', 'window.created']);
});
