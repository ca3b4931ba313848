// Commands of the nightly upstream sync: its state, its settings, "send now" and the re-send of a day.
// Manager only.
import { z } from 'zod';
import { command } from './command-spec';
import { upstreamFields } from './fields';
import type { SyncStatusView } from './sync-views';

/** A real calendar date (2026-02-30 is refused, not rolled over). */
const calendarDay = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'yyyy-MM-dd')
  .refine((day) => {
    const ms = Date.parse(`${day}T00:00:00Z`);
    return !Number.isNaN(ms) && new Date(ms).toISOString().slice(0, 10) === day;
  }, 'not a calendar date');

export const syncCommands = {
  'sync.status': command<SyncStatusView>()(['admin'], z.strictObject({})),
  'sync.configure': command<SyncStatusView>()(
    ['admin'],
    z.strictObject({
      ...upstreamFields,
      /** Omitted: keep the secret already stored. */
      secret: upstreamFields.secret.optional(),
      /** Omitted: keep the current choice (default true: mask phone and ID numbers in free text). */
      maskText: z.boolean().optional(),
    }),
  ),
  'sync.sendNow': command<SyncStatusView>()(['admin'], z.strictObject({})),
  /** Sends a closed day again (delivered or set aside), from its first chunk; the receiver de-duplicates. */
  'sync.resend': command<SyncStatusView>()(['admin'], z.strictObject({ day: calendarDay })),
} as const;
