// Commands of the login throttle (issue 11, "Logins"): the manager sees who is locked out and lifts a
// lock. Logging in itself is auth.login (queue-commands.ts). Manager (admin) only.
import { z } from 'zod';
import { command } from './command-spec';

/**
 * One remembered run of wrong PINs: from a source (a PC's address, or `hall-pc` for the hall PC's own
 * windows) for one user, or (user null) from the source across every user.
 */
export interface LoginLockout {
  source: string;
  user: string | null;
  failures: number;
  /** ISO time of the first and the last wrong PIN of the run. */
  since: string;
  lastAt: string;
  /** ISO time the lock ends; null when no lock is in force (yet). */
  lockedUntil: string | null;
  /** Seconds until a try is let through again (0: not locked). */
  retryAfter: number;
}

const source = z.string().trim().min(1).max(64);
const user = z.string().min(1).max(32);

export const loginCommands = {
  /** Every lock in force, the latest first; `all` adds runs of wrong PINs that have not locked yet. */
  'auth.lockouts': command<LoginLockout[]>()(['admin'], z.strictObject({ all: z.stringbool().or(z.boolean()).default(false) })),
  /**
   * Lifts locks and forgets their wrong PINs: `{ user }` for that user from every source, `{ source }`
   * for that source as a whole and for each user from it, both for that pair only. Answers what it removed.
   */
  'auth.unlock': command<LoginLockout[]>()(
    ['admin'],
    z.strictObject({ source: source.optional(), user: user.optional() }).refine((u) => u.source !== undefined || u.user !== undefined, {
      message: 'name a source, a user or both',
      path: ['user'],
    }),
  ),
} as const;
