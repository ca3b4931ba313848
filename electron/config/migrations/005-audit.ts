// Migration 5 (shipped; never edit it, add the next number): the audit trail of manager changes,
// append-only like the events table.
import type { Migration } from '../../shared/migrate';

export const migration005: Migration = {
  version: 5,
  name: 'configuration audit: who changed what, when, before and after; append-only',
  sql: `
    CREATE TABLE audit (
      id INTEGER PRIMARY KEY AUTOINCREMENT,
      at INTEGER NOT NULL,
      business_day TEXT NOT NULL,
      user_id TEXT NOT NULL,
      action TEXT NOT NULL,
      target TEXT,
      before TEXT,
      after TEXT
    );
    CREATE INDEX audit_by_day ON audit (business_day, id);
    CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit BEGIN SELECT RAISE(ABORT, 'the audit is append-only'); END;
    CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit BEGIN SELECT RAISE(ABORT, 'the audit is append-only'); END;
  `,
};
