// Migration 4 (shipped; never edit it, add the next number): the receipts of every round.
import type { Migration } from '../../shared/migrate';

export const migration004: Migration = {
  version: 4,
  name: 'sync receipts: every receipt accepted per day and round (re-sends), the last failed attempt, the text mode of a day',
  sql: `
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
`,
};
