// Deferred items (承诺件, 收受分离) as a capability (issue 13): a pickup record made at the 办结 of a
// ticket with a deferred item, inside the engine's transaction (its TicketHooks); staff move it on
// (accepted → processing → ready → handed over, or delivered), every change kept; a resident takes a
// 取件 ticket at the kiosk by its pickup code, and the clerk hands the result over in one step.
import type { Capability } from '../core/capability';
import { actorOf } from '../core/handler-types';
import type { QueueParts } from '../core/queue-capability';
import type { Handlers } from '../core/handler-types';
import { pickupCommands } from '../contract';
import type { HallCalendar } from '../hours/calendar';
import { oncePerTick } from '../core/once-per-tick';
import { pickupMigrations } from './migrations';
import { PickupBook } from './pickup-book';
import { PickupDesk } from './pickup-desk';
import { pickupRoutes } from './routes';

export const pickupCapability = {
  name: 'pickups',
  settings: {},
  migrations: pickupMigrations,
  routes: pickupRoutes,
  start(ctx, { engine, ticketHooks, calendar }) {
    // Promised days in working days on the hall's calendar (its holidays and make-up days, as saved now).
    const book = new PickupBook(ctx.db, ctx.clock, () => calendar.workCalendar());
    const today = () => engine.businessDay;
    // Pushed when the committed records changed (their history grew), never for a change that rolled
    // back; after a hall.changed, once after its delivery (not in the middle of it).
    const lastEvent = ctx.db.prepare('SELECT coalesce(max(id), 0) AS id FROM pickup_events').pluck();
    let pushedAt = lastEvent.get() as number;
    const push = () => {
      const at = lastEvent.get() as number;
      if (at === pushedAt) return;
      pushedAt = at;
      ctx.emit('pickups.changed', book.counts(today()));
    };
    let closed = false;
    const pushSoon = oncePerTick(ctx, 'pickups.changed', push, () => closed);
    const unsubscribe = ctx.subscribe((event) => {
      if (event.name === 'hall.changed') pushSoon();
    });
    const desk = new PickupDesk(ctx.db, book, engine, pushSoon);
    ticketHooks.add(desk);
    const tx = ctx.db.transaction(<T>(fn: () => T) => fn());
    const handlers: Pick<Handlers, keyof typeof pickupCommands> = {
      'pickups.list': ({ filter, limit }) => (engine.rollover(), book.list(filter, today(), limit)),
      'pickups.get': ({ code }) => book.detail(code, today()),
      'pickups.advance': ({ code, to }, c) => {
        tx(() => book.advance(code, to, actorOf(c).user));
        push();
        return book.detail(code, today());
      },
      'pickups.acceptedAt': ({ ticketId }) => {
        const row = book.acceptedAt(ticketId);
        return row ? book.viewOf(row.code, today()) : null;
      },
      'pickups.atWindow': ({ window }) => {
        const row = desk.atWindow(window);
        return row ? book.viewOf(row.code, today()) : null;
      },
      'pickups.handOver': ({ window }, c) => {
        const done = desk.handOver(window, actorOf(c));
        push();
        return done;
      },
      'pickups.take': ({ code, lang }, c) => desk.take(code, actorOf(c), lang),
    };
    const close = () => {
      closed = true;
      unsubscribe();
    };
    return { provides: { pickups: book }, handlers, close };
  },
} satisfies Capability<Pick<QueueParts, 'engine' | 'ticketHooks'> & { calendar: HallCalendar }, { pickups: PickupBook }, Record<never, never>>;
