// The hall core's settings slices (the queue's and the ratings'), kept in the settings store
// (settings-store.ts) like every capability's: one key of the settings table each, validated on read
// so a hand-edited or older value can never crash the hall (it falls back to the default, logged).
import { z } from 'zod';
import { hallFields, queueMoveFields } from '../contract';
import { isTimeZone } from '../shared/hall-time';
import type { Db } from './db';
import { SettingsStore, type SettingValues } from './settings-store';

export const queueSettings = {
  hallName: hallFields.hallName.default('社区事务受理服务中心'),
  timeZone: z
    .string()
    .min(1)
    .refine(isTimeZone, 'not a known IANA time zone') // an unknown zone would stop the engine at every command
    .default('Asia/Shanghai'),
  policyMode: hallFields.policyMode.default('skill'),
  maxWaitMinutes: hallFields.maxWaitMinutes.default(30),
  priorityStreakMax: hallFields.priorityStreakMax.default(2),
  recentCalls: hallFields.recentCalls.default(6),
  publicBaseUrl: hallFields.publicBaseUrl.default(null),
  /** The key of the tickets' progress-page tokens (ticket-links.ts): made at the first start, never shown. */
  ticketLinkKey: z
    .string()
    .regex(/^[0-9a-f]{64}$/)
    .nullable()
    .default(null),
};

// 好差评 (core/ratings.ts): how long a window waits for a rating, the local rule's default level
// (3–5; null records "not rated"), whether the next call waits for it, and the follow-up due days.
export const ratingSettings = {
  ratingTimeoutSeconds: z.number().int().min(5).max(600).default(60),
  ratingDefaultLevel: z
    .union([z.literal(3), z.literal(4), z.literal(5)])
    .nullable()
    .default(null),
  // On by default (issue 14): a clerk's next call must not cut off a resident's rating, least of all a 差评.
  blockCallUntilRated: z.boolean().default(true),
  // However long a resident keeps using the pad, its rating closes this long after it was asked for.
  ratingMaxSeconds: z.number().int().min(30).max(1800).default(300),
  followUpDueDays: z.number().int().min(1).max(90).default(15),
};

// The clerk's queue moves (queue-moves.ts, issue 14): the no-show's undo time, 过号重排's places and
// limit, and whether "call this ticket" is allowed. It is on by default: it needs a reason and is in the
// event log with who and why, and halls use it for real cases (an appointment at the door, a resident
// back from a copy shop); a hall that fears cherry-picking (挑号) turns it off.
export const queueMoveSettings = {
  noShowUndoSeconds: queueMoveFields.noShowUndoSeconds.default(10),
  requeueOffset: queueMoveFields.requeueOffset.default(3),
  requeueLimit: queueMoveFields.requeueLimit.default(2),
  allowCallSpecific: queueMoveFields.allowCallSpecific.default(true),
};

export const settingsSchema = z.object({ ...queueSettings, ...ratingSettings, ...queueMoveSettings });
export type CoreSettingSpecs = typeof queueSettings & typeof ratingSettings & typeof queueMoveSettings;
export type HallSettings = SettingValues<CoreSettingSpecs>;
export type SettingKey = keyof HallSettings;
/** What the queue engine and the ratings desk read their settings from (the hall's one store). */
export type CoreSettings = Pick<SettingsStore<CoreSettingSpecs>, 'get' | 'watch'>;

/** Every core setting as stored now (tests, tools); the hall itself reads its store. */
export function readSettings(db: Db): HallSettings {
  const store = new SettingsStore(db, settingsSchema.shape, (message) => console.warn(`[settings] ${message}`));
  const keys = Object.keys(settingsSchema.shape) as SettingKey[];
  return Object.fromEntries(keys.map((key) => [key, store.get(key)])) as HallSettings;
}
