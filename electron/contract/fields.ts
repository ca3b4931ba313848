// Field schemas that a command's input and a capability's stored settings share, so what a manager
// may send and what the hall accepts as stored are one rule (the settings store validates with these).
import { z } from 'zod';

/** A time of day in the hall's zone, 00:00–23:59. */
export const hhmm = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'HH:mm');

/** The hall's own settings (config.saveHall, the queue's settings slice). */
export const hallFields = {
  hallName: z.string().trim().min(1).max(40),
  policyMode: z.enum(['skill', 'pure']),
  /** Minutes after which a waiting ticket is called before everything else; 0 disables. */
  maxWaitMinutes: z
    .number()
    .int()
    .min(0)
    .max(24 * 60),
  /** How many recent calls the caller screen lists. */
  recentCalls: z.number().int().min(1).max(20),
  /** Lines printed on every ticket (opening hours, rules); empty: the printer's own config decides. */
  ticketNotice: z.array(z.string().trim().min(1).max(120)).max(8),
  /** The hall screen's scrolling notice; empty shows none. */
  screenNotice: z.string().trim().max(200),
  /** The languages the kiosk offers (its language switch); a kiosk in another language turns to the first. */
  kioskLanguages: z
    .array(z.enum(['zh-CN', 'zh-TW', 'en']))
    .min(1)
    .max(3)
    .refine((langs) => new Set(langs).size === langs.length, 'each language once'),
};

/** A manager's PIN: 6–12 digits, not one digit repeated and not a straight run up or down (123456, 654321). */
export const managerPin = z
  .string()
  .regex(/^\d{6,12}$/, '6–12 digits')
  .refine((pin) => !isTrivialPin(pin), 'too easy to guess: no repeated digit or straight run like 123456');

export function isTrivialPin(pin: string): boolean {
  const steps = new Set([...pin].slice(1).map((d, i) => (Number(d) - Number(pin[i]) + 10) % 10));
  return steps.size === 1 && [0, 1, 9].includes([...steps][0]!);
}

/** What a hall without those settings shows and prints: no notices, every language. */
export const defaultHallNotices = { ticketNotice: [] as string[], screenNotice: '', kioskLanguages: ['zh-CN', 'zh-TW', 'en'] as ('zh-CN' | 'zh-TW' | 'en')[] };

/** The upstream the nightly sync sends to (sync.configure, the `sync` setting). */
export const upstreamFields = {
  url: z.url({ protocol: /^https?$/ }),
  hallId: z.string().min(1).max(64),
  secret: z.string().min(16, 'at least 16 characters').max(256),
  windowStart: hhmm,
  windowEnd: hhmm,
};

/** Where and when the nightly backup runs (backup.configure, the `backup` setting). */
export const backupFields = {
  /** An absolute path to an existing, writable folder (checked by the hall). */
  folder: z.string().trim().min(1).max(1024),
  keep: z.number().int().min(1).max(365),
  time: hhmm,
};
