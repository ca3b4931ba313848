// Migration 3 (shipped; never edit it, add the next number): the nightly sync's days.
import type { Migration } from '../../shared/migrate';

export const migration003: Migration = {
  version: 3,
  name: 'nightly sync: per closed day, the chunks the upstream acknowledged, delivered or set aside',
  sql: `
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
`,
};
