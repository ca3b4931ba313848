// The hall log over HTTP, against the real LAN server on loopback: manager only (a clerk's, a
// kiosk's or a pad's token gets 403 forbidden, none 401), the page of lines, the raw download of a
// file; refused requests that never reach a command are lines too (path, status, principal kind).
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { DEMO_PAD_PIN } from '../../electron/core/rating-devices';
import { startServer, type RunningServer } from '../../electron/server/server';
import { openTestHall, type TestHall } from '../support/hall';
import { closeFileLogs, withFileLog, type LoggedHall } from './support';

let t: TestHall;
let log: LoggedHall;
let server: RunningServer;

beforeEach(async () => {
  t = openTestHall();
  log = await withFileLog(t);
  server = await startServer({ hall: t.hall, host: '127.0.0.1', port: 0 });
});
afterEach(async () => {
  await server.close();
  await closeFileLogs();
  t.cleanup();
});

async function call(path: string, token?: string, init: RequestInit = {}) {
  const response = await fetch(server.url + path, { ...init, headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...(init.headers ?? {}) } });
  return { status: response.status, headers: response.headers, text: await response.text() };
}
const json = async (path: string, token?: string) => {
  const r = await call(path, token);
  return { status: r.status, body: JSON.parse(r.text) };
};
async function login(user: string, pin: string): Promise<string> {
  const r = await call('/api/login', undefined, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ user, pin }) });
  return JSON.parse(r.text).token as string;
}

test('manager only: 401 without a token, 403 forbidden for a clerk, the kiosk and a pad', async () => {
  const tokens = { clerk: await login('1001', '1234'), kiosk: await login('kiosk', '8888'), pad: await login('pad-1', DEMO_PAD_PIN) };
  for (const path of ['/api/log', '/api/log/file', '/api/log/download']) {
    expect((await json(path)).body).toMatchObject({ ok: false, error: { code: 'unauthenticated' } });
    expect((await call(path)).status).toBe(401);
    for (const [role, token] of Object.entries(tokens)) {
      const r = await json(path, token);
      expect([path, role, r.status, r.body.error.code]).toEqual([path, role, 403, 'forbidden']);
    }
  }
});

test('the manager reads the newest lines by level, and downloads the current file as it is on disk', async () => {
  await call('/api/login', undefined, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ user: 'admin', pin: '111111' }),
  });
  t.hall.log.child('backup').error('backup failed: the USB drive is gone', new Error('ENOENT: /media/usb'));
  t.hall.log.info('plain info line');
  const admin = await login('admin', '000000');
  await log.fileLog.flush();

  const page = await json('/api/log?limit=2', admin);
  expect(page.status).toBe(200);
  expect(page.body.lines.map((l: { msg: string }) => l.msg)).toEqual(['plain info line', 'backup failed: the USB drive is gone']);
  expect(page.body.next).toMatch(/^hall\..*@\d+$/);
  const older = await json(`/api/log?limit=5&before=${encodeURIComponent(page.body.next)}`, admin);
  expect(older.body.lines.map((l: { msg: string }) => l.msg)).toEqual(['login refused']);
  const errors = await json('/api/log?level=error', admin);
  expect(errors.body.lines).toEqual([
    expect.objectContaining({ level: 'error', source: 'backup', err: expect.objectContaining({ message: 'ENOENT: /media/usb' }) }),
  ]);
  expect(page.body.files).toEqual([expect.objectContaining({ current: true, name: expect.stringMatching(/^hall\.\d{4}-\d{2}-\d{2}\.1\.log$/) })]);

  expect((await json('/api/log?level=debug', admin)).body).toMatchObject({ error: { code: 'bad_request', field: 'level' } });
  expect((await json('/api/log?limit=0', admin)).body).toMatchObject({ error: { code: 'bad_request', field: 'limit' } });
  expect((await json('/api/log?before=../../etc/passwd@1', admin)).body).toMatchObject({ error: { code: 'bad_request', field: 'before' } });

  await log.fileLog.flush(); // the refusals just above are on disk: the file is what it will stay
  const file = await call('/api/log/download', admin);
  expect(file.status).toBe(200);
  expect(file.headers.get('content-type')).toBe('application/x-ndjson; charset=utf-8');
  const name = page.body.files[0].name as string;
  expect(file.headers.get('content-disposition')).toBe(`attachment; filename="${name}"`);
  expect(file.text).toBe(readFileSync(log.fileLog.currentFile(), 'utf8'));
  expect(
    file.text
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l).msg),
  ).toEqual(expect.arrayContaining(['login refused', 'plain info line']));
  expect((await call(`/api/log/download?name=${name}`, admin)).text).toBe(file.text);
  expect((await json('/api/log/download?name=hall.2001-01-01.1.log', admin)).body).toMatchObject({ error: { code: 'not_found', field: 'name' } });
  expect((await json('/api/log/download?name=..%2Ftongban.db', admin)).body).toMatchObject({ error: { code: 'bad_request', field: 'name' } });
  expect(file.text).not.toContain('111111');
});

test('refused requests that reach no command are one line each: method, path without query, status, principal', async () => {
  const clerk = await login('1001', '1234');
  expect((await call('/api/nothing-here?pin=4321', clerk)).status).toBe(404);
  expect((await call('/api/hall', 'not-a-token')).status).toBe(401);
  expect((await call('/api/tickets', undefined, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{oops' })).status).toBe(400);
  // A refused command over HTTP is the core's line only (not a second one from the server).
  expect((await call('/api/log', clerk)).status).toBe(403);
  const lines = (await log.lines()).filter((l) => /refused/.test(l.msg));
  expect(lines.map((l) => [l.source, l.level, l.msg, l.method, l.path, l.status, l.principal, l.code])).toEqual([
    ['server', 'info', 'request refused', 'GET', '/api/nothing-here', 404, 'clerk', 'not_found'],
    ['server', 'warn', 'request refused', 'GET', '/api/hall', 401, 'invalid-token', 'unauthenticated'],
    ['server', 'info', 'request refused', 'POST', '/api/tickets', 400, 'anonymous', 'bad_request'],
    ['core', 'warn', 'command refused', undefined, undefined, undefined, 'clerk', 'forbidden'],
  ]);
  expect(JSON.stringify(lines)).not.toContain('4321');
  expect(JSON.stringify(lines)).not.toContain('not-a-token');
});
