// Hall-wide settings, stored as JSON values in the settings table, validated on read so a hand-edited
// or older value can never crash the hall: it falls back to the default and says so in the log.
import { z } from 'zod';
import { isTimeZone } from '../shared/hall-time';
import type { Db } from './db';

export const settingsSchema = z.object({
  hallName: z.string().min(1).default('社区事务受理服务中心'),
  timeZone: z
    .string()
    .min(1)
    .refine(isTimeZone, 'not a known IANA time zone') // an unknown zone would stop the engine at every command
    .default('Asia/Shanghai'),
  policyMode: z.enum(['skill', 'pure']).default('skill'),
  /** Minutes after which a waiting ticket is called before everything else; 0 disables. */
  maxWaitMinutes: z
    .number()
    .int()
    .min(0)
    .max(24 * 60)
    .default(30),
  /** How many recent calls the caller screen lists. */
  recentCalls: z.number().int().min(1).max(20).default(6),
  // 好差评 (core/ratings.ts): how long a window waits for a rating, the local rule's default level
  // (3–5; null records "not rated"), whether the next call waits for it, and the follow-up due days.
  ratingTimeoutSeconds: z.number().int().min(5).max(600).default(60),
  ratingDefaultLevel: z
    .union([z.literal(3), z.literal(4), z.literal(5)])
    .nullable()
    .default(null),
  blockCallUntilRated: z.boolean().default(false),
  followUpDueDays: z.number().int().min(1).max(90).default(15),
});

export type HallSettings = z.infer<typeof settingsSchema>;
export type SettingKey = keyof HallSettings;

export function readSettings(db: Db): HallSettings {
  const rows = db.prepare('SELECT key, value FROM settings').all() as { key: string; value: string }[];
  const raw: Record<string, unknown> = {};
  for (const row of rows) {
    try {
      raw[row.key] = JSON.parse(row.value);
    } catch {
      console.warn(`[settings] ignoring unreadable value for ${row.key}`);
    }
  }
  const defaults = settingsSchema.parse({});
  const result: Record<string, unknown> = { ...defaults };
  for (const key of Object.keys(defaults) as SettingKey[]) {
    const one = settingsSchema.shape[key].safeParse(raw[key]);
    if (one.success) result[key] = one.data;
    else if (raw[key] !== undefined) console.warn(`[settings] invalid ${key}, using the default`);
  }
  return result as HallSettings;
}

export function writeSetting<K extends SettingKey>(db: Db, key: K, value: HallSettings[K]): void {
  settingsSchema.shape[key].parse(value);
  db.prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(key, JSON.stringify(value));
}
