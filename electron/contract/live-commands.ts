// Commands of the manager's live hall view (issue 15, electron/live/): the whole view, and signing a
// clerk out of a window (the clerk went home without signing out): audited, with a required reason.
import { z } from 'zod';
import { command } from './command-spec';
import type { LiveSignOut, LiveView } from './live-views';

const managerOnly: [] = [];

export const liveCommands = {
  'live.get': command<LiveView>()(managerOnly, z.strictObject({})),
  /**
   * The manager signs the clerk at `window` out. A ticket current there goes back to the head of its
   * queue (waiting again, first of its service and class), never lost; held tickets stay with the window.
   * `clerkId` is the clerk the manager means (the card they read): when someone else is at the window by
   * now, the sign-out is refused (409 other_clerk), never applied to whoever is there.
   */
  'live.signOut': command<LiveSignOut>()(
    managerOnly,
    z.strictObject({
      window: z.number().int().min(1).max(999),
      clerkId: z.string().min(1, 'the clerk to sign out is required').max(32),
      reason: z.string().trim().min(1, 'a reason is required').max(200),
    }),
  ),
};
