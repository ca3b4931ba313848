// The hall core's capability: the queue (tickets, windows, duty, the business day), its 好差评 desk
// (the ratings run inside the queue's transactions, so the two are one capability) and logging in.
// It pushes hall.changed (once per tick for a burst of changes), ticket.called, ticket.issued and
// rating.prompt, and turns the business day over at midnight even when nobody touches the hall. The
// login throttle's manager commands (auth.lockouts, auth.unlock) are its too: auth.ts lives here; it
// pushes lockouts.changed when a lock begins or is lifted.
import { HallFault, mergeUnique } from '../contract';
import { AuditTrail } from '../config/audit';
import { Auth } from './auth';
import { createClerkDayHandlers } from './clerk-day';
import { oncePerTick } from './once-per-tick';
import type { Capability } from './capability';
import { QueueEngine } from './engine';
import type { Actor } from './engine-parts';
import { createLoginHandlers } from './login-handlers';
import { coreMigrations } from './migrations';
import { queueRoutes } from './queue-routes';
import { createQueueHandlers } from './queue-handlers';
import { createRatingHandlers } from './rating-handlers';
import { NoticeBoard } from './notice-board';
import { RatingDesk } from './ratings';
import { queueMoveSettings, queueSettings, ratingSettings } from './settings';
import { TicketHookChain } from './ticket-hooks';
import { newTicketLinkKey, TicketLinks } from './ticket-links';

const settings = { ...queueSettings, ...ratingSettings, ...queueMoveSettings };

export interface QueueParts {
  engine: QueueEngine;
  ratings: RatingDesk;
  auth: Auth;
  /** The clerk a desk keypad acts for: whoever is signed in at its window (refused when nobody is). */
  keypadActor(window: number): Actor;
  /** Pushes hall.changed (once for a burst): for a change made outside the queue, e.g. the configuration. */
  hallChanged(): void;
  /** The hall's notices and kiosk languages, for the public view and the printer (the configuration provides them). */
  notices: NoticeBoard;
  /** Adds a capability's hooks to the engine's own transactions (after the ratings desk's). */
  ticketHooks: Pick<TicketHookChain, 'add'>;
  /** The tokens of the tickets' progress pages (their QR codes). */
  ticketLinks: TicketLinks;
  /** Where residents' phones reach the hall: what the tickets' QR codes lead to. */
  publicAddress: PublicAddress;
}

export interface PublicAddress {
  /** The manager's publicBaseUrl without a trailing slash; null when none is set (no QR code). */
  baseUrl(): string | null;
}

export const queueCapability = {
  name: 'queue',
  settings,
  migrations: coreMigrations,
  routes: queueRoutes,
  start(ctx) {
    const auth = new Auth(ctx.db, ctx.clock);
    const ratings = new RatingDesk(ctx.db, ctx.clock, ctx.settings, (prompt) => ctx.emit('rating.prompt', prompt));
    const ticketHooks = new TicketHookChain(ratings);
    let closed = false;
    const onceAfterTick = (name: string, push: () => void) => oncePerTick(ctx, name, push, () => closed);
    const pushChange = onceAfterTick('hall.changed', () => ctx.emit('hall.changed', handlers['hall.get']({}, { principal: null, actor: null })));
    // A lock began or was lifted: the manager's lock-outs page follows it without a reload.
    auth.throttle.onChange(onceAfterTick('lockouts.changed', () => ctx.emit('lockouts.changed', { locked: auth.throttle.lockedCount() })));
    const engine = new QueueEngine(
      ctx.db,
      ctx.clock,
      ctx.settings,
      {
        changed() {
          ratings.flush(); // a finish or a call changed a window's rating state: its pad hears it now
          pushChange();
        },
        called: (call) => ctx.emit('ticket.called', call),
        issued: (ticket) => ctx.emit('ticket.issued', ticket),
      },
      ticketHooks,
    );
    // Unlocks are manager changes: recorded in the configuration's audit trail (its table is migration 5).
    const audit = new AuditTrail(ctx.db, ctx.clock, () => ctx.settings.get('timeZone'));
    const notices = new NoticeBoard();
    // The hall's own key for the tickets' links, made once: a key that changed would void every printed QR code.
    if (ctx.settings.get('ticketLinkKey') === null) ctx.settings.update({ ticketLinkKey: newTicketLinkKey() });
    const ticketLinks = new TicketLinks(ctx.db, () => ctx.settings.get('ticketLinkKey')!);
    // Only the manager's address: a demo hall with none prints no QR code either (its own URL may be
    // 127.0.0.1, which no phone reaches, so a code there would promise what it cannot keep).
    const publicAddress: PublicAddress = {
      baseUrl: () => ctx.settings.get('publicBaseUrl')?.replace(/\/+$/, '') ?? null,
    };
    const handlers = mergeUnique(
      'handler',
      createQueueHandlers(engine, auth, notices),
      createRatingHandlers(engine, ratings),
      createLoginHandlers(ctx.db, auth, audit),
      createClerkDayHandlers(ctx.db, engine),
    );
    // What the hall's view shows of the settings reaches every screen when the manager changes it.
    for (const key of ['hallName', 'recentCalls', 'timeZone'] as const) ctx.settings.watch(key, pushChange);
    // The consoles show what the queue moves allow (WindowDetail.moves): they re-read on hall.changed.
    for (const key of ['noShowUndoSeconds', 'requeueOffset', 'allowCallSpecific'] as const) ctx.settings.watch(key, pushChange);
    const stopRollover = ctx.scheduler.every('rollover', 30_000, () => engine.rollover());
    auth.throttle.prune();
    const stopPrune = ctx.scheduler.every('login throttle prune', 10 * 60_000, () => auth.throttle.prune());
    ratings.start(ctx.scheduler);
    const keypadActor = (window: number): Actor => {
      const clerk = engine.config.windowViews().find((w) => w.number === window)?.clerk;
      if (!clerk) throw new HallFault('conflict', `nobody is signed in at window ${window}`, undefined, 'window_unstaffed');
      return { user: clerk.id, role: 'clerk' };
    };
    return {
      provides: { engine, ratings, auth, keypadActor, hallChanged: pushChange, notices, ticketHooks, ticketLinks, publicAddress },
      handlers,
      close() {
        closed = true;
        stopRollover();
        stopPrune();
        ratings.close();
      },
    };
  },
} satisfies Capability<object, QueueParts, typeof settings>;
