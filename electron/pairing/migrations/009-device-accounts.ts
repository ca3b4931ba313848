// Migration 9 (never edit it once shipped, add the next number): the device accounts' own state beside
// their `users` row (role kiosk or pad) and a pad's `rating_pads` row: when it was made, paired, last
// seen and revoked, and its one waiting pairing code, stored only as a SHA-256 hash with its expiry.
// A row is made on first need (create, a code, the first use), so the demo's older accounts join too.
import type { Migration } from '../../shared/migrate';

export const migration009: Migration = {
  version: 9,
  name: 'device accounts: created, paired, last seen, revoked; one pairing code each, hashed',
  sql: `
    CREATE TABLE device_accounts (
      user_id TEXT PRIMARY KEY REFERENCES users(id),
      created_at INTEGER,
      paired_at INTEGER,
      last_seen_at INTEGER,
      revoked_at INTEGER,
      code_hash TEXT UNIQUE CHECK (code_hash IS NULL OR length(code_hash) = 64),
      code_expires_at INTEGER,
      CHECK ((code_hash IS NULL) = (code_expires_at IS NULL))
    );
  `,
};
