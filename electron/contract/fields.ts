// Field schemas that a command's input and a capability's stored settings share, so what a manager
// may send and what the hall accepts as stored are one rule (the settings store validates with these).
import { z } from 'zod';

/** A time of day in the hall's zone, 00:00–23:59. */
export const hhmm = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'HH:mm');

/** A language of the windows and the ticket. */
export const langField = z.enum(['zh-CN', 'zh-TW', 'en']);

/**
 * Where residents' phones reach the hall's LAN server (the ticket's QR code opens `<this>/t/<token>`):
 * http(s), printable ASCII (it goes into the QR code), no query or fragment, short enough for the code.
 */
const publicBaseUrl = z
  .url({ protocol: /^https?$/ })
  .max(80)
  .regex(/^[\x21-\x7e]+$/, 'printable ASCII only')
  .refine((url) => !/[?#]/.test(url), 'no query or fragment');

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
  /** 绿色通道: at most this many urgent calls in a row per window while normal tickets wait beyond the max wait. */
  priorityStreakMax: z.number().int().min(1).max(20),
  /** How many recent calls the caller screen lists. */
  recentCalls: z.number().int().min(1).max(20),
  /** Lines printed on every ticket (opening hours, rules); empty: the printer's own config decides. */
  ticketNotice: z.array(z.string().trim().min(1).max(120)).max(8),
  /** The hall's address for residents' phones (the ticket's QR code); null: no QR code, no line about one. */
  publicBaseUrl: publicBaseUrl.nullable(),
  /** The hall screen's scrolling notice; empty shows none. */
  screenNotice: z.string().trim().max(200),
  /** The languages the kiosk offers (its language switch); a kiosk in another language turns to the first. */
  kioskLanguages: z
    .array(langField)
    .min(1)
    .max(3)
    .refine((langs) => new Set(langs).size === langs.length, 'each language once'),
};

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

/** A clerk's PIN: 4–12 digits. */
export const clerkPin = z.string().regex(/^\d{4,12}$/, '4–12 digits');

/** True when each digit is the one before plus step (mod 10): 123456, 654321, 890123. */
const runOf = (digits: string, step: number) => [...digits].every((d, i) => i === 0 || (Number(digits[i - 1]) + step + 10) % 10 === Number(d));

/**
 * A manager's PIN (config.resetPin, the first-run setup): 6–12 digits, not trivially guessable: not
 * one digit repeated (000000) and not an ascending or descending run (123456, 654321).
 */
export const managerPin = z
  .string()
  .regex(/^\d{6,12}$/, '6–12 digits')
  .refine((pin) => !runOf(pin, 0), 'not one digit repeated')
  .refine((pin) => !runOf(pin, 1) && !runOf(pin, -1), 'not an ascending or descending run like 123456');

/** The PINs managerPin refuses as too easy to guess (besides their length). */
export const isTrivialPin = (pin: string): boolean => runOf(pin, 0) || runOf(pin, 1) || runOf(pin, -1);

/** A photo's bytes at most (the data URL is a third larger and fits a 64 KiB request). */
export const PHOTO_MAX_BYTES = 40 * 1024;
/** The longest data URL of such a photo (base64 plus its `data:image/…;base64,` head). */
export const PHOTO_URL_MAX = Math.ceil((PHOTO_MAX_BYTES * 4) / 3) + 40;

const PHOTO_URL = /^data:image\/(jpeg|png);base64,([A-Za-z0-9+/]+={0,2})$/;

/** The start of each format's file, so that a data URL says what it holds. */
const MAGIC = { jpeg: [0xff, 0xd8, 0xff], png: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] } as const;

/** A small JPEG or PNG as a data URL (base64), its bytes what the type says, at most PHOTO_MAX_BYTES. */
export const photoDataUrl = z
  .string()
  .max(PHOTO_URL_MAX, `at most ${PHOTO_MAX_BYTES / 1024} KiB`)
  .superRefine((url, check) => {
    const m = PHOTO_URL.exec(url);
    if (!m) return void check.addIssue({ code: 'custom', message: 'a data:image/jpeg or data:image/png base64 URL' });
    const bytes = atob(m[2]!.slice(0, 12));
    const magic = MAGIC[m[1] as keyof typeof MAGIC];
    if (!magic.every((b, i) => bytes.charCodeAt(i) === b)) check.addIssue({ code: 'custom', message: `not a ${m[1]} image` });
    const size = (m[2]!.length * 3) / 4 - (m[2]!.match(/=+$/)?.[0].length ?? 0);
    if (size > PHOTO_MAX_BYTES) check.addIssue({ code: 'custom', message: `at most ${PHOTO_MAX_BYTES / 1024} KiB` });
  });
