// The reference upstream receiver: verifies each signed request, refuses stale timestamps and replayed
// nonces, stores every chunk once under its idempotency key (a repeat gets the stored receipt, marked
// duplicate), and assembles a day when all its chunks are in. A receipt goes out only after the commit
// it describes is on stable storage (store.ts: WAL with synchronous = FULL; better-sqlite3 commits
// synchronously, so the commit, and its fsync, is done before the handler returns). Districts without a platform of their own can run it
// (`npm run receiver`); the sync tests use it as the real other side.
import { randomUUID } from 'node:crypto';
import Fastify, { type FastifyInstance } from 'fastify';
import { dayBatch, type DayBatch } from '../sync/batch-schema';
import type { Receipt } from '../sync/receipt';
import { BATCH_PATH, bodyHash, SIGNATURE_HEADERS, verifySignature } from '../sync/signing';
import type { Db } from './store';

export { BATCH_PATH, type Receipt };
/** A request older or newer than this is refused: with the nonce window it bounds replay. */
export const MAX_SKEW_MS = 5 * 60_000;

export interface ReceiverOptions {
  db: Db;
  /** hall id → shared secret. */
  halls: Record<string, string>;
  now?: () => number;
  /** A district's own checks; a string is the reason the batch is rejected (422). */
  accept?: (batch: DayBatch) => string | null;
}

const refuse = (code: string, message: string, serverTime: number) => ({ ok: false, error: { code, message }, serverTime });

export function createReceiver(options: ReceiverOptions): FastifyInstance {
  const { db } = options;
  const now = options.now ?? Date.now;
  const app = Fastify({ logger: false, bodyLimit: 32 * 1024 * 1024 });
  // The signature covers the exact bytes: keep the body as text and parse it after verifying.
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (_request, body, done) => done(null, body));

  app.get('/health', async () => ({ ok: true }));
  app.get('/api/v1/halls/:hall/days', async (request) => {
    const { hall } = request.params as { hall: string };
    return db.prepare('SELECT business_day AS day, tickets, ratings, received_at AS receivedAt FROM batches WHERE hall_id = ? ORDER BY business_day').all(hall);
  });

  app.post(BATCH_PATH, async (request, reply) => {
    const at = now();
    const header = (name: string) => {
      const value = request.headers[name];
      return typeof value === 'string' ? value : '';
    };
    const hallId = header(SIGNATURE_HEADERS.hall);
    const timestamp = header(SIGNATURE_HEADERS.timestamp);
    const nonce = header(SIGNATURE_HEADERS.nonce);
    const key = header(SIGNATURE_HEADERS.idempotencyKey);
    const body = typeof request.body === 'string' ? request.body : '';
    if (!hallId || !timestamp || !nonce || !key) return reply.code(400).send(refuse('missing_headers', 'signature headers missing', at));
    const secret = options.halls[hallId];
    if (!secret) return reply.code(401).send(refuse('unknown_hall', `unknown hall ${hallId}`, at));
    if (!/^\d+$/.test(timestamp) || Math.abs(at - Number(timestamp)) > MAX_SKEW_MS) {
      return reply.code(401).send(refuse('stale_timestamp', 'timestamp outside the accepted window; check the hall clock', at));
    }
    const path = request.url.split('?')[0]!;
    if (!verifySignature(secret, { method: 'POST', path, timestamp, nonce, body }, header(SIGNATURE_HEADERS.signature))) {
      return reply.code(401).send(refuse('bad_signature', 'signature does not match', at));
    }
    db.prepare('DELETE FROM nonces WHERE seen_at < ?').run(at - 2 * MAX_SKEW_MS);
    if (db.prepare('INSERT OR IGNORE INTO nonces (hall_id, nonce, seen_at) VALUES (?, ?, ?)').run(hallId, nonce, at).changes === 0) {
      return reply.code(409).send(refuse('replayed', 'this request was already received', at));
    }
    const hash = bodyHash(body);
    const stored = db.prepare('SELECT body_hash, receipt FROM chunks WHERE hall_id = ? AND idempotency_key = ?').get(hallId, key) as
      { body_hash: string; receipt: string } | undefined;
    if (stored) {
      if (stored.body_hash !== hash) return reply.code(409).send(refuse('idempotency_conflict', 'this key was used for another body', at));
      // The stored receipt, with `complete` as committed now (the day may have been completed since).
      const receipt = JSON.parse(stored.receipt) as Receipt;
      return { ...receipt, complete: dayAssembled(db, hallId, receipt.businessDay), duplicate: true, serverTime: at } satisfies Receipt;
    }
    let batch: DayBatch;
    try {
      const parsed = dayBatch.safeParse(JSON.parse(body));
      if (!parsed.success) {
        const issue = parsed.error.issues[0]!;
        return reply.code(422).send(refuse('invalid_batch', `${issue.path.join('.')}: ${issue.message}`, at));
      }
      batch = parsed.data;
    } catch {
      return reply.code(400).send(refuse('bad_json', 'the body is not JSON', at));
    }
    if (batch.hallId !== hallId) return reply.code(422).send(refuse('invalid_batch', 'hallId differs from the signing hall', at));
    const rejection = options.accept?.(batch) ?? null;
    if (rejection) return reply.code(422).send(refuse('rejected', rejection, at));
    return storeChunk(db, batch, key, hash, body, at);
  });
  return app;
}

