// The manager's re-send of a closed day, delivered or set aside, against the real reference receiver:
// the receiver de-duplicates (same keys, same bytes: its stored receipts come back marked duplicate), the
// day is counted once upstream, and the hall lists each delivery with its receipt.
import { afterEach, expect, test } from 'vitest';
import type { HallEvent } from '../../electron/contract';
import { login, refuse, run, type TestHall } from '../support/hall';
import { HALL_ID, SECRET, chunkRows, hallWithClosedDays, receivedDays, startReceiver, uploaderFor, type TestReceiver } from '../support/sync';

let t: TestHall | undefined;
const closers: (() => Promise<void>)[] = [];
afterEach(async () => {
  t?.cleanup();
  t = undefined;
  for (const close of closers.splice(0).reverse()) await close();
});

async function receiver(options = {}): Promise<TestReceiver> {
  const r = await startReceiver({ now: () => t!.clock.now(), ...options });
  closers.push(() => r.close());
  return r;
}

test('a delivered day sent again: the receiver answers with its stored receipts, the day is stored once, the hall lists both deliveries', async () => {
  t = hallWithClosedDays(1, 250);
  const r = await receiver();
  const uploader = uploaderFor(t, r.url, { chunkSize: 100 });
  expect(await uploader.sendPending()).toEqual({ kind: 'delivered', days: ['2026-11-23'] });
  const first = uploader.store.deliveries();
  expect(first).toEqual([expect.objectContaining({ business_day: '2026-11-23', round: 1, chunk_count: 3, duplicates: 0 })]);

  t.clock.advance(3600_000);
  uploader.store.resend('2026-11-23', t.clock.now());
  expect(uploader.pendingDays()).toEqual(['2026-11-23']);
  expect(await uploader.sendPending()).toEqual({ kind: 'delivered', days: ['2026-11-23'] });
  const both = uploader.store.deliveries();
  expect(both.map((d) => [d.round, d.chunk_count, d.duplicates, d.accepted_at])).toEqual([
    [2, 3, 3, t.clock.now()],
    [1, 3, 0, t.clock.now() - 3600_000],
  ]);
  // The same receipt (id and commit time) as the first time: the receiver stored nothing new.
  expect(both[0]!.receipt_id).toBe(first[0]!.receipt_id);
  expect(both[0]!.stored_at).toBe(first[0]!.stored_at);
  expect(chunkRows(r.db)).toBe(3);
  expect(receivedDays(r.db)).toEqual([{ day: '2026-11-23', tickets: 250 }]);
  expect(uploader.store.day('2026-11-23')).toMatchObject({ status: 'delivered', round: 2 });
});

test('a day set aside goes again once the district fixed its check; later days were not held back', async () => {
  t = hallWithClosedDays(2);
  let refuseDay: string | null = '2026-11-23';
  const r = await receiver({ accept: (batch: { businessDay: string }) => (batch.businessDay === refuseDay ? 'item code A01 unknown' : null) });
  const uploader = uploaderFor(t, r.url, { deadAfter: 1 });
  expect(await uploader.sendPending()).toEqual({ kind: 'delivered', days: ['2026-11-24'] });
  expect(uploader.store.day('2026-11-23')).toMatchObject({ status: 'dead', last_error: '422 rejected item code A01 unknown' });
  refuseDay = null;
  uploader.store.resend('2026-11-23', t.clock.now());
  expect(uploader.store.day('2026-11-23')).toMatchObject({ status: 'pending', rejections: 0, last_error: null, round: 2 });
  expect(await uploader.sendPending()).toEqual({ kind: 'delivered', days: ['2026-11-23'] });
  expect(receivedDays(r.db).map((d) => d.day)).toEqual(['2026-11-23', '2026-11-24']);
});

test('sync.resend through the hall: refused when unconfigured, for an unknown or impossible day, then delivered again', async () => {
  t = hallWithClosedDays(2);
  const r = await receiver();
  const admin = login(t.hall, 'admin');
  expect(refuse(t.hall, 'sync.resend', { day: '2026-11-23' }, admin).code).toBe('conflict');
  run(t.hall, 'sync.configure', { url: r.url, hallId: HALL_ID, secret: SECRET, windowStart: '01:00', windowEnd: '05:00' }, admin);
  expect(refuse(t.hall, 'sync.resend', { day: '2026-11-23' }, login(t.hall, '1001')).code).toBe('forbidden');
  expect(refuse(t.hall, 'sync.resend', { day: '2026-99-99' }, admin)).toMatchObject({ code: 'bad_request', field: 'day' });
  expect(refuse(t.hall, 'sync.resend', { day: '2026-02-30' }, admin)).toMatchObject({ code: 'bad_request', field: 'day' });
  expect(refuse(t.hall, 'sync.resend', { day: '2026-11-20' }, admin)).toMatchObject({ code: 'not_found', field: 'day' });
  // Today is not closed yet: nothing to re-send.
  expect(refuse(t.hall, 'sync.resend', { day: '2026-11-25' }, admin)).toMatchObject({ code: 'not_found', field: 'day' });

  run(t.hall, 'sync.sendNow', {}, admin);
  await expect.poll(() => run(t!.hall, 'sync.status', {}, admin).deliveries.length).toBe(2);
  await expect.poll(() => run(t!.hall, 'sync.status', {}, admin).running).toBe(false);
  const events: HallEvent[] = [];
  t.hall.subscribe((e) => e.name === 'sync.changed' && events.push(e));
  expect(run(t.hall, 'sync.resend', { day: '2026-11-23' }, admin)).toMatchObject({ running: true, waiting: ['2026-11-23'] });
  expect(refuse(t.hall, 'sync.resend', { day: '2026-11-24' }, admin)).toMatchObject({ code: 'conflict' }); // one run at a time
  await expect.poll(() => run(t!.hall, 'sync.status', {}, admin).deliveries.length).toBe(3);
  await expect.poll(() => run(t!.hall, 'sync.status', {}, admin).running).toBe(false);
  const status = run(t.hall, 'sync.status', {}, admin);
  expect(status.deliveries[0]).toMatchObject({ day: '2026-11-23', round: 2, chunks: 1, duplicates: 1 });
  expect(status).toMatchObject({ waiting: [], lastDelivered: '2026-11-24', failures: [] });
  expect(events.length).toBeGreaterThan(0);
  expect(receivedDays(r.db).map((d) => d.day)).toEqual(['2026-11-23', '2026-11-24']);
  expect(chunkRows(r.db)).toBe(2);
});
