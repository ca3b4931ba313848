// Migration 13: when the resident last touched the pad for an awaited rating (issue 14, "ratings that
// cannot be cut off"). While they are using it the deadline moves with them (core/rating-wait.ts) and
// the window's next call waits; null means nobody has touched the pad for this rating yet.
import type { Migration } from '../../shared/migrate';

export const migration013: Migration = {
  version: 13,
  name: 'ratings: the last time the resident used the pad',
  sql: `ALTER TABLE ratings ADD COLUMN active_at INTEGER;`,
};
