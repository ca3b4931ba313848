// The reference receiver's own SQLite: seen nonces (replay protection), received chunks keyed by
// their idempotency key, and assembled day batches. Same migration mechanism as the hall's store.
// Durable commits: WAL with synchronous = FULL (a receipt goes out only after its commit is on disk).
import Database from 'better-sqlite3';
import { migrate } from '../shared/migrate';

export type Db = Database.Database;

/** Same shape as the hall's migrations (forward-only, numbered from 1 in this database's user_version). */
export const receiverMigrations: NonNullable<Parameters<typeof migrate>[1]> = [
  {
    version: 1,
    name: 'nonces, chunks, day batches',
    sql: `
      CREATE TABLE nonces (hall_id TEXT NOT NULL, nonce TEXT NOT NULL, seen_at INTEGER NOT NULL, PRIMARY KEY (hall_id, nonce));
      CREATE TABLE chunks (
        hall_id TEXT NOT NULL, idempotency_key TEXT NOT NULL, business_day TEXT NOT NULL,
        chunk_index INTEGER NOT NULL, chunk_count INTEGER NOT NULL, body_hash TEXT NOT NULL, body TEXT NOT NULL,
        receipt TEXT NOT NULL, received_at INTEGER NOT NULL,
        PRIMARY KEY (hall_id, idempotency_key)
      );
      CREATE INDEX chunks_by_day ON chunks (hall_id, business_day, chunk_count, chunk_index);
      CREATE TABLE batches (
        hall_id TEXT NOT NULL, business_day TEXT NOT NULL, body TEXT NOT NULL, tickets INTEGER NOT NULL,
        ratings INTEGER NOT NULL, received_at INTEGER NOT NULL, PRIMARY KEY (hall_id, business_day)
      );
    `,
  },
];

export function openReceiverDb(file: string): Db {
  const db = new Database(file);
  db.pragma('busy_timeout = 5000');
  db.pragma('journal_mode = WAL');
  // FULL: every commit syncs the WAL before it returns, so a receipt (sent after the commit) never
  // describes a chunk that a power cut could still take back. NORMAL would not sync at commit.
  db.pragma('synchronous = FULL');
  migrate(db, receiverMigrations);
  return db;
}
