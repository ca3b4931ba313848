// Commands of the hours capability: the manager reads and saves the schedule (audited) and imports
// holiday / make-up dates as a list; every screen reads what is open now (pushed as hours.changed).
import { z } from 'zod';
import { command } from './command-spec';
import { hoursFields, type HoursNowView, type HoursSettingsView } from './hours-views';

export const hoursCommands = {
  'hours.now': command<HoursNowView>()('public', z.strictObject({})),
  'hours.settings': command<HoursSettingsView>()(['admin'], z.strictObject({})),
  /** Changes what is given, keeps the rest. */
  'hours.save': command<HoursSettingsView>()(
    ['admin'],
    z.strictObject({
      weekly: hoursFields.weekly.optional(),
      holidays: hoursFields.holidays.optional(),
      makeupDays: hoursFields.makeupDays.optional(),
      exceptions: hoursFields.exceptions.optional(),
      cutoffMinutes: hoursFields.cutoffMinutes.optional(),
      phone: hoursFields.phone.optional(),
    }),
  ),
  /**
   * Holidays and make-up days as text: one date per line (all of `type`), or CSV `date,type` with type
   * holiday / makeup (or 休 / 班). `replace` drops the dates of the years the list names first.
   */
  'hours.importDates': command<HoursSettingsView & { imported: number }>()(
    ['admin'],
    z.strictObject({
      text: z.string().min(1).max(20_000),
      type: z.enum(['holiday', 'makeup']).default('holiday'),
      replace: z.boolean().default(false),
    }),
  ),
} as const;
