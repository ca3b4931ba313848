// The nightly sync as a capability: its settings slice (the upstream), its tables (migrations/), its
// routes, and one SyncService on the hall's scheduler. Every attempt goes to the hall log (source
// sync) and the manager's page hears sync.changed.
import type { Capability } from '../core/capability';
import { syncAttemptLog } from '../log/sync-log';
import { createSyncHandlers } from './handlers';
import { syncMigrations } from './migrations';
import { syncRoutes } from './routes';
import { SyncService } from './service';
import { syncSettings } from './settings';

export interface SyncParts {
  sync: SyncService;
}

export const syncCapability = {
  name: 'sync',
  settings: syncSettings,
  migrations: syncMigrations,
  routes: syncRoutes,
  start(ctx) {
    const log = ctx.log.child('sync');
    const logAttempt = syncAttemptLog(log);
    const sync = new SyncService(
      ctx.db,
      ctx.clock,
      ctx.settings,
      ctx.scheduler,
      (status) => {
        logAttempt(status);
        ctx.emit('sync.changed', { running: status.running });
      },
      log,
    );
    return { provides: { sync }, handlers: createSyncHandlers(sync), close: () => sync.close() };
  },
} satisfies Capability<object, SyncParts, typeof syncSettings>;
