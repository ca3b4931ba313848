// Commands of the hall's backups: the manager's status, settings and "back up now"; the consoles'
// alert summary (no paths, any staff member).
import { z } from 'zod';
import { command } from './command-spec';
import { backupFields } from './fields';
import type { BackupAlertsView, BackupStatusView } from './backup-views';

export const backupCommands = {
  'backup.status': command<BackupStatusView>()(['admin'], z.strictObject({})),
  'backup.configure': command<BackupStatusView>()(
    ['admin'],
    z.strictObject({
      folder: backupFields.folder,
      /** Omitted: keep what is stored (14 and 05:30 the first time). */
      keep: backupFields.keep.optional(),
      time: backupFields.time.optional(),
    }),
  ),
  'backup.runNow': command<BackupStatusView>()(['admin'], z.strictObject({})),
  'backup.alerts': command<BackupAlertsView>()(['clerk', 'admin'], z.strictObject({})),
} as const;
