// First-run setup over real loopback HTTP: only the setup server answers, only on 127.0.0.1, every
// other path says setup_required; the code is checked (a new one after too many wrong tries); a bad
// field is named and changes nothing; once done, the hall serves its API on the same port. Setup from
// another hall's file: its dry run behind the code, then setup with a file over 64 KiB; past 4 MiB 413.
import { rmSync } from 'node:fs';
import { afterEach, expect, test } from 'vitest';
import { ManualClock } from '../../electron/core/clock';
import { openInspectableHall, type InspectableHall } from '../../electron/core/inspectable-hall';
import { startServer, type RunningServer } from '../../electron/server/server';
import { SETUP_CODE_TRIES, startSetupServer, type SetupServer } from '../../electron/server/setup-server';
import { MONDAY_9AM, makeTempDir, openSeededHall } from '../support/hall';
import { bigConfigFile } from '../config/transfer-halls';

let hall: InspectableHall | undefined;
let setupServer: SetupServer | undefined;
let server: RunningServer | undefined;
let dir: string | undefined;
afterEach(async () => {
  await setupServer?.close();
  await server?.close();
  hall?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
  hall = setupServer = server = dir = undefined;
});

const input = { hallName: '新华路街道社区事务受理服务中心', hallCode: 'CN-XH-01', regionCode: '310105', manager: { id: '9001', name: '周丽', pin: '408215' } };

async function call(url: string, method: string, body?: unknown, token?: string) {
  const headers: Record<string, string> = body === undefined ? {} : { 'content-type': 'application/json' };
  if (token) headers.authorization = `Bearer ${token}`;
  const response = await fetch(url, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  return { status: response.status, body: (await response.json()) as any };
}

async function startSetup() {
  dir = makeTempDir();
  hall = openInspectableHall({ dataDir: dir, clock: new ManualClock(MONDAY_9AM), log: () => {} });
  const codes: string[] = [];
  setupServer = await startSetupServer({ hall, port: 0, onCode: (c) => codes.push(c) });
  return { codes, url: setupServer.url };
}

test('before setup only the setup server answers, on 127.0.0.1, and the hall API says setup_required', async () => {
  const { url, codes } = await startSetup();
  expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  expect(codes).toHaveLength(1);
  expect(codes[0]).toMatch(/^\d{8}$/);
  expect(await call(`${url}/api/setup`, 'GET')).toEqual({ status: 200, body: { needed: true, templates: ['demo-services', 'empty', 'file'] } });
  expect(await call(`${url}/api/hall`, 'GET')).toMatchObject({ status: 503, body: { ok: false, error: { code: 'setup_required' } } });
  expect(await call(`${url}/api/login`, 'POST', { user: '9001', pin: '408215' })).toMatchObject({ status: 503 });
});

test('a wrong code is refused (field code); too many wrong codes bring a new code and the old one stops working', async () => {
  const { url, codes } = await startSetup();
  const first = codes[0]!;
  expect(await call(`${url}/api/setup`, 'POST', { ...input, code: '00000000' === first ? '11111111' : '00000000' })).toMatchObject({
    status: 403,
    body: { error: { code: 'forbidden', field: 'code' } },
  });
  for (let i = 1; i < SETUP_CODE_TRIES; i += 1) await call(`${url}/api/setup`, 'POST', { ...input, code: 'x' });
  expect(codes).toHaveLength(2);
  expect(await call(`${url}/api/setup`, 'POST', { ...input, code: first })).toMatchObject({ status: 403, body: { error: { field: 'code' } } });
  expect(hall!.needsSetup()).toBe(true);
  // Spaces as printed ("1234 5678") are fine.
  const spaced = `${codes[1]!.slice(0, 4)} ${codes[1]!.slice(4)}`;
  expect(await call(`${url}/api/setup`, 'POST', { ...input, code: spaced })).toMatchObject({ status: 200, body: { manager: '9001' } });
});

test('a bad field is named and changes nothing; the right code and input set the hall up, then the hall serves on the same port', async () => {
  const { url, codes } = await startSetup();
  const code = codes[0]!;
  const weak = await call(`${url}/api/setup`, 'POST', { ...input, code, manager: { ...input.manager, pin: '111111' } });
  expect(weak).toMatchObject({ status: 400, body: { error: { code: 'bad_request', field: 'manager.pin' } } });
  expect(hall!.db.prepare('SELECT count(*) AS n FROM users').get()).toEqual({ n: 0 });
  const done = await call(`${url}/api/setup`, 'POST', { ...input, code });
  expect(done).toEqual({ status: 200, body: { manager: '9001', services: 7, items: 19 } });
  await setupServer!.done;
  const port = setupServer!.port;
  await setupServer!.close();
  setupServer = undefined;
  server = await startServer({ hall: hall!, host: '127.0.0.1', port });
  const login = await call(`${server.url}/api/login`, 'POST', { user: '9001', pin: '408215' });
  expect(login).toMatchObject({ status: 200, body: { role: 'admin' } });
  const services = await call(`${server.url}/api/config/services`, 'GET', undefined, login.body.token);
  expect(services.body.map((s: { prefix: string }) => s.prefix)).toEqual(['A', 'B', 'C', 'D', 'E', 'F', 'Z']);
});

test('setup from another hall’s file over HTTP: the dry run behind the code, a file over 64 KiB, 413 past 4 MiB', async () => {
  const source = openSeededHall();
  const file = bigConfigFile(source);
  source.cleanup();
  const { url, codes } = await startSetup();
  const code = codes[0]!;
  const tables = () => JSON.stringify(['users', 'items', 'settings', 'audit'].map((x) => hall!.db.prepare(`SELECT * FROM ${x}`).all()));
  const empty = tables();
  expect(await call(`${url}/api/setup/preview`, 'POST', { file, code: 'x' })).toMatchObject({ status: 403, body: { error: { field: 'code' } } });
  const preview = await call(`${url}/api/setup/preview`, 'POST', { file, code, managerId: '9001' });
  expect(preview.status).toBe(200);
  expect(preview.body.sections.find((s: { section: string }) => s.section === 'items').created).toHaveLength(239);
  const bad = structuredClone(file);
  bad.windows[1]!.primary = ['Q'];
  expect(await call(`${url}/api/setup`, 'POST', { ...input, template: 'file', file: bad, code })).toMatchObject({
    status: 400,
    body: { error: { code: 'bad_request', field: 'file.windows[1].primary[0]' } },
  });
  const huge = { ...input, template: 'file', file: { ...file, padding: 'x'.repeat(4 * 1024 * 1024) }, code };
  expect(await call(`${url}/api/setup`, 'POST', huge)).toEqual({
    status: 413,
    body: { ok: false, error: { code: 'payload_too_large', message: 'the body is over 4 MiB' } },
  });
  expect(tables()).toBe(empty);
  expect(hall!.needsSetup()).toBe(true);
  const done = await call(`${url}/api/setup`, 'POST', { ...input, template: 'file', file, code });
  expect(done).toMatchObject({ status: 200, body: { manager: '9001', services: 7, items: 239, plan: { applied: true } } });
  expect(hall!.db.prepare('SELECT count(*) AS n FROM users WHERE photo IS NOT NULL').get()).toEqual({ n: 30 });
});
