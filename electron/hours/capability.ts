// Opening hours as a capability (issue 13): the weekly schedule, holidays and make-up days, per-service
// exceptions, the kiosk's cutoff and the hall's phone, saved by the manager (audited), applied live
// (hours.changed reaches the kiosk at once, and again whenever a service opens, hits its cutoff or
// closes), enforced when a ticket is issued (issue-rule.ts, called by the engine), and offered to
// later capabilities as `calendar` (working days for promised dates, "is the hall open now?").
import type { AuditTrail } from '../config/audit';
import type { Capability } from '../core/capability';
import { actorOf } from '../core/handler-types';
import type { QueueParts } from '../core/queue-capability';
import type { HoursSettingsView } from '../contract';
import { isOpenAt, lastClosingOf } from '../shared/calendar/schedule';
import type { HallCalendar } from './calendar';

export type { HallCalendar } from './calendar';
import { mergeDates, parseDateList } from './import-dates';
import { endDayAtClosing } from './day-end';
import { checkIssuable } from './issue-rule';
import { nowView, signatureOf } from './now-view';
import { hoursRoutes } from './routes';
import { hoursSettingKeys, hoursSettings, hoursSettingsView, scheduleOf } from './settings';
import { HallFault } from '../contract';

/** How often the kiosk's view is recomputed to catch an opening, a cutoff or a closing. */
const WATCH_MS = 2_000;

export const hoursCapability = {
  name: 'hours',
  settings: hoursSettings,
  migrations: [],
  routes: hoursRoutes,
  start(ctx, { engine, audit }) {
    const s = ctx.settings;
    const tz = () => s.get('timeZone');
    const schedule = () => scheduleOf(s);
    const view = () =>
      nowView({
        schedule: schedule(),
        now: ctx.clock.now(),
        timeZone: tz(),
        phone: s.get('hoursPhone'),
        services: engine.config.allServices(),
        capReached: (service) => engine.issuedToday(service) >= service.daily_cap,
      });
    // Pushed when what the kiosk shows changed (a save of several keys is one push, a tick that changes
    // nothing is none): computing the view is a few comparisons per service.
    let last = '';
    const push = () => {
      const now = view();
      const signature = signatureOf(now);
      if (signature !== last) ctx.emit('hours.changed', now);
      last = signature;
    };
    for (const key of [...hoursSettingKeys, 'timeZone'] as const) s.watch(key, push);
    // A service reaching its cap, or re-enabled, changes what the kiosk shows: check after each change.
    const unsubscribe = ctx.subscribe((event) => {
      if (event.name === 'hall.changed') push();
    });
    engine.issueRule = (serviceId, priority, now) => checkIssuable(schedule(), tz(), serviceId, priority, now);

    const settingsView = () => hoursSettingsView(s, tz());
    const save = (next: Partial<Omit<HoursSettingsView, 'configured' | 'timeZone'>>, userId: string): HoursSettingsView => {
      const before = settingsView();
      const merged = { ...before, ...Object.fromEntries(Object.entries(next).filter(([, v]) => v !== undefined)) } as HoursSettingsView;
      const unknown = (next.exceptions ?? []).findIndex((e) => !engine.config.service(e.serviceId));
      if (unknown >= 0) throw new HallFault('not_found', `no such service: ${next.exceptions![unknown]!.serviceId}`, `exceptions.${unknown}.serviceId`);
      const both = merged.holidays.find((d) => merged.makeupDays.includes(d));
      if (both) throw new HallFault('bad_request', `${both} is both a holiday and a make-up day`, next.makeupDays ? 'makeupDays' : 'holidays');
      const change = {
        hoursWeekly: merged.weekly,
        hoursHolidays: [...new Set(merged.holidays)].sort(),
        hoursMakeupDays: [...new Set(merged.makeupDays)].sort(),
        hoursExceptions: merged.exceptions,
        hoursCutoffMinutes: merged.cutoffMinutes,
        hoursPhone: merged.phone,
      };
      const after = hoursSettingsView({ get: (key) => change[key] } as Parameters<typeof hoursSettingsView>[0], tz());
      if (JSON.stringify(after) !== JSON.stringify(before)) s.update(change, () => audit.record(userId, 'hours.updated', null, before, after));
      return settingsView();
    };

    const calendar: HallCalendar = {
      schedule,
      workCalendar: () => schedule().calendar,
      isOpenAt: (ms) => isOpenAt(schedule(), ms, tz()),
      lastClosingOf: (day) => lastClosingOf(schedule(), day, tz()),
    };
    const watch = () => {
      endDayAtClosing(engine, calendar, ctx.clock.now());
      push();
    };
    watch();
    const stopWatch = ctx.scheduler.every('hours watch', WATCH_MS, watch);
    return {
      provides: { calendar },
      handlers: {
        'hours.now': () => view(),
        'hours.settings': () => settingsView(),
        'hours.save': (change, c) => save(change, actorOf(c).user),
        'hours.importDates': ({ text, type, replace }, c) => {
          const list = parseDateList(text, type);
          return { ...save(mergeDates(settingsView(), list, replace), actorOf(c).user), imported: list.length };
        },
      },
      close() {
        stopWatch();
        unsubscribe();
      },
    };
  },
} satisfies Capability<Pick<QueueParts, 'engine'> & { audit: AuditTrail }, { calendar: HallCalendar }, typeof hoursSettings>;
