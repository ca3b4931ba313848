// The configuration file (config.export / config.import): one JSON document holding a hall's hall
// settings, services, items, windows with their A岗/X岗 profiles and bus addresses, clerks (with their
// photos) and device accounts, so a district rolls out twenty halls the same way. docs/config-file.schema.json is generated from this schema (a test checks
// the two never drift; `npm run schema:config` regenerates it). Never in the file: PINs, the upstream's
// shared key, the backup folder, the time zone (a hall's own machine and identity, set at setup), a
// device's pairing code or session (an imported device account is paired again, on its new hall).
// A new section is one more optional array here, defaulting to [] so older files still read.
import { z } from 'zod';
import { hallFields, PHOTO_MAX_BYTES, PHOTO_URL_MAX, photoDataUrl } from './fields';
import { queueMoveFields } from './queue-move-commands';

const text = (max: number) => z.string().trim().min(1).max(max);
const names = (max: number) => z.strictObject({ 'zh-CN': text(max), 'zh-TW': text(max), en: text(max * 2) });
const serviceId = z.string().regex(/^[A-Za-z0-9_-]{1,16}$/, '1–16 letters, digits, _ or -');

/** The hall's own settings that belong to a configuration; what a file omits is kept. */
export const hallSection = z.strictObject({
  hallName: hallFields.hallName.optional(),
  policyMode: hallFields.policyMode.optional(),
  maxWaitMinutes: hallFields.maxWaitMinutes.optional(),
  priorityStreakMax: hallFields.priorityStreakMax.optional(),
  recentCalls: hallFields.recentCalls.optional(),
  ratingTimeoutSeconds: z.number().int().min(5).max(600).optional(),
  ratingDefaultLevel: z
    .union([z.literal(3), z.literal(4), z.literal(5)])
    .nullable()
    .optional(),
  blockCallUntilRated: z.boolean().optional(),
  // However long a resident keeps using the pad, its rating closes this long after it was asked for.
  ratingMaxSeconds: z.number().int().min(30).max(1800).optional(),
  followUpDueDays: z.number().int().min(1).max(90).optional(),
  noShowUndoSeconds: queueMoveFields.noShowUndoSeconds.optional(),
  requeueOffset: queueMoveFields.requeueOffset.optional(),
  requeueLimit: queueMoveFields.requeueLimit.optional(),
  allowCallSpecific: queueMoveFields.allowCallSpecific.optional(),
  /** The hall's LAN address for residents' phones (the tickets' QR codes); null: tickets print no QR code. */
  publicBaseUrl: hallFields.publicBaseUrl.optional(),
});

export const serviceEntry = z.strictObject({
  id: serviceId,
  prefix: z.string().regex(/^[A-Z]$/, 'one capital letter A–Z'),
  name: names(20),
  dailyCap: z.number().int().min(1).max(999),
  startNumber: z.number().int().min(1).max(999),
  enabled: z.boolean(),
  sort: z.number().int().min(0).max(999),
});

/**
 * An item (事项). A deferred one (承诺件) promises 1–365 working days; null there means not set yet (an
 * item saved before the hall kept promised days), which the file carries as the hall holds it.
 */
export const itemEntry = z
  .strictObject({
    code: z.string().regex(/^[A-Za-z0-9_-]{1,32}$/, '1–32 letters, digits, _ or -'),
    serviceId,
    name: names(40),
    kind: z.enum(['immediate', 'deferred']),
    promisedDays: z.number().int().min(1).max(365).nullable(),
    enabled: z.boolean(),
  })
  .superRefine((item, check) => {
    if (item.kind === 'immediate' && item.promisedDays !== null)
      check.addIssue({ code: 'custom', path: ['promisedDays'], message: 'an immediate item promises no days' });
  });

/**
 * A window and its skill profile: the services it serves as primary (A岗) and as backup (X岗); the
 * addresses of its LED screen (0–65534) and keypad / evaluator (0–255) on the hall buses, as the
 * Windows page saves them (null: none); retired when `enabled` is false. Files written before the
 * addresses were carried read as no addresses, in use.
 */
export const windowEntry = z.strictObject({
  number: z.number().int().min(1).max(999),
  name: text(20),
  primary: z.array(serviceId).max(64),
  backup: z.array(serviceId).max(64),
  ledAddress: z.number().int().min(0).max(0xfffe).nullable().default(null),
  keypadAddress: z.number().int().min(0).max(255).nullable().default(null),
  enabled: z.boolean().default(true),
});

/**
 * A clerk or manager, never a PIN: a clerk new to the hall gets none until a manager sets it. The
 * photo as the hall stores it: a JPEG or PNG data URL of at most 40 KiB (PHOTO_MAX_BYTES), or null.
 */
export const clerkEntry = z.strictObject({
  id: z.string().regex(/^[A-Za-z0-9_-]{1,32}$/, '1–32 letters, digits, _ or -'),
  name: text(20),
  role: z.enum(['clerk', 'admin']),
  active: z.boolean(),
  photo: photoDataUrl
    .nullable()
    .default(null)
    .describe(
      `data:image/jpeg or data:image/png base64 URL of at most ${PHOTO_MAX_BYTES / 1024} KiB of image (the URL at most ${PHOTO_URL_MAX} characters), or null`,
    ),
});

/**
 * A kiosk or rating-pad account, by its name (unique among a hall's accounts in use), never a code, a
 * token or a session: an account new to the hall is made unpaired and is paired there with a fresh
 * code. A pad in use stands at a window; a kiosk never does; a revoked pad may have lost its window.
 */
export const deviceEntry = z
  .strictObject({
    name: text(40),
    kind: z.enum(['kiosk', 'pad']),
    window: z.number().int().min(1).max(999).nullable(),
    revoked: z.boolean(),
  })
  .superRefine((d, check) => {
    if (d.kind === 'kiosk' && d.window !== null) check.addIssue({ code: 'custom', path: ['window'], message: 'a kiosk is not bound to a window' });
    if (d.kind === 'pad' && !d.revoked && d.window === null) check.addIssue({ code: 'custom', path: ['window'], message: 'a pad in use stands at a window' });
  });

export const configFile = z.strictObject({
  format: z.literal('tongban-config'),
  version: z.literal(1),
  exportedAt: z.iso.datetime({ offset: true }),
  hall: hallSection.default({}),
  services: z.array(serviceEntry).max(26).default([]),
  items: z.array(itemEntry).max(2000).default([]),
  windows: z.array(windowEntry).max(200).default([]),
  clerks: z.array(clerkEntry).max(500).default([]),
  devices: z.array(deviceEntry).max(500).default([]),
});

export type ConfigFile = z.output<typeof configFile>;
export type HallSection = z.output<typeof hallSection>;
export type ServiceEntry = z.output<typeof serviceEntry>;
export type ItemEntry = z.output<typeof itemEntry>;
export type WindowEntry = z.output<typeof windowEntry>;
export type ClerkEntry = z.output<typeof clerkEntry>;
export type DeviceEntry = z.output<typeof deviceEntry>;
