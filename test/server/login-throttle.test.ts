// The LAN login throttle over real loopback HTTP and WebSocket (issue 11, "Logins"): each client binds
// its own loopback address (127.0.0.x; Linux routes all of 127/8 to lo), so the server sees real,
// distinct remote addresses, as it sees the PCs of a hall.
import { request } from 'node:http';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import WebSocket from 'ws';
import { LOCAL_SOURCE, LOGIN_LIMITS } from '../../electron/core/auth';
import { startServer, type RunningServer } from '../../electron/server/server';
import { openTestHall, type TestHall } from '../support/hall';
import { connectEvents } from '../support/ws';

interface Answer {
  status: number;
  body: any;
  retryAfter: string | undefined;
}

let t: TestHall;
let server: RunningServer;

/** One request on its own connection from `from` (a loopback address): the server's source. */
function call(method: 'GET' | 'POST', path: string, from: string, body?: unknown, token?: string): Promise<Answer> {
  const text = body === undefined ? undefined : JSON.stringify(body);
  return new Promise((resolve, reject) => {
    const headers: Record<string, string> = {};
    if (text !== undefined) headers['content-type'] = 'application/json';
    if (token) headers.authorization = `Bearer ${token}`;
    const req = request(`${server.url}${path}`, { method, headers, localAddress: from, agent: false }, (res) => {
      let data = '';
      res.setEncoding('utf8');
      res.on('data', (chunk) => (data += chunk));
      res.on('end', () =>
        resolve({ status: res.statusCode!, body: data ? JSON.parse(data) : null, retryAfter: res.headers['retry-after'] as string | undefined }),
      );
    });
    req.on('error', reject);
    req.end(text);
  });
}

const X = '127.0.0.2'; // the stranger's PC
const Y = '127.0.0.3'; // the clerk's PC
const loginFrom = (from: string, user: string, pin: string) => call('POST', '/api/login', from, { user, pin });
const adminToken = async () => (await loginFrom(Y, 'admin', '000000')).body.token as string;

beforeEach(async () => {
  t = openTestHall();
  server = await startServer({ hall: t.hall, host: '127.0.0.1', port: 0 });
});
afterEach(async () => {
  await server.close();
  t.cleanup();
});

describe('a stranger cannot lock out a clerk at another PC', () => {
  test("100 wrong PINs from X for 1001 (all at once) do not stop 1001 logging in from Y; X's own tries are paused", async () => {
    const answers = await Promise.all(Array.from({ length: 100 }, (_, i) => loginFrom(X, '1001', String(1000 + i))));
    const codes = answers.map((a) => a.body.error.code);
    // Counted from their start: only the free tries were checked, the rest were refused at once.
    expect(codes.filter((c) => c === 'unauthenticated')).toHaveLength(LOGIN_LIMITS.pairFree);
    expect(codes.filter((c) => c === 'too_many_attempts')).toHaveLength(100 - LOGIN_LIMITS.pairFree);
    expect(answers.every((a) => a.status === (a.body.error.code === 'too_many_attempts' ? 429 : 401))).toBe(true);

    const fromY = await loginFrom(Y, '1001', '1234');
    expect(fromY.status).toBe(200);
    expect(fromY.body).toMatchObject({ user: '1001', role: 'clerk' });
    expect((await t.hall.login({ user: '1001', pin: '1234' }, LOCAL_SOURCE)).ok).toBe(true); // the hall PC's windows too

    const stillX = await loginFrom(X, '1001', '1234');
    expect(stillX).toMatchObject({ status: 429, retryAfter: '60', body: { error: { code: 'too_many_attempts', retryAfter: 60 } } });
    expect(stillX.body.error.message).toMatch(/for this user from this computer; try again in 1 min/);
  });

  test('one PC trying many 工号 is paused as a whole, right PINs included; other PCs are not', async () => {
    for (let i = 0; i < LOGIN_LIMITS.sourceFree; i++) expect((await loginFrom(X, String(2000 + i), '1234')).status).toBe(401);
    const blocked = await loginFrom(X, '1002', '1234');
    expect(blocked).toMatchObject({ status: 429, retryAfter: '60', body: { error: { code: 'too_many_attempts', retryAfter: 60 } } });
    expect(blocked.body.error.message).toMatch(/too many wrong PINs from this computer; try again in 1 min/);
    expect((await loginFrom(Y, '1002', '1234')).status).toBe(200);
    t.clock.advance(LOGIN_LIMITS.firstLockMs);
    expect((await loginFrom(X, '1002', '1234')).status).toBe(200);
    // The source's count is not reset by a right PIN: its next wrong one pauses it for longer.
    expect((await loginFrom(X, '2999', '1234')).status).toBe(401);
    expect((await loginFrom(X, '1002', '1234')).retryAfter).toBe('120');
  });

  test('over the WebSocket the source is the remote address too', async () => {
    const ws = new WebSocket(`${server.url.replace('http', 'ws')}/api/events`, { localAddress: X });
    const results = new Map<number, any>();
    const waiting = new Map<number, () => void>();
    ws.on('message', (raw) => {
      const m = JSON.parse(String(raw));
      if (m.type !== 'result') return;
      results.set(m.id, m.result);
      waiting.get(m.id)?.();
    });
    await new Promise((resolve) => ws.once('open', resolve));
    const send = (id: number, input: unknown) =>
      new Promise<any>((resolve) => {
        waiting.set(id, () => resolve(results.get(id)));
        ws.send(JSON.stringify({ type: 'cmd', id, name: 'auth.login', input }));
      });
    for (let i = 1; i <= LOGIN_LIMITS.pairFree; i++) expect((await send(i, { user: '1003', pin: '0000' })).error.code).toBe('unauthenticated');
    expect((await send(99, { user: '1003', pin: '1234' })).error).toMatchObject({ code: 'too_many_attempts', retryAfter: 60 });
    ws.close();
    expect((await loginFrom(Y, '1003', '1234')).status).toBe(200);
    const lockouts = t.hall.auth.throttle.lockouts(false);
    expect(lockouts).toEqual([expect.objectContaining({ source: X, user: '1003', failures: LOGIN_LIMITS.pairFree })]);
  });
});

