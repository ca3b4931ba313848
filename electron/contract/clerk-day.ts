// The clerk's own day at the console (issue 14): what they served today, how long it took on
// average, their own 满意率, and the item last finished at their window (offered first when finishing).
import { z } from 'zod';
import { command } from './command-spec';
import { windowNo } from './queue-commands';

export interface ClerkDayView {
  businessDay: string;
  /** The session's user: a clerk sees only their own day. */
  clerk: string;
  /** Tickets of today this clerk finished as done (any window, any outcome). */
  served: number;
  /**
   * Mean handling time of those tickets in integer seconds: finished_at − started_at (开始办理), or
   * − called_at (the last call or recall) for a ticket finished without being started; null if none.
   */
  averageHandleSeconds: number | null;
  /** Today's ratings of this clerk's tickets with a level (given, or the hall's default level), not under review. */
  rated: number;
  /** Of those, levels 5 非常满意 and 4 满意: 满意率 = satisfied ÷ rated. */
  satisfied: number;
  /** The item of this window's last finished ticket that had one (today, else the last earlier day); null if none. */
  lastItemCode: string | null;
}

export const clerkDayCommands = {
  'window.myDay': command<ClerkDayView>()(['clerk', 'admin'], z.strictObject({ window: windowNo })),
} as const;
