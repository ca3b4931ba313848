// Commands of the manager's Windows and Clerks (issue 11): a window's A岗/X岗 profile and bus
// addresses, the clerks' and managers' accounts, their PINs and photos. Manager (admin) only; every
// change validated with the field named, audited (never a PIN or its hash) and applied live.
import { z } from 'zod';
import { command } from './command-spec';
import { clerkPin, managerPin, photoDataUrl } from './fields';
import type { ClerkConfigView, ClerkListEntry, ClerkPhotoView, WindowConfigView, WindowListEntry } from './staff-views';

const serviceId = z.string().regex(/^[A-Za-z0-9_-]{1,16}$/, '1–16 letters, digits, _ or -');
/** 工号: what a clerk types to log in. */
export const staffId = z.string().regex(/^[0-9A-Za-z]{1,16}$/, '1–16 letters or digits');
const staffRole = z.enum(['clerk', 'admin']);

export const staffCommands = {
  'config.windows': command<WindowListEntry[]>()(['admin'], z.strictObject({})),
  /** Creates the window, or updates the one with this number; the profile replaces the old one. */
  'config.saveWindow': command<WindowConfigView>()(
    ['admin'],
    z.strictObject({
      number: z.number().int().min(1).max(99),
      name: z.string().trim().min(1).max(20),
      profile: z.record(serviceId, z.enum(['primary', 'backup'])).default({}),
      ledAddress: z.number().int().min(0).max(0xfffe).nullable().default(null),
      keypadAddress: z.number().int().min(0).max(255).nullable().default(null),
      enabled: z.boolean().default(true),
    }),
  ),
  'config.clerks': command<ClerkListEntry[]>()(['admin'], z.strictObject({})),
  /** Creates the account (a PIN is then required), or updates name, role and active of this 工号. */
  'config.saveClerk': command<ClerkConfigView>()(
    ['admin'],
    z
      .strictObject({
        id: staffId,
        name: z.string().trim().min(1).max(20),
        role: staffRole.default('clerk'),
        active: z.boolean().default(true),
        /** Only when creating; afterwards config.resetPin. */
        pin: z.string().max(12).optional(),
      })
      .superRefine((clerk, check) => {
        if (clerk.pin === undefined) return;
        const rule = clerk.role === 'admin' ? managerPin : clerkPin;
        const parsed = rule.safeParse(clerk.pin);
        if (!parsed.success) check.addIssue({ code: 'custom', path: ['pin'], message: parsed.error.issues[0]!.message });
      }),
  ),
  /** A new PIN (a clerk's 4–12 digits, a manager's checked by managerPin); their sessions end. */
  'config.resetPin': command<ClerkConfigView>()(['admin'], z.strictObject({ id: staffId, pin: z.string().max(12) })),
  'config.clerkPhoto': command<ClerkPhotoView>()(['admin'], z.strictObject({ id: staffId })),
  /** Sets (a small JPEG or PNG data URL) or removes (null) a clerk's photo. */
  'config.setClerkPhoto': command<ClerkConfigView>()(['admin'], z.strictObject({ id: staffId, photo: photoDataUrl.nullable() })),
} as const;
