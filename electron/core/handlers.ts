// The handler map: one function per command of the contract. TypeScript checks that every command
// has exactly one handler with the contract's input and output types.
import { HallFault, mergeUnique, type ServiceView } from '../contract';
import { actorOf, sessionOf, type Handlers } from './handler-types';
import type { Auth } from './auth';
import type { DeviceSlot } from './devices';
import type { QueueEngine } from './engine';
import { createLogHandlers } from '../log/log-handlers';
import { createRatingHandlers } from './rating-handlers';
import { createSyncHandlers } from './sync-handlers';
import { createBackupHandlers } from '../backup/handlers';
import type { BackupService } from '../backup/service';
import type { SyncService } from '../sync/service';
import type { RatingDesk } from './ratings';
import { serviceView } from './rows';

export { actorOf, type HandlerContext, type Handlers } from './handler-types';

/** The parts of the hall the handlers act on. */
export interface HallParts {
  engine: QueueEngine;
  auth: Auth;
  devices: DeviceSlot;
  ratings: RatingDesk;
  sync: SyncService;
  backup: BackupService;
  /** The folder of the hall log's files; null when the hall logs elsewhere (tests). */
  logDir: string | null;
}

export function createHandlers({ engine, auth, devices, ratings, sync, backup, logDir }: HallParts): Handlers {
  const services = (): ServiceView[] =>
    engine.config
      .allServices()
      .filter((s) => s.enabled)
      .map((s) => {
        const waiting = engine.waiting(s.id);
        return serviceView(s, waiting, engine.estimateWait(s, waiting), engine.issuedToday(s) < s.daily_cap);
      });

  const queue = {
    'auth.login': ({ user, pin }) => auth.login(user, pin),
    'auth.logout': (_input, ctx) => {
      const session = sessionOf(ctx);
      if (session) auth.logout(session.token);
      return null;
    },
    'hall.get': () => {
      engine.rollover();
      const waiting: Record<string, number> = {};
      for (const s of engine.config.allServices()) waiting[s.id] = engine.waiting(s.id);
      return {
        hallName: engine.hallName,
        businessDay: engine.businessDay,
        windows: engine.config.windowViews(),
        recentCalls: engine.calls.get(),
        waiting,
      };
    },
    'services.list': () => {
      engine.rollover();
      return services();
    },
    'items.list': ({ serviceId }) => {
      if (serviceId !== undefined && !engine.config.service(serviceId)) throw new HallFault('not_found', `no service ${serviceId}`, 'serviceId');
      return engine.config.itemViews(serviceId);
    },
    'tickets.issue': ({ serviceId, priority }, ctx) => engine.issue(serviceId, priority ?? 'normal', actorOf(ctx)),
    'window.get': ({ window }) => engine.windowDetail(window),
    'window.signIn': ({ window }, ctx) => engine.duty.signIn(window, actorOf(ctx)),
    'window.signOut': ({ window }, ctx) => engine.duty.signOut(window, actorOf(ctx)),
    'window.callNext': ({ window }, ctx) => ({ ticket: engine.tickets.callNext(window, actorOf(ctx)) }),
    'window.recall': ({ window }, ctx) => engine.tickets.recall(window, actorOf(ctx)),
    'window.start': ({ window }, ctx) => engine.tickets.start(window, actorOf(ctx)),
    'window.noShow': ({ window }, ctx) => engine.tickets.noShow(window, actorOf(ctx)),
    'window.finish': ({ window, outcome, itemCode }, ctx) => engine.tickets.finish(window, actorOf(ctx), outcome, itemCode),
    'window.transfer': ({ window, serviceId }, ctx) => engine.tickets.transfer(window, actorOf(ctx), serviceId),
    'window.pause': ({ window, reason }, ctx) => engine.duty.pause(window, actorOf(ctx), reason),
    'window.resume': ({ window }, ctx) => engine.duty.resume(window, actorOf(ctx)),
    'window.finishThen': ({ window, then, reason }, ctx) => engine.tickets.finishThen(window, actorOf(ctx), then, reason),
    'devices.list': () => devices.hub?.status() ?? [],
    'tickets.reprint': ({ ticketId }) => {
      const hub = devices.hub;
      if (!hub?.hasPrinter()) throw new HallFault('conflict', 'no ticket printer is configured', undefined, 'no_printer');
      const ticket = engine.findTicket(ticketId);
      if (!ticket) throw new HallFault('not_found', ticketId === undefined ? 'no ticket issued today' : `no such ticket: ${ticketId}`, 'ticketId');
      hub.reprint(ticket);
      return { ticketId: ticket.id, number: ticket.number };
    },
    'tickets.printout': (query) => {
      const printout = devices.hub?.printout;
      if (!printout) throw new HallFault('conflict', 'no ticket printer is configured', undefined, 'no_printer');
      return printout(query);
    },
  } satisfies Partial<Handlers>;
  // A command handled twice fails here, at start-up (an object spread would keep the later silently).
  return mergeUnique(
    'handler',
    queue,
    createRatingHandlers(engine, ratings),
    createSyncHandlers(sync),
    createBackupHandlers(backup),
    createLogHandlers(logDir),
  );
}
