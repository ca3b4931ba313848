// The manager's configuration as a capability (issue 11, part 1): the services and the hall's own
// settings, each change validated, applied live (the queue re-reads, every screen hears hall.changed)
// and recorded in the append-only audit trail (migration 5), which the manager reads back.
import type { HallSettingsView } from '../contract';
import type { Capability } from '../core/capability';
import { actorOf } from '../core/handler-types';
import type { QueueParts } from '../core/queue-capability';
import { AuditTrail } from './audit';
import { migration005 } from './migrations/005-audit';
import { configRoutes } from './routes';
import { ItemCatalog } from './items';
import { migration006 } from './migrations/006-item-catalogue';
import { ServiceCatalog } from './services';

export const configCapability = {
  name: 'config',
  settings: {},
  migrations: [migration005, migration006],
  routes: configRoutes,
  start(ctx, { engine, hallChanged }) {
    const audit = new AuditTrail(ctx.db, ctx.clock, () => ctx.settings.get('timeZone'));
    const applied = () => {
      engine.config.reload();
      hallChanged();
    };
    const services = new ServiceCatalog(ctx.db, audit, applied);
    // Items are not in the hall's public view: the queue re-reads them, no screen needs a push.
    const items = new ItemCatalog(ctx.db, audit, () => engine.config.reload());
    const s = ctx.settings;
    const hall = (): HallSettingsView => ({
      hallName: s.get('hallName'),
      policyMode: s.get('policyMode'),
      maxWaitMinutes: s.get('maxWaitMinutes'),
      recentCalls: s.get('recentCalls'),
    });
    return {
      provides: { audit },
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
      },
    };
  },
} satisfies Capability<Pick<QueueParts, 'engine' | 'hallChanged'>, { audit: AuditTrail }, Record<never, never>>;
