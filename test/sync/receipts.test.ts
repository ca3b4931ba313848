// Delivery counts only on the receiver's receipt for exactly the chunk that was sent: against the real
// reference receiver over loopback, behind a proxy that answers like a captive portal, cuts the receipt
// short on the wire, or hands back the receipt of another chunk. Only the real receipt counts.
import { afterEach, expect, test } from 'vitest';
import { judgeAnswer, type SentChunk } from '../../electron/sync/receipt';
import type { Timers } from '../../electron/core/scheduler';
import { SyncRunner } from '../../electron/sync/runner';
import type { TestHall } from '../support/hall';
import {
  HALL_ID,
  PORTAL_PAGE,
  SECRET,
  chunkRows,
  hallWithClosedDays,
  receivedDays,
  startProxy,
  startReceiver,
  uploaderFor,
  type TestReceiver,
} from '../support/sync';

let t: TestHall | undefined;
const closers: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const close of closers.splice(0).reverse()) await close();
  t?.cleanup();
  t = undefined;
});

async function receiver(): Promise<TestReceiver> {
  const r = await startReceiver({ now: () => t!.clock.now() });
  closers.push(() => r.close());
  return r;
}

test('a portal page, a receipt cut short, a receipt for another chunk: failed attempts with their reason; only real receipts count', async () => {
  t = hallWithClosedDays(1, 150); // 151 records in chunks of 100: 2 chunks
  const r = await receiver();
  const proxy = await startProxy(() => r.url, ['portal', 'cut-body', 'pass', 'stale', 'pass']);
  closers.push(() => proxy.close());
  const uploader = uploaderFor(t, proxy.url, { chunkSize: 100 });
  const day = () => uploader.store.day('2026-11-23')!;

  expect(await uploader.sendPending()).toEqual({ kind: 'failed', retry: true, error: '200 but not a receipt: text/html', days: [] });
  expect(day()).toMatchObject({ status: 'pending', chunks_acked: 0, last_error: '200 but not a receipt: text/html', rejections: 0 });
  expect(chunkRows(r.db)).toBe(0); // the portal never forwarded

  const cut = await uploader.sendPending();
  expect(cut).toMatchObject({ kind: 'failed', retry: true, error: expect.stringMatching(/^200 but the answer was cut short: /) });
  // The receiver did store chunk 1, but the hall never saw its whole receipt: not counted.
  expect(chunkRows(r.db)).toBe(1);
  expect(day()).toMatchObject({ status: 'pending', chunks_acked: 0, last_error: (cut as { error: string }).error });

  // Chunk 1 again: the receiver's stored receipt (duplicate) counts; chunk 2 gets chunk 1's receipt back.
  expect(await uploader.sendPending()).toEqual({
    kind: 'failed',
    retry: true,
    error: 'receipt for key hall-test-001/2026-11-23/v1/1-of-2, sent hall-test-001/2026-11-23/v1/2-of-2',
    days: [],
  });
  expect(day()).toMatchObject({ status: 'pending', chunks_acked: 1, chunk_count: 2 });
  expect(receivedDays(r.db)).toEqual([{ day: '2026-11-23', tickets: 150 }]); // stored upstream, yet not confirmed to the hall

  expect(await uploader.sendPending()).toEqual({ kind: 'delivered', days: ['2026-11-23'] });
  expect(day()).toMatchObject({ status: 'delivered', chunks_acked: 2, last_error: null });
  expect(proxy.seen).toEqual(['portal', 'cut-body', 'pass', 'stale', 'pass']);
  const [delivery] = uploader.store.deliveries();
  expect(delivery).toMatchObject({ business_day: '2026-11-23', round: 1, chunk_count: 2, duplicates: 2 });
  expect(JSON.parse(day().receipt!)).toMatchObject({ receiptId: delivery!.receipt_id, complete: true, chunk: { index: 1, count: 2 } });
  expect(chunkRows(r.db)).toBe(2);
});

test('the runner shows each failed attempt’s reason in the status, and the delivery with its receipt once it counts', async () => {
  t = hallWithClosedDays(1);
  const r = await receiver();
  const proxy = await startProxy(() => r.url, ['portal', 'cut-body']);
  closers.push(() => proxy.close());
  const timers: Timers = { set: () => 0, clear: () => {} };
  const settings = { url: proxy.url, hallId: HALL_ID, secret: SECRET, chunkSize: 500, deadAfter: 3, timeoutMs: 5000, window: { start: '01:00', end: '05:00' } };
  const runner = new SyncRunner(t.hall.db, t.clock, 'Asia/Shanghai', settings, undefined, timers);
  const at = new Date(t.clock.now()).toISOString();

  await runner.sendNow();
  expect(runner.status()).toMatchObject({
    lastDelivered: null,
    waiting: ['2026-11-23'],
    lastError: '200 but not a receipt: text/html',
    failures: [{ day: '2026-11-23', error: '200 but not a receipt: text/html', at }],
    deliveries: [],
  });
  await runner.sendNow();
  expect(runner.status().failures).toEqual([{ day: '2026-11-23', error: expect.stringMatching(/^200 but the answer was cut short/), at }]);
  t.clock.advance(60_000);
  await runner.sendNow();
  const status = runner.status();
  expect(status).toMatchObject({ lastDelivered: '2026-11-23', waiting: [], lastError: null, failures: [] });
  expect(status.deliveries).toEqual([
    {
      day: '2026-11-23',
      round: 1,
      deliveredAt: new Date(t.clock.now()).toISOString(),
      receiptId: expect.stringMatching(/^[0-9a-f-]{36}$/),
      receivedAt: at,
      chunks: 1,
      duplicates: 1,
    },
  ]);
});

