// Logging in with a PIN, bearer tokens that expire and can be revoked, and what the database keeps.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { hashPin, hashPinAsync, LOGIN_LIMITS, verifyPin, verifyPinAsync } from '../../electron/core/auth';
import { login, openSeededHall, refuse, run, type TestHall } from '../support/hall';

const HOUR = 3_600_000;
let t: TestHall;
beforeEach(() => {
  t = openSeededHall();
});
afterEach(() => t.cleanup());

describe('login', () => {
  test('a right PIN gives a session with the role and name', () => {
    const s = login(t.hall, '1003');
    expect(s).toMatchObject({ role: 'clerk', user: '1003', name: '王磊' });
    expect(s.token).toMatch(/^[A-Za-z0-9_-]{32}$/);
    expect(login(t.hall, 'admin').role).toBe('admin');
    expect(login(t.hall, 'kiosk').role).toBe('kiosk');
    expect(login(t.hall, '1003').token).not.toBe(s.token);
  });

  test('a wrong PIN, an unknown user and a disabled user all get the very same answer', () => {
    t.hall.db.prepare("UPDATE users SET active = 0 WHERE id = '1004'").run();
    const answers = [
      refuse(t.hall, 'auth.login', { user: '1001', pin: '4321' }),
      refuse(t.hall, 'auth.login', { user: '1001', pin: '000000' }), // the admin's PIN
      refuse(t.hall, 'auth.login', { user: '9999', pin: '1234' }),
      refuse(t.hall, 'auth.login', { user: '1004', pin: '1234' }),
    ];
    for (const a of answers) expect(a).toEqual({ code: 'unauthenticated', message: 'wrong user or PIN' });
    expect(t.hall.db.prepare('SELECT count(*) AS n FROM sessions').get()).toEqual({ n: 0 });
  });

  test('an unknown or disabled user takes as long to refuse as a wrong PIN (no probing 工号 by timing)', () => {
    t.hall.db.prepare("UPDATE users SET active = 0 WHERE id = '1004'").run();
    const time = (user: string) => {
      const start = performance.now();
      for (let i = 0; i < 5; i++) refuse(t.hall, 'auth.login', { user, pin: '9999' });
      return performance.now() - start;
    };
    time('1001'); // warm up
    const wrongPin = time('1001');
    // The PIN check (scrypt) dominates: without it a refusal is hundreds of times faster.
    expect(time('9999')).toBeGreaterThan(wrongPin / 4);
    expect(time('1004')).toBeGreaterThan(wrongPin / 4);
  });

  test('a disabled user’s existing session stops working', () => {
    const s = login(t.hall, '1004');
    expect(t.hall.resolve(s.token)?.user).toBe('1004');
    t.hall.db.prepare("UPDATE users SET active = 0 WHERE id = '1004'").run();
    expect(t.hall.resolve(s.token)).toBeNull();
  });
});

describe('tokens', () => {
  test('a clerk token lasts 14 hours, a kiosk token a year', () => {
    const clerk = login(t.hall, '1001');
    const kiosk = login(t.hall, 'kiosk');
    expect(t.hall.resolve(clerk.token)).toEqual(clerk);
    t.clock.advance(14 * HOUR - 1);
    expect(t.hall.resolve(clerk.token)).toEqual(clerk);
    t.clock.advance(1);
    expect(t.hall.resolve(clerk.token)).toBeNull();
    expect(t.hall.resolve(kiosk.token)).toEqual(kiosk);
    t.clock.advance(365 * 24 * HOUR - 14 * HOUR - 1);
    expect(t.hall.resolve(kiosk.token)).toEqual(kiosk);
    t.clock.advance(1);
    expect(t.hall.resolve(kiosk.token)).toBeNull();
  });

  test('an unknown or malformed token resolves to nothing', () => {
    login(t.hall, '1001');
    for (const token of ['', 'x', 'A'.repeat(32), "' OR 1=1 --"]) expect(t.hall.resolve(token)).toBeNull();
  });

  test('logout revokes that token only', () => {
    const first = login(t.hall, '1001');
    const second = login(t.hall, '1001');
    expect(run(t.hall, 'auth.logout', {}, first)).toBeNull();
    expect(t.hall.resolve(first.token)).toBeNull();
    expect(t.hall.resolve(second.token)?.user).toBe('1001');
    expect(refuse(t.hall, 'auth.logout', {}, null).code).toBe('unauthenticated');
  });

  test('tokens survive a restart of the hall', () => {
    const s = login(t.hall, '1002');
    t.reopen();
    expect(t.hall.resolve(s.token)).toEqual(s);
  });
});

