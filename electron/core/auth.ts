// Users (clerks by 工号, the kiosk device, the admin) log in with a PIN and get a bearer token.
// Only a hash of each token is stored, so a copied database file holds no usable tokens.
import { createHash, randomBytes, scryptSync, timingSafeEqual } from 'node:crypto';
import { HallFault, type Role, type Session } from '../contract';
import type { Clock } from './clock';
import type { Db } from './db';

const SESSION_HOURS: Record<Role, number> = { clerk: 14, admin: 14, kiosk: 24 * 365, pad: 24 * 365 };

export function hashPin(pin: string): string {
  const salt = randomBytes(16);
  const hash = scryptSync(pin, salt, 32);
  return `scrypt:${salt.toString('hex')}:${hash.toString('hex')}`;
}

export function verifyPin(pin: string, stored: string): boolean {
  const [kind, saltHex, hashHex] = stored.split(':');
  if (kind !== 'scrypt' || !saltHex || !hashHex) return false;
  const expected = Buffer.from(hashHex, 'hex');
  const actual = scryptSync(pin, Buffer.from(saltHex, 'hex'), expected.length);
  return timingSafeEqual(expected, actual);
}

const tokenHash = (token: string) => createHash('sha256').update(token).digest('hex');

/** Checked when the user is unknown, so that refusal takes as long as a wrong PIN. */
let noUserHash: string | undefined;

interface UserRow {
  id: string;
  name: string;
  role: Role;
  pin_hash: string;
  active: number;
}

/** Wrong PINs allowed for one user within the window before logins for that user pause. */
export const LOGIN_LIMIT = { failures: 5, windowMs: 15 * 60_000, lockMs: 5 * 60_000 };

/**
 * PINs are short (a clerk's is often 4 digits), so after a few wrong ones for the same user further
 * tries are refused for a while: guessing over the LAN would otherwise take minutes.
 */
class LoginThrottle {
  private readonly failures = new Map<string, { count: number; since: number; lockedUntil: number }>();

  constructor(private readonly clock: Clock) {}

  check(user: string): void {
    const entry = this.failures.get(user);
    const now = this.clock.now();
    if (entry && entry.lockedUntil > now) {
      const minutes = Math.ceil((entry.lockedUntil - now) / 60_000);
      throw new HallFault('too_many_attempts', `too many wrong PINs for this user; try again in ${minutes} min`);
    }
  }

  failed(user: string): void {
    const now = this.clock.now();
    let entry = this.failures.get(user);
    if (!entry || now - entry.since > LOGIN_LIMIT.windowMs) entry = { count: 0, since: now, lockedUntil: 0 };
    entry.count += 1;
    if (entry.count >= LOGIN_LIMIT.failures) entry = { count: 0, since: now, lockedUntil: now + LOGIN_LIMIT.lockMs };
    this.failures.delete(user); // re-insert: the map stays in age order for the bound below
    this.failures.set(user, entry);
    if (this.failures.size > 10_000) this.failures.delete(this.failures.keys().next().value!);
  }

  succeeded(user: string): void {
    this.failures.delete(user);
  }
}

export class Auth {
  private readonly throttle: LoginThrottle;

  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
  ) {
    this.throttle = new LoginThrottle(clock);
  }

  login(user: string, pin: string): Session {
    this.throttle.check(user);
    const row = this.db.prepare('SELECT * FROM users WHERE id = ?').get(user) as UserRow | undefined;
    // The same answer, in the same time, for an unknown user and a wrong PIN, so 工号 cannot be probed.
    const pinOk = verifyPin(pin, row?.pin_hash ?? (noUserHash ??= hashPin(randomBytes(16).toString('hex'))));
    if (!row || !row.active || !pinOk) {
      this.throttle.failed(user);
      throw new HallFault('unauthenticated', 'wrong user or PIN');
    }
    this.throttle.succeeded(user);
    const token = randomBytes(24).toString('base64url');
    const now = this.clock.now();
    this.db.prepare('DELETE FROM sessions WHERE expires_at <= ?').run(now);
    this.db
      .prepare('INSERT INTO sessions (token_hash, user_id, created_at, expires_at) VALUES (?, ?, ?, ?)')
      .run(tokenHash(token), row.id, now, now + SESSION_HOURS[row.role] * 3600_000);
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
}
