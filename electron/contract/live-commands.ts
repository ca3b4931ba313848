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
   */
  'live.signOut': command<LiveSignOut>()(
    managerOnly,
    z.strictObject({
      window: z.number().int().min(1).max(999),
      reason: z.string().trim().min(1, 'a reason is required').max(200),
    }),
  ),
};
