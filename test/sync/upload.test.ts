// The nightly upload against the real reference receiver over loopback, through a proxy that can cut
// connections, lose answers and answer errors: every day arrives, in order, exactly once.
import { afterEach, expect, test } from 'vitest';
import { login, openSeededHall, staff, type TestHall } from '../support/hall';
import { serveOne } from '../support/rating';
import { chunkRows, hallWithClosedDays, receivedDays, startProxy, startReceiver, uploaderFor, type TestReceiver } from '../support/sync';

let t: TestHall | undefined;
const closers: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const close of closers.splice(0).reverse()) await close();
  t?.cleanup();
  t = undefined;
});

/** The receiver keeps the hall's (manual) time unless a test says otherwise. */
async function receiver(options = {}, port = 0): Promise<TestReceiver> {
  const r = await startReceiver({ now: () => t!.clock.now(), ...options }, port);
  closers.push(() => r.close());
  return r;
}

test('a normal night: the closed day goes once, with a receipt; the next run has nothing to do', async () => {
  t = hallWithClosedDays(1, 4);
  const r = await receiver();
  const uploader = uploaderFor(t, r.url);
  expect(uploader.pendingDays()).toEqual(['2026-11-23']);
  expect(await uploader.sendPending()).toEqual({ kind: 'delivered', days: ['2026-11-23'] });
  expect(receivedDays(r.db)).toEqual([{ day: '2026-11-23', tickets: 4 }]);
  const row = uploader.store.day('2026-11-23')!;
  expect(row).toMatchObject({ status: 'delivered', chunks_acked: 1, chunk_count: 1 });
  expect(JSON.parse(row.receipt!)).toMatchObject({ ok: true, complete: true, hallId: 'hall-test-001', businessDay: '2026-11-23' });
  expect(await uploader.sendPending()).toEqual({ kind: 'idle' });
  expect(uploader.skewMs).toBe(0);
});

test('the receiver down for 7 days, then back: 7 batches, in order, each exactly once', async () => {
  t = hallWithClosedDays(7);
  const down = await startProxy(() => 'http://127.0.0.1:9', []); // nothing listens on port 9: refused
  closers.push(() => down.close());
  const uploader = uploaderFor(t, 'http://127.0.0.1:9');
  const failed = await uploader.sendPending();
  expect(failed).toMatchObject({ kind: 'failed', retry: true, days: [] });
  expect((failed as { error: string }).error).toMatch(/unreachable/);
  expect(uploader.pendingDays()).toHaveLength(7);

  const r = await receiver();
  const back = uploaderFor(t, r.url);
  const sent = await back.sendPending();
  expect(sent).toEqual({ kind: 'delivered', days: ['2026-11-23', '2026-11-24', '2026-11-25', '2026-11-26', '2026-11-27', '2026-11-28', '2026-11-29'] });
  expect(receivedDays(r.db).map((d) => d.day)).toEqual((sent as { days: string[] }).days);
  expect(chunkRows(r.db)).toBe(7);
});

test('a connection cut mid-upload, a 500, and a lost answer: retried, stored once', async () => {
  t = hallWithClosedDays(2);
  const r = await receiver();
  const proxy = await startProxy(() => r.url, ['cut', '500', 'lose']);
  closers.push(() => proxy.close());
  const uploader = uploaderFor(t, proxy.url);
  const attempts = [];
  for (let i = 0; i < 4; i++) attempts.push(await uploader.sendPending());
  expect(attempts.map((a) => a.kind)).toEqual(['failed', 'failed', 'failed', 'delivered']);
  expect(attempts[1]).toMatchObject({ retry: true, error: expect.stringMatching(/^500/) });
  // The lost answer: day one was stored by the receiver, its repeat got the stored receipt.
  expect(proxy.seen).toEqual(['cut', '500', 'lose', 'pass', 'pass']);
  expect(receivedDays(r.db).map((d) => d.day)).toEqual(['2026-11-23', '2026-11-24']);
  expect(chunkRows(r.db)).toBe(2);
  expect(JSON.parse(uploaderFor(t, r.url).store.day('2026-11-23')!.receipt!).duplicate).toBe(true);
});

test('a batch the upstream rejects is set aside after repeated rejections; later days still go', async () => {
  t = hallWithClosedDays(3);
  const r = await receiver({ accept: (batch: { businessDay: string }) => (batch.businessDay === '2026-11-24' ? 'unknown item code X9' : null) });
  const uploader = uploaderFor(t, r.url, { deadAfter: 3 });
  const first = await uploader.sendPending();
  expect(first).toMatchObject({ kind: 'failed', retry: true, days: ['2026-11-23'] });
  await uploader.sendPending();
  const third = await uploader.sendPending();
  expect(third).toEqual({ kind: 'delivered', days: ['2026-11-25'] });
  expect(uploader.store.day('2026-11-24')).toMatchObject({ status: 'dead', rejections: 3, last_error: '422 rejected unknown item code X9' });
  expect(receivedDays(r.db).map((d) => d.day)).toEqual(['2026-11-23', '2026-11-25']);
  expect(await uploader.sendPending()).toEqual({ kind: 'idle' });
});

test('a large day goes in chunks that the receiver reassembles; an interrupted day resumes at its next chunk', async () => {
  t = hallWithClosedDays(1, 350);
  const r = await receiver();
  const proxy = await startProxy(() => r.url, ['pass', 'cut']);
  closers.push(() => proxy.close());
  const uploader = uploaderFor(t, proxy.url, { chunkSize: 100 });
  expect(await uploader.sendPending()).toMatchObject({ kind: 'failed', retry: true });
  expect(uploader.store.day('2026-11-23')).toMatchObject({ status: 'pending', chunks_acked: 1, chunk_count: 4 });
  expect(await uploader.sendPending()).toEqual({ kind: 'delivered', days: ['2026-11-23'] });
  expect(receivedDays(r.db)).toEqual([{ day: '2026-11-23', tickets: 350 }]);
  expect(chunkRows(r.db)).toBe(4);
});

test('a hall clock far off is refused as stale and the skew is reported, not ignored', async () => {
  t = hallWithClosedDays(1);
  const r = await receiver({ now: () => t!.clock.now() + 20 * 60_000 });
  const uploader = uploaderFor(t, r.url);
  const result = await uploader.sendPending();
  expect(result).toMatchObject({ kind: 'failed', retry: true, error: expect.stringMatching(/401 stale_timestamp/) });
  expect(uploader.skewMs).toBe(20 * 60_000);
  expect(uploader.store.day('2026-11-23')?.rejections ?? 0).toBe(0);
});

test('a day with a rating still awaited waits until the timeout closes it: its batch must not change between attempts', async () => {
  t = openSeededHall();
  serveOne(t.hall, login(t.hall, 'kiosk'), staff(t.hall, '1003', 3), 3, 'A'); // the window awaits its rating
  t.clock.set(Date.parse('2026-11-24T00:00:30+08:00'));
  t.hall.engine.rollover();
  const uploader = uploaderFor(t, 'http://127.0.0.1:9');
  expect(uploader.pendingDays()).toEqual([]);
  expect(t.hall.ratings.expireDue()).toBe(1);
  expect(uploader.pendingDays()).toEqual(['2026-11-23']);
});
