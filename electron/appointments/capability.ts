// Appointments (预约) as a capability: bookings made elsewhere (imported, or upserted by the district's
// booking system) or entered at the console, checked in at the kiosk into the queue engine's own issue
// path (priority 'appointment', due at the slot start), listed for the clerks. Changes push
// hall.changed so the consoles' lists follow.
import type { Capability } from '../core/capability';
import { actorOf } from '../core/handler-types';
import type { QueueParts } from '../core/queue-capability';
import { AppointmentBook } from './book';
import { CheckInDesk } from './check-in';
import { fileEntries, listAt } from './import-rows';
import { migration010 } from './migrations/010-appointments';
import { appointmentRoutes } from './routes';
import { appointmentSettings } from './settings';

export const appointmentCapability = {
  name: 'appointments',
  settings: appointmentSettings,
  migrations: [migration010],
  routes: appointmentRoutes,
  start(ctx, { engine, hallChanged }) {
    const book = new AppointmentBook(ctx.db, ctx.clock, () => ctx.settings.get('timeZone'));
    const desk = new CheckInDesk(
      engine,
      book,
      () => ctx.settings.get('appointments'),
      () => ctx.clock.now(),
    );
    const changed = <T extends { dryRun: boolean }>(plan: T): T => {
      if (!plan.dryRun) hallChanged();
      return plan;
    };
    return {
      provides: {},
      handlers: {
        'appointments.checkIn': (input, c) => desk.checkIn(input, actorOf(c)),
        'appointments.list': ({ date, reveal }) => book.list(date, reveal),
        'appointments.save': ({ booking }) => {
          const saved = book.saveOne(booking, 'console');
          hallChanged();
          return saved;
        },
        'appointments.import': ({ format, data, dryRun }) => {
          const { entries, at } = fileEntries(ctx.db, format, data);
          return changed(book.write(entries, 'import', dryRun, at));
        },
        'appointments.upsert': ({ bookings, dryRun }) => changed(book.write(bookings, 'api', dryRun, listAt('bookings'))),
        'appointments.settings': () => ctx.settings.get('appointments'),
        'appointments.configure': (input) => {
          ctx.settings.update({ appointments: input });
          return ctx.settings.get('appointments');
        },
      },
    };
  },
} satisfies Capability<Pick<QueueParts, 'engine' | 'hallChanged'>, object, typeof appointmentSettings>;
