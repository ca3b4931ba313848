// Commands of the hall's backups: the manager's status, settings and "back up now"; the consoles'
// alert summary (no paths, any staff member).
import { z } from 'zod';
import { command } from './command-spec';
import type { BackupAlertsView, BackupStatusView } from './backup-views';

const hhmm = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'HH:mm');

export const backupCommands = {
  'backup.status': command<BackupStatusView>()(['admin'], z.strictObject({})),
  'backup.configure': command<BackupStatusView>()(
    ['admin'],
    z.strictObject({
      /** An absolute path to an existing, writable folder (checked by the hall). */
      folder: z.string().trim().min(1).max(1024),
      /** Omitted: keep what is stored (14 and 05:30 the first time). */
      keep: z.number().int().min(1).max(365).optional(),
      time: hhmm.optional(),
    }),
  ),
  'backup.runNow': command<BackupStatusView>()(['admin'], z.strictObject({})),
  'backup.alerts': command<BackupAlertsView>()(['clerk', 'admin'], z.strictObject({})),
} as const;
