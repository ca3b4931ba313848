// The manager's side of the sync, through the hall's commands: configure (admin only, the secret is
// never shown again), the status, and "send now" delivering to the reference receiver.
import { afterEach, expect, test } from 'vitest';
import type { HallEvent } from '../../electron/contract';
import { login, refuse, run, type TestHall } from '../support/hall';
import { HALL_ID, SECRET, hallWithClosedDays, receivedDays, startReceiver, type TestReceiver } from '../support/sync';

let t: TestHall | undefined;
let r: TestReceiver | undefined;
afterEach(async () => {
  t?.cleanup();
  await r?.close();
});

const config = (url: string) => ({ url, hallId: HALL_ID, secret: SECRET, windowStart: '01:00', windowEnd: '05:00' });

test('unconfigured: the status says so and send now is refused', () => {
  t = hallWithClosedDays(1);
  const admin = login(t.hall, 'admin');
  expect(run(t.hall, 'sync.status', {}, admin)).toMatchObject({ configured: false, url: null, waiting: [] });
  expect(refuse(t.hall, 'sync.sendNow', {}, admin).code).toBe('conflict');
  expect(refuse(t.hall, 'sync.status', {}, login(t.hall, '1001')).code).toBe('forbidden');
});

test('configure, then send now: the days arrive, the status follows, the secret is never shown', async () => {
  t = hallWithClosedDays(2);
  r = await startReceiver({ now: () => t!.clock.now() });
  const admin = login(t.hall, 'admin');
  expect(refuse(t.hall, 'sync.configure', { ...config(r.url), secret: undefined }, admin)).toMatchObject({ code: 'bad_request', field: 'secret' });
  expect(refuse(t.hall, 'sync.configure', { ...config('ftp://x'), secret: SECRET }, admin)).toMatchObject({ code: 'bad_request', field: 'url' });
  expect(refuse(t.hall, 'sync.configure', { ...config(r.url), windowStart: '25:00' }, admin)).toMatchObject({ field: 'windowStart' });
  const configured = run(t.hall, 'sync.configure', config(r.url), admin);
  expect(configured).toMatchObject({
    configured: true,
    url: r.url,
    hallId: HALL_ID,
    window: { start: '01:00', end: '05:00' },
    waiting: ['2026-11-23', '2026-11-24'],
  });
  expect(JSON.stringify(configured)).not.toContain(SECRET);

  const events: HallEvent[] = [];
  t.hall.subscribe((e) => e.name === 'sync.changed' && events.push(e));
  expect(run(t.hall, 'sync.sendNow', {}, admin).running).toBe(true);
  await expect.poll(() => receivedDays(r!.db).length).toBe(2);
  await expect.poll(() => run(t!.hall, 'sync.status', {}, admin).running).toBe(false);
  expect(run(t.hall, 'sync.status', {}, admin)).toMatchObject({ lastDelivered: '2026-11-24', waiting: [], lastError: null, skewMs: 0, skewWarning: false });
  expect(events.map((e) => e.data)).toContainEqual({ running: true });
  expect(JSON.stringify(events)).not.toContain(r.url);

  // A later change keeps the stored secret when none is given, and survives a restart.
  run(t.hall, 'sync.configure', { ...config(r.url), secret: undefined, windowStart: '02:00' }, admin);
  const hall = t.reopen();
  expect(run(hall, 'sync.status', {}, login(hall, 'admin'))).toMatchObject({
    configured: true,
    window: { start: '02:00', end: '05:00' },
    lastDelivered: '2026-11-24',
  });
});
