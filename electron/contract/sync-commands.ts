// Commands of the nightly upstream sync: its state, its settings, and "send now". Manager only.
import { z } from 'zod';
import { command } from './command-spec';
import type { SyncStatusView } from './sync-views';

const hhmm = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'HH:mm');

export const syncCommands = {
  'sync.status': command<SyncStatusView>()(['admin'], z.strictObject({})),
  'sync.configure': command<SyncStatusView>()(
    ['admin'],
    z.strictObject({
      url: z.url({ protocol: /^https?$/ }),
      hallId: z.string().min(1).max(64),
      /** Omitted: keep the secret already stored. */
      secret: z.string().min(16, 'at least 16 characters').max(256).optional(),
      windowStart: hhmm,
      windowEnd: hhmm,
    }),
  ),
  'sync.sendNow': command<SyncStatusView>()(['admin'], z.strictObject({})),
} as const;
