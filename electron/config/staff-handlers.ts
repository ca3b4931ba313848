// The handlers of the Windows and Clerks commands (contract/staff-commands.ts), kept apart from
// capability.ts so that each configuration area adds one line there.
import type { Db } from '../core/db';
import type { QueueEngine } from '../core/engine';
import { actorOf, type Handlers } from '../core/handler-types';
import type { AuditTrail } from './audit';
import { ClerkRoster } from './clerks';
import { WindowCatalog } from './windows';

type StaffHandlers = Pick<
  Handlers,
  'config.windows' | 'config.saveWindow' | 'config.clerks' | 'config.saveClerk' | 'config.resetPin' | 'config.clerkPhoto' | 'config.setClerkPhoto'
>;

export interface Staff {
  windows: WindowCatalog;
  clerks: ClerkRoster;
}

/** `applied`: the queue re-reads its configuration (the skills) and every screen hears hall.changed. */
export function createStaff(db: Db, audit: AuditTrail, engine: QueueEngine, applied: () => void): Staff {
  const windows = new WindowCatalog(db, audit, applied);
  const clerks = new ClerkRoster(
    db,
    audit,
    { atomically: (fn) => engine.atomically(fn), signOut: (windowNo, actor) => void engine.duty.signOut(windowNo, actor) },
    applied,
  );
  return { windows, clerks };
}

export function staffHandlers({ windows, clerks }: Staff): StaffHandlers {
  return {
    'config.windows': () => windows.list(),
    'config.saveWindow': (input, c) => windows.save(input, actorOf(c).user),
    'config.clerks': () => clerks.list(),
    'config.saveClerk': (input, c) => clerks.save(input, actorOf(c)),
    'config.resetPin': (input, c) => clerks.resetPin(input, actorOf(c)),
    'config.clerkPhoto': ({ id }) => clerks.photo(id),
    'config.setClerkPhoto': (input, c) => clerks.setPhoto(input, actorOf(c)),
  };
}
