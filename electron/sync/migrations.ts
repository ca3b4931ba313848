// The sync's tables, as numbered forward-only migrations of the hall database (never edit a shipped
// one; add the next number). The hall's list (core/migrations.ts) orders them with the others.
import type { Migration } from '../core/migrate';

const syncMigrationSql = `
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

const syncReceiptsMigrationSql = `
  ALTER TABLE sync_days ADD COLUMN round INTEGER NOT NULL DEFAULT 1;
  ALTER TABLE sync_days ADD COLUMN text_mode TEXT CHECK (text_mode IN ('masked', 'verbatim'));
  ALTER TABLE sync_days ADD COLUMN last_attempt_at INTEGER;
  CREATE TABLE sync_receipts (
    business_day TEXT NOT NULL,
    round INTEGER NOT NULL,
    chunk_index INTEGER NOT NULL,
    chunk_count INTEGER NOT NULL,
    receipt_id TEXT NOT NULL,
    stored_at INTEGER NOT NULL,
    complete INTEGER NOT NULL CHECK (complete IN (0, 1)),
    duplicate INTEGER NOT NULL CHECK (duplicate IN (0, 1)),
    accepted_at INTEGER NOT NULL,
    receipt TEXT NOT NULL,
    PRIMARY KEY (business_day, round, chunk_count, chunk_index)
  );
`;

export const syncMigrations: Migration[] = [
  {
    version: 3,
    name: 'nightly sync: per closed day, the chunks the upstream acknowledged, delivered or set aside',
    sql: syncMigrationSql,
  },
  {
    version: 4,
    name: 'sync receipts: every receipt accepted per day and round (re-sends), the last failed attempt, the text mode of a day',
    sql: syncReceiptsMigrationSql,
  },
];
