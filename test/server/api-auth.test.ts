// The HTTP API's guard rails: authentication, roles, malformed input and unknown targets are
// refused with the documented status and error body, and a refused request changes nothing.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startTestServer, stateFingerprint, type TestServer } from '../support/server';

let s: TestServer;
let kiosk: string;
let clerk: string;

beforeAll(async () => {
  s = await startTestServer();
  kiosk = await s.login('kiosk');
  clerk = await s.login('1003');
  await s.api('POST', '/api/tickets', { serviceId: 'A' }, kiosk);
});
afterAll(() => s.close());

test('GET /api/health answers without a token', async () => {
  const r = await s.api('GET', '/api/health');
  expect(r.status).toBe(200);
  expect(r.body).toEqual({ ok: true, businessDay: '2026-11-23', demo: true });
});

test('POST /api/login returns a token and the role; a wrong PIN is 401', async () => {
  const good = await s.api('POST', '/api/login', { user: '1001', pin: '1234' });
  expect(good.status).toBe(200);
  expect(good.body).toMatchObject({ role: 'clerk', user: '1001', name: '张敏' });
  expect(good.body.token).toMatch(/^[\w-]{20,}$/);
  const bad = await s.api('POST', '/api/login', { user: '1001', pin: '9999' });
  expect(bad.status).toBe(401);
  expect(bad.body).toEqual({ ok: false, error: { code: 'unauthenticated', message: 'wrong user or PIN' } });
});

describe('refused requests change no state', () => {
  const cases: [label: string, method: string, path: string, body: unknown, token: () => string | undefined, status: number, code: string, field?: string][] = [
    ['no token', 'POST', '/api/tickets', { serviceId: 'A' }, () => undefined, 401, 'unauthenticated'],
    ['garbage token', 'POST', '/api/tickets', { serviceId: 'A' }, () => 'not-a-token', 401, 'unauthenticated'],
    ['clerk may not issue', 'POST', '/api/tickets', { serviceId: 'A' }, () => clerk, 403, 'forbidden'],
    ['kiosk may not call', 'POST', '/api/windows/3/call-next', undefined, () => kiosk, 403, 'forbidden'],
    ['no token to call', 'POST', '/api/windows/3/call-next', undefined, () => undefined, 401, 'unauthenticated'],
    ['serviceId missing', 'POST', '/api/tickets', {}, () => kiosk, 400, 'bad_request', 'serviceId'],
    ['serviceId wrong type', 'POST', '/api/tickets', { serviceId: 7 }, () => kiosk, 400, 'bad_request', 'serviceId'],
    ['priority not a class', 'POST', '/api/tickets', { serviceId: 'A', priority: 'vip' }, () => kiosk, 400, 'bad_request', 'priority'],
    ['unknown field', 'POST', '/api/tickets', { serviceId: 'A', extra: 1 }, () => kiosk, 400, 'bad_request', 'extra'],
    ['unknown service', 'POST', '/api/tickets', { serviceId: 'Q' }, () => kiosk, 404, 'not_found', 'serviceId'],
    ['window not a number', 'POST', '/api/windows/abc/call-next', undefined, () => clerk, 400, 'bad_request', 'window'],
    ['unknown window', 'POST', '/api/windows/99/sign-in', undefined, () => clerk, 404, 'not_found', 'window'],
    ['unstaffed window', 'POST', '/api/windows/2/call-next', undefined, () => clerk, 409, 'conflict'],
    ['bad pause reason', 'POST', '/api/windows/3/pause', { reason: 'nap' }, () => clerk, 400, 'bad_request', 'reason'],
    ['transfer without service', 'POST', '/api/windows/3/transfer', {}, () => clerk, 400, 'bad_request', 'serviceId'],
    ['unknown path', 'POST', '/api/windows/3/dance', undefined, () => clerk, 404, 'not_found'],
  ];
  test.each(cases)('%s → %i', async (_label, method, path, body, token, status, code, field) => {
    const before = stateFingerprint(s.hall);
    const r = await s.api(method, path, body, token());
    expect(r.status).toBe(status);
    expect(r.body.ok).toBe(false);
    expect(r.body.error.code).toBe(code);
    expect(typeof r.body.error.message).toBe('string');
    if (field) expect(r.body.error.field).toBe(field);
    expect(stateFingerprint(s.hall)).toBe(before);
  });

  test('a body that is not JSON is 400', async () => {
    const before = stateFingerprint(s.hall);
    const r = await s.api('POST', '/api/tickets', undefined, kiosk, '{"serviceId": ');
    expect(r.status).toBe(400);
    expect(r.body.error.code).toBe('bad_request');
    expect(stateFingerprint(s.hall)).toBe(before);
  });

  test('a JSON array body is 400', async () => {
    const r = await s.api('POST', '/api/tickets', undefined, kiosk, '[1,2]');
    expect(r.status).toBe(400);
    expect(r.body.error.code).toBe('bad_request');
  });

  test('a clerk cannot act at a window another clerk staffs', async () => {
    const other = await s.login('1001');
    expect((await s.api('POST', '/api/windows/3/sign-in', undefined, clerk)).status).toBe(200);
    const before = stateFingerprint(s.hall);
    const r = await s.api('POST', '/api/windows/3/call-next', undefined, other);
    expect(r.status).toBe(403);
    expect(r.body.error).toMatchObject({ code: 'forbidden', reason: 'other_clerks_window' });
    expect(stateFingerprint(s.hall)).toBe(before);
  });
});

test('logout revokes the token', async () => {
  const token = await s.login('1002');
  expect((await s.api('POST', '/api/logout', undefined, token)).status).toBe(200);
  const r = await s.api('POST', '/api/windows/2/sign-in', undefined, token);
  expect(r.status).toBe(401);
});