function storeChunk(db: Db, batch: DayBatch, key: string, hash: string, body: string, at: number): Receipt {
  return db.transaction(() => {
    const receipt: Receipt = {
      ok: true,
      receiptId: randomUUID(),
      hallId: batch.hallId,
      businessDay: batch.businessDay,
      idempotencyKey: key,
      bodyHash: hash,
      chunk: batch.chunk,
      complete: false,
      duplicate: false,
      storedAt: at,
      serverTime: at,
    };
    const insert = db.prepare(
      `INSERT INTO chunks (hall_id, idempotency_key, business_day, chunk_index, chunk_count, body_hash, body, receipt, received_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    insert.run(batch.hallId, key, batch.businessDay, batch.chunk.index, batch.chunk.count, hash, body, '{}', at);
    receipt.complete = assembleIfComplete(db, batch, at);
    db.prepare('UPDATE chunks SET receipt = ? WHERE hall_id = ? AND idempotency_key = ?').run(JSON.stringify(receipt), batch.hallId, key);
    return receipt;
  })();
}

const dayAssembled = (db: Db, hallId: string, day: string): boolean =>
  db.prepare('SELECT 1 FROM batches WHERE hall_id = ? AND business_day = ?').get(hallId, day) !== undefined;

/** When every chunk of the day is in, the day is stored whole (once). */
function assembleIfComplete(db: Db, batch: DayBatch, at: number): boolean {
  const rows = db
    .prepare('SELECT chunk_index, body FROM chunks WHERE hall_id = ? AND business_day = ? AND chunk_count = ? ORDER BY chunk_index')
    .all(batch.hallId, batch.businessDay, batch.chunk.count) as { chunk_index: number; body: string }[];
  const indexes = new Set(rows.map((r) => r.chunk_index));
  if (indexes.size < batch.chunk.count) return false;
  const parts = [...new Map(rows.map((r) => [r.chunk_index, JSON.parse(r.body) as DayBatch])).values()];
  const whole = {
    ...parts[0]!,
    chunk: { index: 0, count: 1 },
    tickets: parts.flatMap((p) => p.tickets),
    ratings: parts.flatMap((p) => p.ratings),
    followUpSteps: parts.flatMap((p) => p.followUpSteps),
    duty: parts.flatMap((p) => p.duty),
    audit: parts.flatMap((p) => p.audit),
  };
  db.prepare(
    `INSERT INTO batches (hall_id, business_day, body, tickets, ratings, received_at) VALUES (?, ?, ?, ?, ?, ?)
     ON CONFLICT (hall_id, business_day) DO NOTHING`,
  ).run(batch.hallId, batch.businessDay, JSON.stringify(whole), whole.tickets.length, whole.ratings.length, at);
  return true;
}
