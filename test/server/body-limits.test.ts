// Body limits over real loopback HTTP and WebSocket: a configuration file larger than 64 KiB (220 items,
// photos, devices) imports over HTTP and over the WebSocket, up to 4 MiB; beyond it, and beyond 64 KiB
// on every other route or command, the answer is 413 / payload_too_large and nothing changes.
import { afterEach, beforeEach, expect, test } from 'vitest';
import WebSocket from 'ws';
import type { ConfigFile } from '../../electron/contract';
import { startServer, type RunningServer } from '../../electron/server/server';
import { bigConfigFile } from '../config/transfer-halls';
import { login, openSeededHall, type TestHall } from '../support/hall';

let t: TestHall;
let server: RunningServer;
let token: string;
let file: ConfigFile;
beforeEach(async () => {
  t = openSeededHall();
  server = await startServer({ hall: t.hall, host: '127.0.0.1', port: 0 });
  token = login(t.hall, 'admin').token;
  file = bigConfigFile(t);
});
afterEach(async () => {
  await server.close();
  t.cleanup();
});

const fingerprint = () => JSON.stringify(['items', 'users', 'audit'].map((x) => t.hall.db.prepare(`SELECT * FROM ${x} ORDER BY rowid`).all()));

async function post(path: string, body: unknown) {
  const response = await fetch(`${server.url}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as any };
}

test('a real hall’s file over 64 KiB imports over HTTP; past 4 MiB it is 413 and changes nothing', async () => {
  const size = JSON.stringify({ file }).length;
  expect(size).toBeGreaterThan(1024 * 1024);
  expect(size).toBeLessThan(4 * 1024 * 1024);
  const dry = await post('/api/config/import', { file });
  expect(dry.status).toBe(200);
  expect(dry.body.sections.find((s: { section: string }) => s.section === 'items').created).toHaveLength(220);
  const before = fingerprint();
  const huge = { ...file, items: [...file.items, ...file.items.slice(0, 1).map((i) => ({ ...i, code: 'X'.repeat(4 * 1024 * 1024) }))] };
  expect(await post('/api/config/import', { file: huge, dryRun: false })).toEqual({
    status: 413,
    body: { ok: false, error: { code: 'payload_too_large', message: 'the body is over 4 MiB' } },
  });
  expect(fingerprint()).toBe(before);
  expect((await post('/api/config/import', { file, dryRun: false })).body.applied).toBe(true);
});

test('every other route stays at 64 KiB', async () => {
  const before = fingerprint();
  const big = await post('/api/config/hall', { hallName: 'x'.repeat(70 * 1024) });
  expect(big).toEqual({ status: 413, body: { ok: false, error: { code: 'payload_too_large', message: 'the body is over 64 KiB' } } });
  expect(fingerprint()).toBe(before);
});

test('over the WebSocket: the file command takes the large file, any other command over 64 KiB is payload_too_large', async () => {
  const ws = new WebSocket(`${server.url.replace('http', 'ws')}/api/events`);
  const results = new Map<number, any>();
  const waiters = new Map<number, (r: any) => void>();
  ws.on('message', (raw) => {
    const m = JSON.parse(String(raw));
    if (m.type === 'result') (waiters.get(m.id) ?? ((r: any) => results.set(m.id, r)))(m.result);
  });
  await new Promise((resolve) => ws.once('open', resolve));
  const send = (id: number, message: unknown) =>
    new Promise<any>((resolve) => {
      waiters.set(id, resolve);
      ws.send(JSON.stringify(message));
    });
  ws.send(JSON.stringify({ type: 'auth', token }));
  const before = fingerprint();
  const other = await send(1, { type: 'cmd', id: 1, name: 'config.saveHall', input: { hallName: 'x'.repeat(70 * 1024) } });
  expect(other).toEqual({ ok: false, error: { code: 'payload_too_large', message: 'the message is over 64 KiB' } });
  expect(fingerprint()).toBe(before);
  const imported = await send(2, { type: 'cmd', id: 2, name: 'config.import', input: { file, dryRun: false } });
  expect(imported).toMatchObject({ ok: true, value: { applied: true } });
  ws.close();
});
