// A device's bearer session, issued here as core/auth.ts issues a login's (a random token, only its
// SHA-256 hex in `sessions`, a year long like a device login), and its "last seen", written when a
// session is used but at most once a minute per device, so a busy pad is not a write per request.
import { createHash, randomBytes } from 'node:crypto';
import type { Role, Session } from '../contract';
import type { Clock } from '../core/clock';
import type { Db } from '../core/db';

const DEVICE_SESSION_MS = 365 * 24 * 3600_000;
export const LAST_SEEN_EVERY_MS = 60_000;

export const sha256Hex = (text: string): string => createHash('sha256').update(text).digest('hex');

export function issueDeviceSession(db: Db, clock: Clock, user: { id: string; name: string; role: Role }): Session {
  const token = randomBytes(24).toString('base64url');
  const now = clock.now();
  db.prepare('INSERT INTO sessions (token_hash, user_id, created_at, expires_at) VALUES (?, ?, ?, ?)').run(
    sha256Hex(token),
    user.id,
    now,
    now + DEVICE_SESSION_MS,
  );
  return { token, role: user.role, user: user.id, name: user.name };
}

export function endSessions(db: Db, userId: string): void {
  db.prepare('DELETE FROM sessions WHERE user_id = ?').run(userId);
}

/** Marks a device seen, creating its device_accounts row if it has none yet (the demo's older accounts). */
export function markSeen(db: Db, userId: string, at: number): void {
  db.prepare('INSERT INTO device_accounts (user_id, last_seen_at) VALUES (?, ?) ON CONFLICT (user_id) DO UPDATE SET last_seen_at = excluded.last_seen_at').run(
    userId,
    at,
  );
}

/** Wraps the hall's resolve: a device's session, when used, updates its last seen (throttled in memory). */
export function lastSeenTracker(db: Db, clock: Clock) {
  const written = new Map<string, number>();
  return (session: Session | null): Session | null => {
    if (!session || (session.role !== 'kiosk' && session.role !== 'pad')) return session;
    const now = clock.now();
    const last = written.get(session.user);
    if (last === undefined || now - last >= LAST_SEEN_EVERY_MS) {
      written.set(session.user, now);
      markSeen(db, session.user, now);
    }
    return session;
  };
}
