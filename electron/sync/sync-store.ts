// What the hall remembers of its uploads, in its own database: per closed day, how many chunks the
// upstream has acknowledged (written only after a 2xx, so a crash resends at most one chunk), whether
// the day is delivered or set aside (dead letter) and why. The table comes with a numbered migration.
import type { Db } from '../core/db';

export const syncMigrationSql = `
  CREATE TABLE sync_days (
    business_day TEXT PRIMARY KEY,
    status TEXT NOT NULL CHECK (status IN ('pending', 'delivered', 'dead')),
    chunks_acked INTEGER NOT NULL DEFAULT 0,
    chunk_count INTEGER,
    rejections INTEGER NOT NULL DEFAULT 0,
    last_error TEXT,
    receipt TEXT,
    updated_at INTEGER NOT NULL
  );
`;

export interface SyncDayRow {
  business_day: string;
  status: 'pending' | 'delivered' | 'dead';
  chunks_acked: number;
  chunk_count: number | null;
  rejections: number;
  last_error: string | null;
  receipt: string | null;
  updated_at: number;
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
    const current = this.day(day) ?? { status: 'pending', chunks_acked: 0, chunk_count: null, rejections: 0, last_error: null, receipt: null };
    const next = { ...current, ...fields, business_day: day, updated_at: now };
    this.db
      .prepare(
        `INSERT INTO sync_days (business_day, status, chunks_acked, chunk_count, rejections, last_error, receipt, updated_at)
         VALUES (@business_day, @status, @chunks_acked, @chunk_count, @rejections, @last_error, @receipt, @updated_at)
         ON CONFLICT (business_day) DO UPDATE SET status = excluded.status, chunks_acked = excluded.chunks_acked,
           chunk_count = excluded.chunk_count, rejections = excluded.rejections, last_error = excluded.last_error,
           receipt = excluded.receipt, updated_at = excluded.updated_at`,
      )
      .run(next);
  }

  /** Called only after the upstream answered 2xx for this chunk. */
  acknowledged(day: string, chunkIndex: number, chunkCount: number, receipt: string, complete: boolean, now: number): void {
    this.upsert(day, { chunks_acked: chunkIndex + 1, chunk_count: chunkCount, receipt, status: complete ? 'delivered' : 'pending', last_error: null }, now);
  }

  rejected(day: string, reason: string, deadAfter: number, now: number): SyncDayRow {
    const rejections = (this.day(day)?.rejections ?? 0) + 1;
    this.upsert(day, { rejections, last_error: reason, status: rejections >= deadAfter ? 'dead' : 'pending' }, now);
    return this.day(day)!;
  }

  /** The chunking changed (it never should for a closed day): start the day over. */
  restart(day: string, now: number): void {
    this.upsert(day, { chunks_acked: 0, chunk_count: null }, now);
  }
}
