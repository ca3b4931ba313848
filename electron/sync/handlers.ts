// Handlers of the sync commands: the manager's view of the nightly upload, its settings, send now, re-send a day.
import type { SyncService } from './service';
import type { Handlers } from '../core/handler-types';

type SyncHandlers = Pick<Handlers, 'sync.status' | 'sync.configure' | 'sync.sendNow' | 'sync.resend'>;

export function createSyncHandlers(sync: SyncService): SyncHandlers {
  return {
    'sync.status': () => sync.status(),
    'sync.configure': (input) => sync.configure(input),
    'sync.sendNow': () => sync.sendNow(),
    'sync.resend': (input) => sync.resend(input.day),
  };
}
