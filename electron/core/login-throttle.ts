// The login throttle (migration 7): wrong PINs are counted per (source, user) and per source across
// users, on disk, so a restart keeps them. A source is where a login comes from: the remote address
// for HTTP and WebSocket, `hall-pc` for the hall PC's own windows and in-process callers.
//
// Why two counts: per (source, user), a stranger at one PC locks only their own tries at a clerk's
// 工号, never the clerk at the next window; per source, one PC that tries many 工号 is slowed as a
// whole. Both lock progressively (temporary locking with an exponential factor, as IAM products do):
// after the free tries each further wrong PIN doubles the lock, up to a cap, and a run is forgotten
// after an hour without wrong PINs. A right PIN forgets the (source, user) run only: a source's count
// is not reset by someone who knows one account.
//
// An attempt is counted from its start (`begin`), not its end: PIN checks run off the main thread,
// so without that a burst of concurrent tries would all pass the check before the first one failed.
//
// Listeners (onChange) hear when a lock begins and when locks are lifted: the hall pushes
// lockouts.changed, so the manager's lock-outs page follows without a reload.
import { HallFault, type LoginLockout } from '../contract';
import type { Clock } from './clock';
import type { Db } from './db';

export type LoginLimits = typeof LOGIN_LIMITS;

export const LOGIN_LIMITS = {
  /** Wrong PINs for one user from one source before the first lock. */
  pairFree: 5,
  /** Wrong PINs from one source, across users, before the source as a whole is locked. */
  sourceFree: 20,
  firstLockMs: 60_000,
  maxLockMs: 15 * 60_000,
  /** A run of wrong PINs is forgotten this long after its last one. */
  forgetMs: 60 * 60_000,
  /** At most this many rows: past it the oldest runs go first (a flood cannot grow the table). */
  maxRows: 10_000,
};

/** The lock after the n-th wrong PIN of a run with `free` free tries (0: none yet). */
export function lockMsAfter(failures: number, free: number, limits: LoginLimits = LOGIN_LIMITS): number {
  if (failures < free) return 0;
  return Math.min(limits.firstLockMs * 2 ** (failures - free), limits.maxLockMs);
}

interface ThrottleRow {
  source: string;
  user_id: string;
  failures: number;
  first_at: number;
  last_at: number;
  locked_until: number;
}

/** A login under way: which runs it counts in until it ends. */
export interface Attempt {
  readonly source: string;
  readonly user: string;
}

const SOURCE_ROW = ''; // user_id of a source's own run

const key = (source: string, user: string) => `${source}\u0000${user}`;

function wait(ms: number): string {
  const seconds = Math.ceil(ms / 1000);
  return seconds < 60 ? `${seconds} s` : `${Math.ceil(seconds / 60)} min`;
}

