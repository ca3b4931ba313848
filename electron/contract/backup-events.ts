// The backup's events (zod-free: the preload bundles the event maps).
import type { BackupAlertsView } from './backup-views';
import { event } from './event-spec';

export const backupEvents = {
  /** A backup started or ended, or the backup/disk alerts changed (no paths: every screen hears it). */
  'backup.changed': event<BackupAlertsView>(),
} as const;
