// Users (clerks by 工号, the kiosk device, the admin) log in with a PIN and get a bearer token.
// Only a hash of each token is stored, so a copied database file holds no usable tokens. Wrong PINs
// are throttled per source and user (login-throttle.ts). Transports log in through `loginAsync`
// (the PIN checked off the main thread, then the session committed before the answer); in-process
// callers and tests may use the synchronous `login`.
import { createHash, randomBytes } from 'node:crypto';
import { HallFault, type Role, type Session } from '../contract';
import type { Clock } from './clock';
import type { Db } from './db';
import { LoginThrottle, type Attempt } from './login-throttle';
import { NO_USER_HASH, verifyPin, verifyPinAsync } from './pins';

export { hashPin, hashPinAsync, verifyPin, verifyPinAsync } from './pins';
export { LOGIN_LIMITS } from './login-throttle';

/** The source of logins from the hall PC's own windows (Electron IPC) and in-process callers. */
export const LOCAL_SOURCE = 'hall-pc';

const SESSION_HOURS: Record<Role, number> = { clerk: 14, admin: 14, kiosk: 24 * 365, pad: 24 * 365 };

const tokenHash = (token: string) => createHash('sha256').update(token).digest('hex');

interface UserRow {
  id: string;
  name: string;
  role: Role;
  pin_hash: string;
  active: number;
}

export class Auth {
  readonly throttle: LoginThrottle;

  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
  ) {
    this.throttle = new LoginThrottle(db, clock);
  }

  /** Logs in with the PIN checked on this thread (in-process callers, tests, seeding). */
  login(user: string, pin: string, source = LOCAL_SOURCE): Session {
    const attempt = this.throttle.begin(source, user);
    try {
      const row = this.user(user);
      return this.finish(attempt, row, verifyPin(pin, row?.pin_hash ?? NO_USER_HASH));
    } finally {
      this.throttle.end(attempt);
    }
  }

  /**
   * Logs in with the PIN checked on libuv's thread pool: the hall goes on answering meanwhile. The
   * attempt counts from its start, and the session is committed before the promise resolves.
   */
  async loginAsync(user: string, pin: string, source: string): Promise<Session> {
    const attempt = this.throttle.begin(source, user);
    try {
      const stored = this.user(user)?.pin_hash ?? NO_USER_HASH;
      const pinOk = await verifyPinAsync(pin, stored);
      // Read again: the user may have been disabled, or the PIN changed, while it was checked.
      const row = this.user(user);
      return this.finish(attempt, row?.pin_hash === stored ? row : undefined, pinOk);
    } finally {
      this.throttle.end(attempt);
    }
  }

  private user(id: string): UserRow | undefined {
    return this.db.prepare('SELECT * FROM users WHERE id = ?').get(id) as UserRow | undefined;
  }

  private finish(attempt: Attempt, row: UserRow | undefined, pinOk: boolean): Session {
    // The same answer for an unknown user, a disabled one and a wrong PIN, so 工号 cannot be probed.
    if (!row || !row.active || !pinOk) {
      this.throttle.failed(attempt);
      throw new HallFault('unauthenticated', 'wrong user or PIN');
    }
    const token = randomBytes(24).toString('base64url');
    const now = this.clock.now();
    this.db.transaction(() => {
      this.throttle.succeeded(attempt);
      this.db.prepare('DELETE FROM sessions WHERE expires_at <= ?').run(now);
      this.db
        .prepare('INSERT INTO sessions (token_hash, user_id, created_at, expires_at) VALUES (?, ?, ?, ?)')
        .run(tokenHash(token), row.id, now, now + SESSION_HOURS[row.role] * 3600_000);
    })();
    return { token, role: row.role, user: row.id, name: row.name };
  }

  /** The session a token stands for, or null when unknown or expired. */
  resolve(token: string): Session | null {
    const row = this.db
      .prepare(
        `SELECT u.id, u.name, u.role, s.expires_at FROM sessions s JOIN users u ON u.id = s.user_id
         WHERE s.token_hash = ? AND u.active = 1`,
      )
      .get(tokenHash(token)) as { id: string; name: string; role: Role; expires_at: number } | undefined;
    if (!row || row.expires_at <= this.clock.now()) return null;
    return { token, role: row.role, user: row.id, name: row.name };
  }

  logout(token: string): void {
    this.db.prepare('DELETE FROM sessions WHERE token_hash = ?').run(tokenHash(token));
  }

  /**
   * Ends every session of a user (their PIN changed, they were disabled): each transport re-checks its
   * token on the next command, so open windows and sockets stop acting for them at once. `keep` spares
   * one token (a manager who changes their own PIN stays logged in where they did it). Call it inside
   * the change's transaction; answers how many sessions ended.
   */
  revokeSessions(userId: string, keep?: string): number {
    return this.db.prepare('DELETE FROM sessions WHERE user_id = ? AND token_hash IS NOT ?').run(userId, keep === undefined ? null : tokenHash(keep)).changes;
  }
}