describe('what the database keeps', () => {
  test('only a SHA-256 of each token: the raw token is nowhere in the database files', () => {
    const tokens = ['1001', 'admin', 'kiosk'].map((u) => login(t.hall, u).token);
    const stored = (t.hall.db.prepare('SELECT token_hash FROM sessions ORDER BY rowid').all() as { token_hash: string }[]).map((r) => r.token_hash);
    expect(stored).toEqual(tokens.map((tok) => createHash('sha256').update(tok).digest('hex')));
    const files = ['tongban.db', 'tongban.db-wal'].map((f) => join(t.dataDir, f)).filter(existsSync);
    expect(files.length).toBeGreaterThan(0);
    const raw = Buffer.concat(files.map((f) => readFileSync(f)));
    expect(raw.includes(Buffer.from(stored[0]!))).toBe(true); // the check can see stored text
    for (const token of tokens) expect(raw.includes(Buffer.from(token))).toBe(false);
  });

  test('PINs are stored as salted scrypt hashes', () => {
    const rows = t.hall.db.prepare("SELECT id, pin_hash FROM users WHERE id IN ('1001', '1002')").all() as { pin_hash: string }[];
    for (const r of rows) expect(r.pin_hash).toMatch(/^scrypt:[0-9a-f]{32}:[0-9a-f]{64}$/);
    expect(rows[0]!.pin_hash).not.toBe(rows[1]!.pin_hash); // same PIN 1234, different salts
  });

  test('verifyPin accepts only the right PIN and rejects malformed stored values', () => {
    const stored = hashPin('2468');
    expect(verifyPin('2468', stored)).toBe(true);
    expect(verifyPin('2469', stored)).toBe(false);
    expect(verifyPin('', stored)).toBe(false);
    for (const bad of ['', '2468', 'plain:00:11', 'scrypt::', 'scrypt:00']) expect(verifyPin('2468', bad)).toBe(false);
  });

  test('the async pair makes and checks the same hashes as the sync one', async () => {
    const made = await hashPinAsync('13579');
    expect(made).toMatch(/^scrypt:[0-9a-f]{32}:[0-9a-f]{64}$/);
    expect(verifyPin('13579', made)).toBe(true);
    expect(await verifyPinAsync('13579', hashPin('13579'))).toBe(true);
    expect(await verifyPinAsync('13578', made)).toBe(false);
    for (const bad of ['', 'plain:00:11', 'scrypt::']) expect(await verifyPinAsync('13579', bad)).toBe(false);
  });
});

describe('wrong PINs', () => {
  const wrong = (user: string) => refuse(t.hall, 'auth.login', { user, pin: '0000' });

  test("five wrong PINs for a user pause that user's logins from this source for a minute, and only theirs", () => {
    for (let i = 0; i < LOGIN_LIMITS.pairFree; i++) expect(wrong('1001').code).toBe('unauthenticated');
    // Even the right PIN is refused while paused; another clerk is not affected.
    const locked = refuse(t.hall, 'auth.login', { user: '1001', pin: '1234' });
    expect(locked).toMatchObject({ code: 'too_many_attempts', retryAfter: 60 });
    expect(locked.message).toMatch(/for this user from this computer; try again in 1 min/);
    expect(login(t.hall, '1002').user).toBe('1002');
    t.clock.advance(LOGIN_LIMITS.firstLockMs);
    expect(login(t.hall, '1001').user).toBe('1001');
  });

  test('each further wrong PIN doubles the pause, up to 15 minutes', () => {
    for (let i = 0; i < LOGIN_LIMITS.pairFree; i++) wrong('1003');
    const pauses: number[] = [];
    for (let i = 0; i < 6; i++) {
      const locked = refuse(t.hall, 'auth.login', { user: '1003', pin: '1234' });
      pauses.push(locked.retryAfter!);
      t.clock.advance(locked.retryAfter! * 1000);
      expect(wrong('1003').code).toBe('unauthenticated');
    }
    expect(pauses).toEqual([60, 120, 240, 480, 900, 900]);
  });

  test('failures spread beyond an hour do not add up; a good login resets the count', () => {
    for (let i = 0; i < LOGIN_LIMITS.pairFree - 1; i++) wrong('1003');
    t.clock.advance(LOGIN_LIMITS.forgetMs);
    wrong('1003');
    expect(login(t.hall, '1003').user).toBe('1003');
    for (let i = 0; i < LOGIN_LIMITS.pairFree - 1; i++) wrong('1003');
    expect(login(t.hall, '1003').user).toBe('1003');
  });

  test('expired sessions are purged at the next login', () => {
    login(t.hall, '1001');
    t.clock.advance(15 * 3600_000);
    login(t.hall, '1002');
    const users = t.hall.db.prepare('SELECT user_id FROM sessions').all() as { user_id: string }[];
    expect(users.map((u) => u.user_id)).toEqual(['1002']);
  });
});

describe('revoking a user’s sessions (a PIN changed, a user disabled)', () => {
  test('every session of that user ends, except the one kept; other users keep theirs', () => {
    const [a, b, c] = [login(t.hall, '1001'), login(t.hall, '1001'), login(t.hall, '1001')];
    const other = login(t.hall, '1002');
    expect(t.hall.auth.revokeSessions('1001', c.token)).toBe(2);
    expect(t.hall.resolve(a.token)).toBeNull();
    expect(t.hall.resolve(b.token)).toBeNull();
    expect(t.hall.resolve(c.token)?.user).toBe('1001');
    expect(t.hall.resolve(other.token)?.user).toBe('1002');
    expect(t.hall.auth.revokeSessions('1001')).toBe(1);
    expect(t.hall.resolve(c.token)).toBeNull();
  });
});