test('bad login input is a 400 naming the field, and counts no wrong PIN', async () => {
  for (const [body, field] of [
    [{ user: '1001' }, 'pin'],
    [{ user: 1001, pin: '1234' }, 'user'],
    [{ user: '1001', pin: '1234', extra: 1 }, 'extra'],
    [{ user: 'x'.repeat(33), pin: '1234' }, 'user'],
  ] as const) {
    expect(await call('POST', '/api/login', X, body)).toMatchObject({
      status: 400,
      body: { error: { code: 'bad_request', field } },
    });
  }
  expect(t.hall.auth.throttle.lockouts(true)).toEqual([]);
});

describe('locks survive a restart, and the manager lifts them', () => {
  test('a restart of the hall keeps the lock', async () => {
    for (let i = 0; i < LOGIN_LIMITS.pairFree; i++) await loginFrom(X, '1001', '0000');
    await server.close();
    t.reopen();
    server = await startServer({ hall: t.hall, host: '127.0.0.1', port: 0 });
    expect((await loginFrom(X, '1001', '1234')).body.error).toMatchObject({ code: 'too_many_attempts', retryAfter: 60 });
    expect((await loginFrom(Y, '1001', '1234')).status).toBe(200);
  });

  test('the manager sees the lock-outs and unlocks; the unlock is audited; clerks may not', async () => {
    for (let i = 0; i < LOGIN_LIMITS.pairFree; i++) await loginFrom(X, '1001', '0000');
    await loginFrom(X, '1002', '0000'); // a run that has not locked (yet)
    const admin = await adminToken();
    const clerk = (await loginFrom(Y, '1003', '1234')).body.token as string;

    const locks = await call('GET', '/api/auth/lockouts', Y, undefined, admin);
    expect(locks.status).toBe(200);
    expect(locks.body).toEqual([
      { source: X, user: '1001', failures: 5, since: expect.any(String), lastAt: expect.any(String), lockedUntil: expect.any(String), retryAfter: 60 },
    ]);
    const all = await call('GET', '/api/auth/lockouts?all=true', Y, undefined, admin);
    expect(all.body.map((l: any) => [l.user, l.failures, l.retryAfter])).toEqual([
      ['1001', 5, 60],
      ['1002', 1, 0],
      [null, 6, 0],
    ]);
    expect((await call('GET', '/api/auth/lockouts', Y, undefined, clerk)).status).toBe(403);
    expect((await call('POST', '/api/auth/unlock', Y, { user: '1001' }, clerk)).status).toBe(403);

    // Bad input names its field and changes nothing.
    const bad = await call('POST', '/api/auth/unlock', Y, {}, admin);
    expect(bad).toMatchObject({ status: 400, body: { error: { code: 'bad_request', field: 'user' } } });
    expect((await call('GET', '/api/auth/lockouts', Y, undefined, admin)).body).toHaveLength(1);

    const unlocked = await call('POST', '/api/auth/unlock', Y, { user: '1001' }, admin);
    expect(unlocked.status).toBe(200);
    expect(unlocked.body).toEqual([expect.objectContaining({ source: X, user: '1001', failures: 5 })]);
    expect((await loginFrom(X, '1001', '1234')).status).toBe(200);
    expect((await call('GET', '/api/auth/lockouts', Y, undefined, admin)).body).toEqual([]);

    const audit = await call('GET', '/api/audit?action=login.unlocked', Y, undefined, admin);
    expect(audit.body.entries).toEqual([
      expect.objectContaining({ userId: 'admin', action: 'login.unlocked', target: 'user 1001', before: unlocked.body, after: null }),
    ]);
    // Nothing left to lift: no audit row.
    expect((await call('POST', '/api/auth/unlock', Y, { user: '1001' }, admin)).body).toEqual([]);
    // A source as a whole: its own count and each user's from it.
    const bySource = await call('POST', '/api/auth/unlock', Y, { source: X }, admin);
    expect(bySource.body.map((l: any) => l.user)).toEqual([null, '1002']);
    expect((await call('GET', '/api/audit?action=login.unlocked', Y, undefined, admin)).body.entries.map((e: any) => e.target)).toEqual([
      `source ${X}`,
      'user 1001',
    ]);
  });
});

