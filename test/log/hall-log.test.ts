// The hall core logs into the real file log: refusals of devices and people (never their PINs),
// faults with their stack, and every sync attempt (started, delivered, failed with its reason).
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFileSync } from 'node:fs';
import { afterEach, expect, test } from 'vitest';
import type { HallEvent } from '../../electron/contract';
import { DEMO_PAD_PIN } from '../../electron/core/rating-devices';
import { login, openTestHall, run, staff, type TestHall } from '../support/hall';
import { padLogin } from '../support/rating';
import { HALL_ID, SECRET, hallWithClosedDays, startReceiver, type TestReceiver } from '../support/sync';
import { closeFileLogs, withFileLog } from './support';

let t: TestHall | undefined;
let receiver: TestReceiver | undefined;
let upstream: Server | undefined;
afterEach(async () => {
  await closeFileLogs();
  t?.cleanup();
  await receiver?.close();
  await new Promise((resolve) => (upstream ? upstream.close(resolve) : resolve(null)));
  t = receiver = upstream = undefined;
});

test('refused logins and device commands are lines with code and principal, never the PIN', async () => {
  t = openTestHall();
  const log = await withFileLog(t);
  const hall = t.hall;
  expect(hall.log.dir).toBe(log.fileLog.dir);
  expect(hall.dispatch('auth.login', { user: 'pad-2', pin: '99119911' }, null).ok).toBe(false);
  const pad = padLogin(hall, 1);
  expect(hall.dispatch('ratings.submit', { window: 2, level: 5 }, pad).ok).toBe(false); // another window's rating
  const clerk = staff(hall, '1001', 1);
  expect(hall.dispatch('log.tail', {}, clerk).ok).toBe(false);
  expect(hall.dispatch('window.finish', { window: 1 }, clerk).ok).toBe(false); // nothing to finish: routine, info
  await log.fileLog.close();

  const lines = await log.lines();
  const refused = lines.filter((l) => /refused/.test(l.msg));
  expect(refused.map((l) => [l.level, l.source, l.msg, l.command, l.code, l.principal])).toEqual([
    ['warn', 'core', 'login refused', 'auth.login', 'unauthenticated', 'anonymous'],
    ['warn', 'devices', 'device command refused', 'ratings.submit', 'forbidden', 'pad'],
    ['warn', 'core', 'command refused', 'log.tail', 'forbidden', 'clerk'],
    ['info', 'core', 'command refused', 'window.finish', 'conflict', 'clerk'],
  ]);
  expect(refused[0]).toMatchObject({ user: 'pad-2' });
  expect(refused[1]).toMatchObject({ user: 'pad-1', reason: 'pad_other_window' });
  const raw = readFileSync(log.fileLog.currentFile(), 'utf8');
  expect(raw).not.toContain('99119911');
  expect(raw).not.toContain(DEMO_PAD_PIN);
  expect(raw).not.toContain(pad.token);
});

test('a fault is an error line with its stack; the caller gets internal and the hall goes on', async () => {
  t = openTestHall();
  const log = await withFileLog(t);
  t.hall.devices.attach({
    status: () => {
      throw new Error('driver table corrupt');
    },
    hasPrinter: () => false,
    reprint: () => {},
  });
  const clerk = login(t.hall, '1001');
  expect(t.hall.dispatch('devices.list', {}, clerk)).toMatchObject({ ok: false, error: { code: 'internal' } });
  expect(run(t.hall, 'hall.get', {}).windows.length).toBeGreaterThan(0);
  const fault = (await log.lines()).find((l) => l.level === 'error');
  expect(fault).toMatchObject({ source: 'core', msg: 'command devices.list failed', err: { type: 'Error', message: 'driver table corrupt' } });
  expect(fault!.err!.stack).toContain('hall-log.test.ts');
});

/** Waits for the end of the next sync attempt: the positive signal that its lines were logged. */
function attemptEnded(t: TestHall): Promise<void> {
  return new Promise((resolve) => {
    let started = false;
    const off = t.hall.subscribe((e: HallEvent) => {
      if (e.name !== 'sync.changed') return;
      if (e.data.running) started = true;
      else if (started) {
        off();
        resolve();
      }
    });
  });
}

const syncConfig = (url: string) => ({ url, hallId: HALL_ID, secret: SECRET, windowStart: '01:00', windowEnd: '05:00' });

test('a sync attempt that fails is logged with its reason; one that delivers names its days', async () => {
  t = hallWithClosedDays(2);
  const log = await withFileLog(t);
  const admin = login(t.hall, 'admin');
  upstream = createServer((_req, res) => res.writeHead(503, { 'content-type': 'text/plain' }).end('maintenance'));
  await new Promise<void>((resolve) => upstream!.listen(0, '127.0.0.1', resolve));
  receiver = await startReceiver({ now: () => t!.clock.now() });
  run(t.hall, 'sync.configure', syncConfig(`http://127.0.0.1:${(upstream.address() as AddressInfo).port}`), admin);
  let ended = attemptEnded(t);
  run(t.hall, 'sync.sendNow', {}, admin);
  await ended;
  // At once (no timer runs in between): the new settings stop the failed attempt's retry timer.
  run(t.hall, 'sync.configure', syncConfig(receiver.url), admin);
  ended = attemptEnded(t);
  run(t.hall, 'sync.sendNow', {}, admin);
  await ended;

  const sync = (await log.lines()).filter((l) => l.source === 'sync');
  expect(sync.map((l) => [l.level, l.msg])).toEqual([
    ['info', 'sync attempt started'],
    ['warn', 'sync attempt failed'],
    ['info', 'sync attempt started'],
    ['info', 'sync attempt delivered'],
  ]);
  expect(sync[0]).toMatchObject({ waiting: ['2026-11-23', '2026-11-24'] });
  expect(String(sync[1]!.reason)).toMatch(/503/);
  expect(sync[3]).toMatchObject({ delivered: ['2026-11-23', '2026-11-24'], lastDelivered: '2026-11-24' });
  expect(JSON.stringify(sync)).not.toContain(SECRET);
});
