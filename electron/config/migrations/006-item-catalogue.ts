// Migration 6 (shipped; never edit it, add the next number): the item catalogue as a manager keeps it:
// a deferred item (承诺件) promises a number of working days; an item is retired, never deleted.
import type { Migration } from '../../shared/migrate';

export const migration006: Migration = {
  version: 6,
  name: 'item catalogue: promised working days of a deferred item, retired items kept (enabled)',
  sql: `
    ALTER TABLE items ADD COLUMN promised_days INTEGER CHECK (promised_days IS NULL OR promised_days BETWEEN 1 AND 365);
    ALTER TABLE items ADD COLUMN enabled INTEGER NOT NULL DEFAULT 1 CHECK (enabled IN (0, 1));
  `,
};