test('a lock that begins and its lifting are pushed as lockouts.changed, with only the count (events reach every screen)', async () => {
  const events = await connectEvents(server.url);
  try {
    // Wrong PINs that lock nothing push nothing; the one that begins the lock does.
    for (let i = 0; i < LOGIN_LIMITS.pairFree; i++) await loginFrom(X, '1001', '0000');
    expect((await events.next((m) => m.name === 'lockouts.changed')).data).toEqual({ locked: 1 });
    const admin = await adminToken();
    await call('POST', '/api/auth/unlock', Y, { source: X, user: '1001' }, admin);
    expect((await events.next((m) => m.name === 'lockouts.changed')).data).toEqual({ locked: 0 });
    // Nothing left to lift: no push. The login after it (on the same socket's order) proves none came.
    await call('POST', '/api/auth/unlock', Y, { source: X, user: '1001' }, admin);
    for (let i = 0; i < LOGIN_LIMITS.pairFree; i++) await loginFrom(X, '1002', '0000');
    expect((await events.next((m) => m.name === 'lockouts.changed')).data).toEqual({ locked: 1 });
    expect(events.messages.filter((m) => m.name === 'lockouts.changed')).toEqual([]);
  } finally {
    events.close();
  }
});

describe('a login flood does not stall the hall', () => {
  test('a read issued during 100 concurrent wrong logins (100 PCs) is answered before the last of them', async () => {
    const order: string[] = [];
    const flood = Array.from({ length: 100 }, (_, i) =>
      loginFrom(`127.0.1.${i + 1}`, '1001', '0000').then((a) => {
        order.push('login');
        return a;
      }),
    );
    // Once the first answer is back the flood is surely under way in the hall.
    await Promise.race(flood);
    const read = call('GET', '/api/hall', Y).then((a) => {
      order.push('read');
      return a;
    });
    const [answers, hall] = await Promise.all([Promise.all(flood), read]);
    expect(hall.status).toBe(200);
    // Every one of them had its PIN checked (one try per PC), and the hall answered the read meanwhile.
    expect(answers.every((a) => a.status === 401)).toBe(true);
    expect(order.indexOf('read')).toBeLessThan(order.length - 1);
    expect((await loginFrom(Y, '1001', '1234')).status).toBe(200);
  }, 180_000); // 100 scrypts, one or two at a time, on a busy 2-core machine
});
