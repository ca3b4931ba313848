// The handlers of the queue's commands (contract/queue-commands.ts): logging in, the hall's view, the
// kiosk's services and tickets, and a window's work. Each is a thin call into the engine.
import { HallFault, type queueCommands, type queueMoveCommands, type ServiceView } from '../contract';
import type { Auth } from './auth';
import type { QueueEngine } from './engine';
import { actorOf, sessionOf, type Handlers } from './handler-types';
import type { NoticeBoard } from './notice-board';
import { serviceView } from './rows';

type QueueHandlers = Pick<Handlers, keyof typeof queueCommands | keyof typeof queueMoveCommands>;

export function createQueueHandlers(engine: QueueEngine, auth: Auth, notices: NoticeBoard): QueueHandlers {
  const services = (): ServiceView[] =>
    engine.config
      .allServices()
      .filter((s) => s.enabled)
      .map((s) => {
        const waiting = engine.waiting(s.id);
        return serviceView(s, waiting, engine.estimateWait(s, waiting), engine.issuedToday(s) < s.daily_cap);
      });

  return {
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
        screenNotice: notices.read().screenNotice,
        kioskLanguages: notices.read().kioskLanguages,
        timeZone: engine.timeZone,
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
    'tickets.issue': ({ serviceId, priority, lang }, ctx) => engine.issue(serviceId, priority ?? 'normal', actorOf(ctx), undefined, lang),
    'window.get': ({ window }) => engine.windowDetail(window),
    'window.signIn': ({ window }, ctx) => engine.duty.signIn(window, actorOf(ctx)),
    'window.signOut': ({ window }, ctx) => engine.duty.signOut(window, actorOf(ctx)),
    'window.callNext': ({ window }, ctx) => ({ ticket: engine.tickets.callNext(window, actorOf(ctx)) }),
    'window.recall': ({ window }, ctx) => engine.tickets.recall(window, actorOf(ctx)),
    'window.start': ({ window }, ctx) => engine.tickets.start(window, actorOf(ctx)),
    'window.noShow': ({ window }, ctx) => engine.tickets.noShow(window, actorOf(ctx)),
    'window.finish': ({ window, outcome, itemCode }, ctx) => engine.tickets.finish(window, actorOf(ctx), outcome, itemCode),
    'window.transfer': ({ window, serviceId, toWindow, toClerk }, ctx) => engine.tickets.transfer(window, actorOf(ctx), { serviceId, toWindow, toClerk }),
    'window.pause': ({ window, reason }, ctx) => engine.duty.pause(window, actorOf(ctx), reason),
    'window.resume': ({ window }, ctx) => engine.duty.resume(window, actorOf(ctx)),
    'window.finishThen': ({ window, then, reason }, ctx) => engine.tickets.finishThen(window, actorOf(ctx), then, reason),
    // The queue moves (issue 14): queue-moves.ts.
    'window.hold': ({ window }, ctx) => engine.moves.hold(window, actorOf(ctx)),
    'window.resumeHeld': ({ window, ticketId }, ctx) => engine.moves.resumeHeld(window, actorOf(ctx), ticketId),
    'window.undoNoShow': ({ window }, ctx) => engine.moves.undoNoShow(window, actorOf(ctx)),
    'window.requeue': ({ window, number }, ctx) => engine.moves.requeue(window, actorOf(ctx), number),
    'window.callTicket': ({ window, ticketId, reason, note }, ctx) => engine.moves.callTicket(window, actorOf(ctx), ticketId, reason, note),
    'tickets.noShows': () => engine.moves.noShows(),
    'window.transferTargets': ({ window }) => engine.moves.transferTargets(window),
  };
}
