// Migration 7: the login throttle, kept on disk so a restart does not wipe it (issue 11, "Logins").
// One row per (source, user) that has wrong PINs, and one per source with user_id '' that counts the
// source's wrong PINs across every user. Rows are pruned when forgotten; the table is bounded in code
// (core/login-throttle.ts). No foreign key: unknown 工号 are counted too.
import type { Migration } from '../../shared/migrate';

export const migration007: Migration = {
  version: 7,
  name: 'login throttle: wrong PINs per source and user, and per source, with the lock in force',
  sql: `
    CREATE TABLE login_throttle (
      source TEXT NOT NULL CHECK (length(source) BETWEEN 1 AND 64),
      user_id TEXT NOT NULL CHECK (length(user_id) <= 32),
      failures INTEGER NOT NULL CHECK (failures >= 1),
      first_at INTEGER NOT NULL,
      last_at INTEGER NOT NULL,
      locked_until INTEGER NOT NULL DEFAULT 0,
      PRIMARY KEY (source, user_id)
    ) WITHOUT ROWID;
    CREATE INDEX login_throttle_last ON login_throttle (last_at);
    CREATE INDEX login_throttle_user ON login_throttle (user_id);
  `,
};
