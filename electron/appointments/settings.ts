// The appointments' settings slice: the check-in windows around a slot and whether residents' personal
// data goes upstream. One value under the key `appointments` of the hall's settings store.
import { z } from 'zod';
import type { Db } from '../core/db';

const appointmentSetting = z.object({
  /** A resident may check in this long before the slot; earlier is told to come back then. */
  earlyMinutes: z.number().int().min(0).max(240).default(30),
  /** A check-in up to this long after the slot start keeps the appointment; later is a normal ticket. */
  graceMinutes: z.number().int().min(0).max(120).default(15),
  /** Names and phone numbers in the day batch: off unless the manager turns it on (docs/SYNC.md). */
  upstreamPersonalData: z.boolean().default(false),
});
export type AppointmentSetting = z.output<typeof appointmentSetting>;

export const appointmentSettings = { appointments: appointmentSetting.prefault({}) };

/**
 * The setting as the nightly sync reads it (the sync starts before this capability and owns no slice of
 * it): straight from the settings table, an unreadable or missing value read as the defaults (off).
 */
export function storedAppointmentSetting(db: Db): AppointmentSetting {
  const row = db.prepare("SELECT value FROM settings WHERE key = 'appointments'").get() as { value: string } | undefined;
  let value: unknown = {};
  try {
    value = row ? JSON.parse(row.value) : {};
  } catch {
    // an unreadable value reads as the defaults
  }
  const parsed = appointmentSetting.safeParse(value);
  return parsed.success ? parsed.data : appointmentSetting.parse({});
}
