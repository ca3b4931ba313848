// What the hall remembers of its uploads, in its own database: per closed day, how many chunks the
// upstream has acknowledged (written only after a checked receipt, so a crash resends at most one chunk),
// whether the day is delivered or set aside (dead letter), the last failed attempt and why, the text mode
// the day was built with, and every receipt accepted (per round: a re-send is the next round). The tables
// come with numbered migrations (3, then 4: migrations/).
import type { Db } from '../core/db';
import type { Receipt } from './receipt';

/**
 * round: 1 for the first upload of a day, +1 for each re-send the manager asks for. text_mode: pinned at
 * the day's first attempt, so every chunk and every re-send of the day carries the same bytes.
 */

export type TextMode = 'masked' | 'verbatim';

/** One delivery of a day: the receipt of its last chunk, and how many of its chunks the receiver already had. */
export interface DeliveryRow {
  business_day: string;
  round: number;
  chunk_count: number;
  receipt_id: string;
  stored_at: number;
  accepted_at: number;
  duplicates: number;
}

export interface SyncDayRow {
  business_day: string;
  status: 'pending' | 'delivered' | 'dead';
  chunks_acked: number;
  chunk_count: number | null;
  rejections: number;
  last_error: string | null;
  receipt: string | null;
  updated_at: number;
  round: number;
  text_mode: TextMode | null;
  last_attempt_at: number | null;
}

export class SyncStore {
  constructor(private readonly db: Db) {}

  day(day: string): SyncDayRow | null {
    return (this.db.prepare('SELECT * FROM sync_days WHERE business_day = ?').get(day) as SyncDayRow | undefined) ?? null;
  }

  days(): SyncDayRow[] {
    return this.db.prepare('SELECT * FROM sync_days ORDER BY business_day').all() as SyncDayRow[];
  }

  private upsert(day: string, fields: Partial<Omit<SyncDayRow, 'business_day'>>, now: number): void {
    const current = this.day(day) ?? {
      status: 'pending',
      chunks_acked: 0,
      chunk_count: null,
      rejections: 0,
      last_error: null,
      receipt: null,
      round: 1,
      text_mode: null,
      last_attempt_at: null,
    };
    const next = { ...current, ...fields, business_day: day, updated_at: now };
    this.db
      .prepare(
        `INSERT INTO sync_days (business_day, status, chunks_acked, chunk_count, rejections, last_error, receipt, updated_at, round, text_mode, last_attempt_at)
         VALUES (@business_day, @status, @chunks_acked, @chunk_count, @rejections, @last_error, @receipt, @updated_at, @round, @text_mode, @last_attempt_at)
         ON CONFLICT (business_day) DO UPDATE SET status = excluded.status, chunks_acked = excluded.chunks_acked,
           chunk_count = excluded.chunk_count, rejections = excluded.rejections, last_error = excluded.last_error,
           receipt = excluded.receipt, updated_at = excluded.updated_at, round = excluded.round,
           text_mode = excluded.text_mode, last_attempt_at = excluded.last_attempt_at`,
      )
      .run(next);
  }

  /** The text mode of a day is fixed at its first attempt (re-sends and resumed uploads keep it). */
  textMode(day: string, wanted: TextMode, now: number): TextMode {
    const pinned = this.day(day)?.text_mode;
    if (pinned) return pinned;
    this.upsert(day, { text_mode: wanted }, now);
    return wanted;
  }

  /** Called only for a receipt that was checked against the chunk sent; the receipt and the count in one commit. */
  acknowledged(day: string, receipt: Receipt, now: number): void {
    const last = receipt.chunk.index === receipt.chunk.count - 1;
    this.db.transaction(() => {
      const round = this.day(day)?.round ?? 1;
      this.db
        .prepare(
          `INSERT OR REPLACE INTO sync_receipts (business_day, round, chunk_index, chunk_count, receipt_id, stored_at, complete, duplicate, accepted_at, receipt)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        )
        .run(
          day,
          round,
          receipt.chunk.index,
          receipt.chunk.count,
          receipt.receiptId,
          receipt.storedAt,
          receipt.complete ? 1 : 0,
          receipt.duplicate ? 1 : 0,
          now,
          JSON.stringify(receipt),
        );
      this.upsert(
        day,
        {
          chunks_acked: receipt.chunk.index + 1,
          chunk_count: receipt.chunk.count,
          receipt: JSON.stringify(receipt),
          status: last ? 'delivered' : 'pending',
          last_error: null,
          last_attempt_at: now,
        },
        now,
      );
    })();
  }

  /** A failed attempt that is retried (network, a non-receipt, a receipt for another chunk, 5xx…): its reason is kept. */
  failed(day: string, reason: string, now: number): void {
    this.upsert(day, { last_error: reason, last_attempt_at: now }, now);
  }

  rejected(day: string, reason: string, deadAfter: number, now: number): SyncDayRow {
    const rejections = (this.day(day)?.rejections ?? 0) + 1;
    this.upsert(day, { rejections, last_error: reason, last_attempt_at: now, status: rejections >= deadAfter ? 'dead' : 'pending' }, now);
    return this.day(day)!;
  }

  /** The manager's re-send: the day goes again from its first chunk, as the next round (same keys, same bytes). */
  resend(day: string, now: number): void {
    const current = this.day(day);
    if (!current) return; // never attempted: it is simply waiting
    this.upsert(day, { status: 'pending', chunks_acked: 0, rejections: 0, last_error: null, round: current.round + 1 }, now);
  }

  /** Every complete delivery, newest first: the last chunk's receipt said complete. */
  deliveries(limit = 100): DeliveryRow[] {
    return this.db
      .prepare(
        `SELECT r.business_day, r.round, r.chunk_count, r.receipt_id, r.stored_at, r.accepted_at,
           (SELECT count(*) FROM sync_receipts d WHERE d.business_day = r.business_day AND d.round = r.round
              AND d.chunk_count = r.chunk_count AND d.duplicate = 1) AS duplicates
         FROM sync_receipts r WHERE r.chunk_index = r.chunk_count - 1 AND r.complete = 1
         ORDER BY r.accepted_at DESC, r.rowid DESC LIMIT ?`,
      )
      .all(limit) as DeliveryRow[];
  }

  /** The chunking changed (it never should for a closed day): start the day over. */
  restart(day: string, now: number): void {
    this.upsert(day, { chunks_acked: 0, chunk_count: null }, now);
  }
}
