// The handlers of the login throttle's commands (contract/login-commands.ts): the manager reads the
// locks and lifts them. Each unlock is recorded in the configuration's audit trail (config/audit.ts)
// in the same transaction as the removal: who lifted what, and the runs of wrong PINs it forgot.
import type { loginCommands } from '../contract';
import type { AuditTrail } from '../config/audit';
import type { Auth } from './auth';
import type { Db } from './db';
import { actorOf, type Handlers } from './handler-types';

type LoginHandlers = Pick<Handlers, keyof typeof loginCommands>;

export function createLoginHandlers(db: Db, auth: Auth, audit: AuditTrail): LoginHandlers {
  return {
    'auth.lockouts': ({ all }) => auth.throttle.lockouts(all),
    'auth.unlock': (match, ctx) =>
      db.transaction(() => {
        const removed = auth.throttle.unlock(match);
        const target = [match.source && `source ${match.source}`, match.user && `user ${match.user}`].filter(Boolean).join(' ');
        if (removed.length > 0) audit.record(actorOf(ctx).user, 'login.unlocked', target, removed, null);
        return removed;
      })(),
  };
}
