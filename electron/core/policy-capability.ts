// The hall's call rules around the queue: 绿色通道 tickets issued by staff for a resident at the
// window (tickets.issuePriority), and the staffing alerts (staffing.alerts, pushed as staffing.changed
// the moment they are raised or cleared: a window opens, closes or pauses, a ticket arrives, the hall
// opens). The call policy itself (policy.ts) and the wait estimate (wait-estimate.ts) run in the engine.
import type { StaffingView } from '../contract';
import type { HallCalendar } from '../hours/calendar';
import type { Capability } from './capability';
import { actorOf } from './handler-types';
import type { QueueParts } from './queue-capability';
import { oncePerTick } from './once-per-tick';
import { staffingAlerts } from './staffing-alerts';

/** How often "is the hall open now" is asked again with no change in the hall (opening and closing times). */
const OPEN_CHECK_MS = 60_000;

type PolicyNeeds = Pick<QueueParts, 'engine'> & { calendar: HallCalendar };

/** Whether the hall is open now, by its opening hours (a hall with no hours set counts as always open). */
export function hallOpenNow(parts: Pick<PolicyNeeds, 'calendar'>): (now: number) => boolean {
  return (now) => parts.calendar.isOpenAt(now);
}

export const policyCapability = {
  name: 'policy',
  settings: {},
  migrations: [],
  routes: [
    { method: 'POST', path: '/api/tickets/priority', command: 'tickets.issuePriority' },
    { method: 'GET', path: '/api/staffing', command: 'staffing.alerts' },
  ],
  start(ctx, parts) {
    const { engine } = parts;
    const isOpen = hallOpenNow(parts);
    const compute = (): StaffingView => {
      const services = engine.config.allServices().filter((s) => s.enabled);
      const windows = engine.config.windowViews();
      const waiting = Object.fromEntries(services.map((s) => [s.id, engine.waiting(s.id)]));
      const skills = (n: number) => engine.config.skills(n);
      return { alerts: staffingAlerts({ hallOpen: isOpen(ctx.clock.now()), services: services.map((s) => s.id), waiting, windows, skills }) };
    };
    let last = JSON.stringify(compute());
    let closed = false;
    // Once after the change's own delivery (hall.changed), never in the middle of it.
    const check = oncePerTick(
      ctx,
      'staffing.changed',
      () => {
        const next = compute();
        const text = JSON.stringify(next);
        if (text === last) return;
        last = text;
        ctx.emit('staffing.changed', next);
      },
      () => closed,
    );
    const stop = ctx.subscribe((event) => {
      if (event.name === 'hall.changed') check();
    });
    const stopTimer = ctx.scheduler.every('staffing: is the hall open', OPEN_CHECK_MS, () => check());
    return {
      provides: {},
      handlers: {
        'tickets.issuePriority': ({ serviceId }, c) => engine.issue(serviceId, 'priority', actorOf(c)),
        'staffing.alerts': () => compute(),
      },
      close() {
        closed = true;
        stop();
        stopTimer();
      },
    };
  },
} satisfies Capability<PolicyNeeds, object, Record<never, never>>;
