// Backups as a capability: the settings slice (folder, copies kept, nightly time, the last run), the
// routes, and one BackupService on the hall's scheduler. It waits for the nightly sync (its window
// and its upload), so it needs the sync capability before it.
import type { Capability } from '../core/capability';
import type { SyncParts } from '../sync/capability';
import { createBackupHandlers } from './handlers';
import { backupRoutes } from './routes';
import { BackupService } from './service';
import { backupSettings } from './settings';

export interface BackupParts {
  backup: BackupService;
}

export const backupCapability = {
  name: 'backup',
  settings: backupSettings,
  migrations: [],
  routes: backupRoutes,
  start(ctx, { sync }) {
    const backup = new BackupService({
      db: ctx.db,
      clock: ctx.clock,
      settings: ctx.settings,
      dataDir: ctx.dataDir,
      log: ctx.log.child('backup'),
      publish: (alerts) => ctx.emit('backup.changed', alerts),
      syncState: () => ({ running: sync.status().running, window: sync.status().window }),
      timers: ctx.scheduler,
      ...ctx.tuning.backup,
    });
    return { provides: { backup }, handlers: createBackupHandlers(backup), close: () => backup.close() };
  },
} satisfies Capability<SyncParts, BackupParts, typeof backupSettings>;