const sent: SentChunk = {
  hallId: 'h1',
  businessDay: '2026-11-23',
  idempotencyKey: 'h1/2026-11-23/v1/2-of-2',
  bodyHash: 'ab'.repeat(32),
  chunk: { index: 1, count: 2 },
};
const receipt = { ok: true, receiptId: 'r-1', ...sent, complete: true, duplicate: false, storedAt: 1, serverTime: 1 };
const answer = (body: unknown, status = 200, contentType = 'application/json') => ({
  status,
  contentType,
  text: typeof body === 'string' ? body : JSON.stringify(body),
});

test('the receipt is checked field by field against what was sent', () => {
  expect(judgeAnswer(answer(receipt), sent)).toEqual({ kind: 'receipt', receipt });
  expect(judgeAnswer(answer({ ...receipt, hallId: 'h2' }), sent)).toEqual({ kind: 'failed', error: 'receipt for hall h2, sent h1' });
  expect(judgeAnswer(answer({ ...receipt, businessDay: '2026-11-24' }), sent)).toEqual({
    kind: 'failed',
    error: 'receipt for day 2026-11-24, sent 2026-11-23',
  });
  expect(judgeAnswer(answer({ ...receipt, idempotencyKey: 'h1/2026-11-23/v1/1-of-2' }), sent).kind).toBe('failed');
  expect(judgeAnswer(answer({ ...receipt, chunk: { index: 0, count: 2 } }), sent)).toEqual({ kind: 'failed', error: 'receipt for chunk 1, sent 2' });
  expect(judgeAnswer(answer({ ...receipt, chunk: { index: 1, count: 3 } }), sent)).toEqual({ kind: 'failed', error: 'receipt for 3 chunks, sent 2' });
  expect(judgeAnswer(answer({ ...receipt, bodyHash: 'cd'.repeat(32) }), sent)).toEqual({
    kind: 'failed',
    error: 'receipt for another body (sha256 cdcdcdcdcdcd…, sent abababababab…)',
  });
  expect(judgeAnswer(answer({ ...receipt, complete: false }), sent)).toEqual({
    kind: 'failed',
    error: 'receipt for the last chunk says the day is not complete',
  });
  expect(judgeAnswer(answer({ ...receipt, complete: false, chunk: { index: 0, count: 2 } }), { ...sent, chunk: { index: 0, count: 2 } }).kind).toBe('receipt');
  expect(judgeAnswer(answer({ ok: true }), sent)).toEqual({
    kind: 'failed',
    error: '200 but not a receipt: receiptId: Invalid input: expected string, received undefined',
  });
  expect(judgeAnswer(answer(PORTAL_PAGE, 200, 'text/html; charset=utf-8'), sent)).toEqual({ kind: 'failed', error: '200 but not a receipt: text/html' });
  expect(judgeAnswer(answer('', 204, ''), sent)).toEqual({ kind: 'failed', error: '204 but not a receipt: no content-type' });
  expect(judgeAnswer({ status: 200, contentType: 'application/json', text: null, readError: 'terminated' }, sent)).toEqual({
    kind: 'failed',
    error: '200 but the answer was cut short: terminated',
  });
});

test('a refusal counts towards setting the day aside only when it is the receiver’s error for the batch', () => {
  expect(judgeAnswer(answer({ ok: false, error: { code: 'invalid_batch', message: 'x: bad' } }, 422), sent)).toEqual({
    kind: 'rejected',
    error: '422 invalid_batch x: bad',
  });
  expect(judgeAnswer(answer({ ok: false, error: { code: 'idempotency_conflict', message: 'other body' } }, 409), sent)).toEqual({
    kind: 'rejected',
    error: '409 idempotency_conflict other body',
  });
  expect(judgeAnswer(answer({ ok: false, error: { code: 'stale_timestamp', message: 'clock' } }, 401), sent)).toEqual({
    kind: 'failed',
    error: '401 stale_timestamp clock',
  });
  // A portal's or proxy's 404 page is not the receiver refusing the batch: retried, never set aside.
  expect(judgeAnswer(answer('<html>Not found</html>', 404, 'text/html'), sent)).toEqual({
    kind: 'failed',
    error: '404 but not an answer of the receiver: text/html <html>Not found</html>',
  });
});
