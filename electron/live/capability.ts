// The manager's live hall view as a capability (issue 15): live.get answers the whole view
// (live-view.ts), live.changed pushes it whenever any part of it changed, and live.signOut lets the
// manager sign a clerk out of a window (core/window-release.ts), audited in the configuration's trail.
//
// Pushes follow the core's own change notifications (hall.changed, staffing.changed, device.status,
// backup.changed, sync.changed, rating.prompt) and the settings the view shows; a burst of them is one
// push after the tick (once-per-tick.ts), and a view equal to the last one pushed (its `now` aside) is
// not pushed again. Waits cross the max wait, and a sync becomes overdue, with no event at all: a timer
// on the hall's scheduler looks again every WAIT_CHECK_MS.
import { AuditTrail } from '../config/audit';
import type { BackupParts } from '../backup/capability';
import type { LiveView, LiveSignOut, liveCommands } from '../contract';
import type { Capability } from '../core/capability';
import type { DeviceParts } from '../core/device-capability';
import { actorOf, type Handlers } from '../core/handler-types';
import { oncePerTick } from '../core/once-per-tick';
import type { QueueParts } from '../core/queue-capability';
import type { HallCalendar } from '../hours/calendar';
import type { SyncParts } from '../sync/capability';
import { buildLiveView } from './live-view';

/** How often the waits and the sync's deadline are looked at again with no change in the hall. */
export const WAIT_CHECK_MS = 15_000;

/** The events after which the view may have changed (its own live.changed is not one). */
const TRIGGERS = new Set(['hall.changed', 'staffing.changed', 'device.status', 'backup.changed', 'sync.changed', 'rating.prompt']);

type LiveNeeds = Pick<QueueParts, 'engine'> & { calendar: HallCalendar } & SyncParts & BackupParts & Pick<DeviceParts, 'deviceStatus'>;

export const liveCapability = {
  name: 'live',
  settings: {},
  migrations: [],
  routes: [
    { method: 'GET', path: '/api/live', command: 'live.get' },
    { method: 'POST', path: '/api/live/sign-out', command: 'live.signOut' },
  ],
  start(ctx, { engine, calendar, sync, backup, deviceStatus }) {
    const view = (): LiveView => {
      const now = ctx.clock.now();
      return buildLiveView({
        db: ctx.db,
        engine,
        now,
        timeZone: ctx.settings.get('timeZone'),
        maxWaitMinutes: ctx.settings.get('maxWaitMinutes'),
        hallOpen: calendar.isOpenAt(now),
        devices: deviceStatus(),
        backup: backup.alertsView().alerts,
        sync: sync.status(),
      });
    };
    const audit = new AuditTrail(ctx.db, ctx.clock, () => ctx.settings.get('timeZone'));
    let closed = false;
    let last = '';
    const push = oncePerTick(
      ctx,
      'live.changed',
      () => {
        const next = view();
        const key = JSON.stringify({ ...next, now: null });
        if (key === last) return;
        last = key;
        ctx.emit('live.changed', next);
      },
      () => closed,
    );
    const stop = ctx.subscribe((event) => {
      if (TRIGGERS.has(event.name)) push();
    });
    const unwatch = (['maxWaitMinutes', 'timeZone'] as const).map((key) => ctx.settings.watch(key, push));
    const stopTimer = ctx.scheduler.every('live: waits over target, sync overdue', WAIT_CHECK_MS, push);

    const handlers: Pick<Handlers, keyof typeof liveCommands> = {
      'live.get': () => view(),
      'live.signOut': (input, c): LiveSignOut => {
        const { window, reason } = input;
        const actor = actorOf(c);
        const before = engine.config.windowViews().find((w) => w.number === window);
        const done = engine.duty.signOutByManager(input, actor, ({ clerk, returned }) =>
          audit.record(
            actor.user,
            'live.signOut',
            String(window),
            { clerk, ticket: returned?.number ?? null },
            { clerk: null, ticket: null, reason, returnedToQueue: returned?.number ?? null },
          ),
        );
        const liveWindow = view().windows.find((w) => w.number === window)!;
        return {
          window: liveWindow,
          clerk: before?.clerk ?? { id: done.clerk, name: done.clerk },
          returned: done.returned && { id: done.returned.id, number: done.returned.number, serviceId: done.returned.service_id },
        };
      },
    };
    return {
      provides: {},
      handlers,
      close() {
        closed = true;
        stop();
        for (const u of unwatch) u();
        stopTimer();
      },
    };
  },
} satisfies Capability<LiveNeeds, object, Record<never, never>>;
