// Commands of the appointments (预约) capability: import bookings made elsewhere (CSV, xlsx, JSON; a
// dry run first, then all or nothing), the district booking system's upsert, a clerk's entry at the
// console, today's list, the kiosk's check-in, and the manager's settings.
import { z } from 'zod';
import { type AppointmentImportPlan, type AppointmentSettingsView, type AppointmentView, type CheckInResult } from './appointment-views';
import { calendarDay, command } from './command-spec';
import { hhmm, langField } from './fields';

/** A booking code as the resident types it on the kiosk's numeric keypad. */
export const appointmentCode = z
  .string()
  .trim()
  .regex(/^\d{4,16}$/, { error: 'a booking code of 4 to 16 digits' });
const serviceId = z.string().trim().min(1).max(16);

/** One booking as an import, the upsert API and the console send it. */
export const bookingEntry = z.strictObject({
  code: appointmentCode,
  serviceId,
  date: calendarDay,
  start: hhmm,
  end: hhmm,
  name: z.string().trim().max(32).nullish(),
  phone: z
    .string()
    .trim()
    .regex(/^\+?[\d -]{4,20}$/, { error: 'a phone number of digits' })
    .nullish(),
  /** The booking system may cancel a booking; a booking is never deleted. */
  state: z.enum(['booked', 'cancelled']).default('booked'),
});
export type BookingEntry = z.output<typeof bookingEntry>;

export const appointmentCommands = {
  /** The resident's check-in: the booking code, or the last four digits of the phone plus the service; `lang` as tickets.issue's. */
  'appointments.checkIn': command<CheckInResult>()(
    ['kiosk', 'admin'],
    z.union([
      z.strictObject({ code: appointmentCode, lang: langField.optional() }),
      z.strictObject({
        phoneLast4: z.string().regex(/^\d{4}$/, { error: 'the last four digits of the phone number' }),
        serviceId,
        lang: langField.optional(),
      }),
    ]),
  ),
  /** A day's bookings (default today), by slot; names and phones masked unless `reveal` (also `?reveal=true`). */
  'appointments.list': command<AppointmentView[]>()(
    ['clerk', 'admin'],
    z.strictObject({ date: calendarDay.optional(), reveal: z.union([z.boolean(), z.stringbool()]).default(false) }),
  ),
  /** A clerk enters one booking (e.g. one made by phone). */
  'appointments.save': command<AppointmentView>()(['clerk', 'admin'], z.strictObject({ booking: bookingEntry })),
  /** `data`: the file's bytes in base64 (CSV in UTF-8 or GBK, xlsx's first sheet, or a JSON array of bookings). */
  'appointments.import': command<AppointmentImportPlan>()(
    ['admin'],
    z.strictObject({ format: z.enum(['csv', 'xlsx', 'json']), data: z.base64().max(1_400_000), dryRun: z.boolean().default(true) }),
  ),
  /** The district booking system: creates or updates bookings by code, all or nothing. */
  'appointments.upsert': command<AppointmentImportPlan>()(
    ['admin'],
    z.strictObject({ bookings: z.array(z.unknown()).min(1).max(2000), dryRun: z.boolean().default(false) }),
  ),
  'appointments.settings': command<AppointmentSettingsView>()(['admin'], z.strictObject({})),
  'appointments.configure': command<AppointmentSettingsView>()(
    ['admin'],
    z.strictObject({
      earlyMinutes: z.number().int().min(0).max(240),
      graceMinutes: z.number().int().min(0).max(120),
      upstreamPersonalData: z.boolean(),
    }),
  ),
} as const;
