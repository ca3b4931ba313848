// The manager's configuration as a capability (issue 11, part 1): the services and the hall's own
// settings, each change validated, applied live (the queue re-reads, every screen hears hall.changed)
// and recorded in the append-only audit trail (migration 5), which the manager reads back.
import { HallFault, type HallSettingsView } from '../contract';
import type { Capability } from '../core/capability';
import { actorOf } from '../core/handler-types';
import type { QueueParts } from '../core/queue-capability';
import { AuditTrail } from './audit';
import { migration005 } from './migrations/005-audit';
import { configRoutes } from './routes';
import { ItemCatalog } from './items';
import { migration006 } from './migrations/006-item-catalogue';
import { ServiceCatalog } from './services';
import { migration008 } from './migrations/008-windows-and-clerks';
import { createStaff, staffHandlers } from './staff-handlers';
import { seedDemoHall } from './demo-hall';
import { completeSetup, type FirstRunParts } from './first-run';
import { configSettings } from './settings';
import type { queueMoveSettings } from '../core/settings';
import type { SettingsStore } from '../core/settings-store';
import { isSetUp } from '../core/demo';
import { noticeSettings, postNotices } from './hall-notices';
import type { TransferSettings } from './transfer/hall-section';
import { createTransferHandlers } from './transfer/transfer-handlers';
import { ConfigTransfer } from './transfer/config-transfer';
import { previewSetup } from './setup-from-file';

export const configCapability = {
  name: 'config',
  settings: { ...configSettings, ...noticeSettings },
  migrations: [migration005, migration006, migration008],
  routes: configRoutes,
  start(ctx, { engine, hallChanged, notices }) {
    const audit = new AuditTrail(ctx.db, ctx.clock, () => ctx.settings.get('timeZone'));
    const applied = () => {
      engine.config.reload();
      hallChanged();
    };
    const services = new ServiceCatalog(ctx.db, audit, applied);
    // Items are not in the hall's public view: the queue re-reads them, no screen needs a push.
    const items = new ItemCatalog(ctx.db, audit, () => engine.config.reload());
    // The hall's one store holds the rating rules too (a configuration file carries them).
    const transferParts = { db: ctx.db, audit, settings: ctx.settings as unknown as TransferSettings, clock: ctx.clock, applied };
    const transfer = new ConfigTransfer(transferParts);
    const firstRun: FirstRunParts = { db: ctx.db, settings: ctx.settings, audit, services, items, transfer, applied };
    const staff = createStaff(ctx.db, audit, engine, applied);
    if (ctx.demo) {
      // The demo hall is set up through the same savers, but it is no manager's change: not audited.
      const unaudited = AuditTrail.silent();
      const reload = () => engine.config.reload();
      const demoParts = {
        ...firstRun,
        audit: unaudited,
        services: new ServiceCatalog(ctx.db, unaudited, applied),
        items: new ItemCatalog(ctx.db, unaudited, reload),
      };
      seedDemoHall(demoParts, createStaff(ctx.db, unaudited, engine, applied));
    }
    const s = ctx.settings;
    // The queue's move settings (core/settings.ts queueMoveSettings) live in the same store; edited here with the hall's.
    const moves = ctx.settings as unknown as Pick<SettingsStore<typeof queueMoveSettings>, 'get'>;
    postNotices(s, notices, hallChanged);
    const hall = (): HallSettingsView => ({
      hallName: s.get('hallName'),
      policyMode: s.get('policyMode'),
      maxWaitMinutes: s.get('maxWaitMinutes'),
      priorityStreakMax: s.get('priorityStreakMax'),
      recentCalls: s.get('recentCalls'),
      ...notices.read(),
      noShowUndoSeconds: moves.get('noShowUndoSeconds'),
      requeueOffset: moves.get('requeueOffset'),
      requeueLimit: moves.get('requeueLimit'),
      allowCallSpecific: moves.get('allowCallSpecific'),
      publicBaseUrl: s.get('publicBaseUrl'),
    });
    return {
      provides: { isSetUp: () => isSetUp(ctx.db), audit },
      handlers: {
        'config.services': () => services.list(),
        'config.saveService': (input, c) => services.save(input, actorOf(c).user),
        'config.items': ({ serviceId }) => items.list(serviceId),
        'config.saveItem': (input, c) => items.save(input, actorOf(c).user),
        'config.hall': () => hall(),
        'config.saveHall': (change, c) => {
          const before = hall();
          const after = { ...before, ...Object.fromEntries(Object.entries(change).filter(([, v]) => v !== undefined)) };
          if (JSON.stringify(after) !== JSON.stringify(before)) {
            ctx.settings.update(change, () => audit.record(actorOf(c).user, 'hall.updated', null, before, after));
          }
          return hall();
        },
        'audit.list': (query) => audit.list(query),
        'setup.complete': (input) => completeSetup(firstRun, input),
        'setup.preview': ({ file, managerId }) => {
          if (isSetUp(ctx.db)) throw new HallFault('conflict', 'this hall is set up already; its managers import a file on the admin page');
          return previewSetup(firstRun, file, managerId);
        },
        ...staffHandlers(staff),
        ...createTransferHandlers(transferParts, transfer),
      },
    };
  },
} satisfies Capability<
  Pick<QueueParts, 'engine' | 'hallChanged' | 'notices'>,
  { isSetUp: () => boolean; audit: AuditTrail },
  typeof configSettings & typeof noticeSettings
>;
