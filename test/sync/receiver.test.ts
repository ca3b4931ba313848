// The reference receiver on its own: it refuses a tampered body, a replayed request, a stale
// timestamp, an unknown hall and a reused idempotency key with another body; it stores a batch once.
import { afterEach, beforeEach, expect, test } from 'vitest';
import { BATCH_PATH, bodyHash, signedHeaders } from '../../electron/sync/signing';
import { HALL_ID, SECRET, chunkRows, receivedDays, startReceiver, type TestReceiver } from '../support/sync';

let r: TestReceiver;
beforeEach(async () => {
  r = await startReceiver();
});
afterEach(() => r.close());

const batch = (day = '2026-11-23') => ({
  schema: 'tongban.day-batch',
  version: 1,
  hallId: HALL_ID,
  businessDay: day,
  chunk: { index: 0, count: 1 },
  totals: { tickets: 0, ratings: 0, followUpSteps: 0, duty: 0 },
  tickets: [],
  ratings: [],
  followUpSteps: [],
  duty: [],
});

async function post(headers: Record<string, string>, body: string): Promise<{ status: number; body: any }> {
  const response = await fetch(r.url + BATCH_PATH, { method: 'POST', headers, body });
  return { status: response.status, body: await response.json() };
}

const signed = (body: string, key = `${HALL_ID}/2026-11-23/v1/1-of-1`, now = Date.now(), secret = SECRET, hall = HALL_ID) =>
  signedHeaders(hall, secret, 'POST', BATCH_PATH, body, now, key);

test('a signed batch is stored with a receipt; the same request again is a replay and refused', async () => {
  const body = JSON.stringify(batch());
  const headers = signed(body);
  const first = await post(headers, body);
  expect(first.status).toBe(200);
  expect(first.body).toMatchObject({ ok: true, complete: true, duplicate: false, businessDay: '2026-11-23' });
  const replay = await post(headers, body);
  expect(replay).toMatchObject({ status: 409, body: { ok: false, error: { code: 'replayed' } } });
  expect(receivedDays(r.db)).toEqual([{ day: '2026-11-23', tickets: 0 }]);
});

test('a new request for the same key and body (a retry after a lost answer) gets the stored receipt', async () => {
  const body = JSON.stringify(batch());
  const first = await post(signed(body), body);
  const again = await post(signed(body), body);
  expect(again.status).toBe(200);
  expect(again.body).toMatchObject({ receiptId: first.body.receiptId, duplicate: true });
  expect(chunkRows(r.db)).toBe(1);
  const other = JSON.stringify(batch('2026-11-24'));
  expect(await post(signed(other), other)).toMatchObject({ status: 409, body: { error: { code: 'idempotency_conflict' } } });
});

test('tampered, stale, unknown and malformed requests are refused and nothing is stored', async () => {
  const body = JSON.stringify(batch());
  const tampered = body.replace('"tickets":0', '"tickets":1');
  expect(await post(signed(body), tampered)).toMatchObject({ status: 401, body: { error: { code: 'bad_signature' } } });
  expect(await post(signed(body, undefined, Date.now() - 6 * 60_000), body)).toMatchObject({ status: 401, body: { error: { code: 'stale_timestamp' } } });
  expect(await post(signed(body, undefined, Date.now(), 'wrong-secret'), body)).toMatchObject({ status: 401, body: { error: { code: 'bad_signature' } } });
  expect(await post(signed(body, undefined, Date.now(), SECRET, 'hall-x'), body)).toMatchObject({ status: 401, body: { error: { code: 'unknown_hall' } } });
  const invalid = JSON.stringify({ ...batch(), businessDay: '23/11/2026' });
  expect(await post(signed(invalid), invalid)).toMatchObject({ status: 422, body: { error: { code: 'invalid_batch' } } });
  const { 'x-tongban-signature': _dropped, ...unsigned } = signed(body);
  expect((await post(unsigned, body)).status).toBe(401);
  expect(chunkRows(r.db)).toBe(0);
});

test('the receiver commits durably: WAL with synchronous = FULL, so a receipt never outlives its chunk at a power cut', () => {
  expect(r.db.pragma('journal_mode', { simple: true })).toBe('wal');
  expect(r.db.pragma('synchronous', { simple: true })).toBe(2); // 2 = FULL (1 = NORMAL syncs no commit in WAL mode)
});

test('a receipt echoes the idempotency key and the body hash it committed; a repeat gets the stored one, marked duplicate', async () => {
  const body = JSON.stringify(batch('2026-11-25'));
  const key = `${HALL_ID}/2026-11-25/v1/1-of-1`;
  const first = await post(signed(body, key), body);
  expect(first).toMatchObject({ status: 200, body: { idempotencyKey: key, bodyHash: bodyHash(body), complete: true, duplicate: false } });
  const again = await post(signed(body, key), body);
  expect(again.body).toEqual({ ...first.body, duplicate: true, serverTime: again.body.serverTime });
  expect(again.body.storedAt).toBe(first.body.storedAt);
});