export class LoginThrottle {
  /** Attempts whose PIN is being checked, per run: they count as wrong until they end. */
  private readonly pending = new Map<string, number>();
  /** Told when a lock begins or locks are lifted (the hall pushes lockouts.changed). */
  private readonly listeners: (() => void)[] = [];

  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
    /** Tests: a smaller bound. */
    private readonly limits: LoginLimits = LOGIN_LIMITS,
  ) {}

  /** Starts an attempt, or refuses it (too_many_attempts, with how long) while a lock is in force. */
  begin(source: string, user: string): Attempt {
    const now = this.clock.now();
    const checks = [
      { row: this.live(source, SOURCE_ROW, now), k: key(source, SOURCE_ROW), free: this.limits.sourceFree, who: 'from this computer' },
      { row: this.live(source, user, now), k: key(source, user), free: this.limits.pairFree, who: 'for this user from this computer' },
    ];
    for (const { row, free, k, who } of checks) {
      if (row && row.locked_until > now) {
        const ms = row.locked_until - now;
        throw new HallFault('too_many_attempts', `too many wrong PINs ${who}; try again in ${wait(ms)}`, undefined, undefined, Math.ceil(ms / 1000));
      }
      // Tries under way may each still turn out wrong: never more of them than could fail freely.
      if ((this.pending.get(k) ?? 0) >= Math.max(1, free - (row?.failures ?? 0))) {
        throw new HallFault('too_many_attempts', `logins ${who} are being checked; try again in 1 s`, undefined, undefined, 1);
      }
    }
    for (const { k } of checks) this.pending.set(k, (this.pending.get(k) ?? 0) + 1);
    return { source, user };
  }

  /** Ends an attempt, whatever its outcome (call once, after failed/succeeded or on a fault). */
  end(attempt: Attempt): void {
    for (const k of [key(attempt.source, SOURCE_ROW), key(attempt.source, attempt.user)]) {
      const n = (this.pending.get(k) ?? 1) - 1;
      if (n > 0) this.pending.set(k, n);
      else this.pending.delete(k);
    }
  }

  /** Calls `listener` after a lock begins and when locks are lifted (the hall's lockouts.changed). */
  onChange(listener: () => void): void {
    this.listeners.push(listener);
  }

  /** A wrong PIN (or unknown user): counted in both runs, in one transaction, with the lock it earns. */
  failed(attempt: Attempt): void {
    const now = this.clock.now();
    const locked = this.db.transaction(() => {
      const source = this.count(attempt.source, SOURCE_ROW, this.limits.sourceFree, now);
      const pair = this.count(attempt.source, attempt.user, this.limits.pairFree, now);
      this.bound();
      return source || pair;
    })();
    if (locked) this.changed();
  }

  /** How many locks are in force now. */
  lockedCount(): number {
    return (this.db.prepare('SELECT count(*) AS n FROM login_throttle WHERE locked_until > ?').get(this.clock.now()) as { n: number }).n;
  }

  /** A right PIN: forgets this user's run from this source (call inside the session's transaction). */
  succeeded(attempt: Attempt): void {
    this.db.prepare('DELETE FROM login_throttle WHERE source = ? AND user_id = ?').run(attempt.source, attempt.user);
  }

  /** Locks in force, the latest first; `all` adds the runs that have not locked (yet). */
  lockouts(all: boolean): LoginLockout[] {
    const now = this.clock.now();
    const rows = this.db
      .prepare(
        `SELECT * FROM login_throttle WHERE last_at > ? AND (? OR locked_until > ?)
         ORDER BY locked_until DESC, last_at DESC, user_id = '', user_id LIMIT 500`,
      )
      .all(now - this.limits.forgetMs, all ? 1 : 0, now) as ThrottleRow[];
    return rows.map((r) => lockoutOf(r, now));
  }

  /** Removes the runs that match (see auth.unlock) and answers them; call inside the audit's transaction. */
  unlock(match: { source?: string | undefined; user?: string | undefined }): LoginLockout[] {
    const now = this.clock.now();
    const where =
      match.source !== undefined && match.user !== undefined
        ? { sql: 'source = ? AND user_id = ?', args: [match.source, match.user] }
        : match.source !== undefined
          ? { sql: 'source = ?', args: [match.source] }
          : { sql: "user_id = ? AND user_id <> ''", args: [match.user!] };
    const rows = this.db
      .prepare(`SELECT * FROM login_throttle WHERE ${where.sql} AND last_at > ? ORDER BY user_id`)
      .all(...where.args, now - this.limits.forgetMs) as ThrottleRow[];
    const removed = this.db.prepare(`DELETE FROM login_throttle WHERE ${where.sql}`).run(...where.args).changes;
    if (removed > 0) this.changed();
    return rows.map((r) => lockoutOf(r, now));
  }

  /** Deletes the forgotten runs (the scheduler calls this; each wrong PIN keeps the bound). */
  prune(): number {
    return this.db.prepare('DELETE FROM login_throttle WHERE last_at <= ? AND locked_until <= ?').run(this.clock.now() - this.limits.forgetMs, this.clock.now())
      .changes;
  }

  private live(source: string, user: string, now: number): ThrottleRow | undefined {
    const row = this.db.prepare('SELECT * FROM login_throttle WHERE source = ? AND user_id = ?').get(source, user) as ThrottleRow | undefined;
    return row && row.last_at > now - this.limits.forgetMs ? row : undefined;
  }

  private changed(): void {
    for (const listener of [...this.listeners]) listener();
  }

  /** Counts one wrong PIN in a run; true when it begins a lock. */
  private count(source: string, user: string, free: number, now: number): boolean {
    const row = this.live(source, user, now);
    const failures = (row?.failures ?? 0) + 1;
    const lockMs = lockMsAfter(failures, free, this.limits);
    this.db
      .prepare('INSERT OR REPLACE INTO login_throttle (source, user_id, failures, first_at, last_at, locked_until) VALUES (?, ?, ?, ?, ?, ?)')
      .run(source, user, failures, row?.first_at ?? now, now, lockMs > 0 ? now + lockMs : 0);
    return lockMs > 0;
  }

  /** Keeps the table at most maxRows: forgotten runs first, then the oldest, users' runs before sources'. */
  private bound(): void {
    const { n } = this.db.prepare('SELECT count(*) AS n FROM login_throttle').get() as { n: number };
    if (n <= this.limits.maxRows) return;
    const over = n - this.limits.maxRows - this.prune();
    if (over <= 0) return;
    this.db
      .prepare(
        `DELETE FROM login_throttle WHERE (source, user_id) IN
           (SELECT source, user_id FROM login_throttle ORDER BY user_id = '', last_at LIMIT ?)`,
      )
      .run(over);
  }
}

function lockoutOf(r: ThrottleRow, now: number): LoginLockout {
  const locked = r.locked_until > now;
  return {
    source: r.source,
    user: r.user_id === SOURCE_ROW ? null : r.user_id,
    failures: r.failures,
    since: new Date(r.first_at).toISOString(),
    lastAt: new Date(r.last_at).toISOString(),
    lockedUntil: locked ? new Date(r.locked_until).toISOString() : null,
    retryAfter: locked ? Math.ceil((r.locked_until - now) / 1000) : 0,
  };
}
