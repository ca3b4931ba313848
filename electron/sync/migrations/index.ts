// The sync's tables, as numbered forward-only migrations of the hall database, one file each (never
// edit a shipped one; add the next free number). The registry (core/capabilities.ts) orders them
// with the other capabilities'.
import type { Migration } from '../../shared/migrate';
import { migration003 } from './003-sync-days';
import { migration004 } from './004-sync-receipts';

export const syncMigrations: Migration[] = [migration003, migration004];
