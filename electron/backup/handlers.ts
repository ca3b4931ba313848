// Handlers of the backup commands, registered by backup/capability.ts.
import type { Handlers } from '../core/handler-types';
import type { BackupService } from './service';

type BackupHandlers = Pick<Handlers, 'backup.status' | 'backup.configure' | 'backup.runNow' | 'backup.alerts'>;

export function createBackupHandlers(backup: BackupService): BackupHandlers {
  return {
    'backup.status': () => backup.status(),
    'backup.configure': (input) => backup.configure(input),
    'backup.runNow': () => backup.runNow(),
    'backup.alerts': () => backup.alertsView(),
  };
}
