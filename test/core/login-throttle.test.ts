// The login throttle's table on its own: bounded against a flood of sources, forgotten runs pruned.
import { afterEach, beforeEach, expect, test } from 'vitest';
import { LOGIN_LIMITS, LoginThrottle } from '../../electron/core/login-throttle';
import { openTestHall, type TestHall } from '../support/hall';

let t: TestHall;
beforeEach(() => {
  t = openTestHall();
});
afterEach(() => t.cleanup());

const rows = () => t.hall.db.prepare('SELECT source, user_id FROM login_throttle ORDER BY source, user_id').all() as { source: string; user_id: string }[];
const fail = (throttle: LoginThrottle, source: string, user: string) => {
  const attempt = throttle.begin(source, user);
  throttle.failed(attempt);
  throttle.end(attempt);
};

test('a flood from many sources cannot grow the table past its bound: the oldest runs go, users’ before sources’', () => {
  const throttle = new LoginThrottle(t.hall.db, t.clock, { ...LOGIN_LIMITS, maxRows: 30 });
  for (let i = 0; i < 40; i++) {
    fail(throttle, `10.0.0.${i}`, '1001');
    t.clock.advance(1000);
  }
  const kept = rows();
  expect(kept).toHaveLength(30);
  // Users' runs go first (each source's own run still counts its wrong PINs across users), then the
  // oldest sources: the 30 newest sources are kept.
  expect(kept.filter((r) => r.user_id !== '')).toEqual([]);
  expect(kept.map((r) => r.source).sort()).toEqual(Array.from({ length: 30 }, (_, i) => `10.0.0.${i + 10}`).sort());
});

test('runs are forgotten an hour after their last wrong PIN, and pruned then', () => {
  const throttle = t.hall.auth.throttle;
  fail(throttle, '10.0.0.1', '1001');
  for (let i = 0; i < LOGIN_LIMITS.pairFree; i++) fail(throttle, '10.0.0.2', '1002');
  t.clock.advance(LOGIN_LIMITS.forgetMs - 1);
  expect(throttle.prune()).toBe(0);
  t.clock.advance(1);
  expect(throttle.prune()).toBe(4); // both sources' own runs and both users' runs
  expect(rows()).toEqual([]);
  expect(throttle.lockouts(true)).toEqual([]);
});

test('the table survives a restart, and a reopened hall prunes what was forgotten meanwhile', () => {
  fail(t.hall.auth.throttle, '10.0.0.1', '1001');
  t.reopen();
  expect(rows()).toEqual([
    { source: '10.0.0.1', user_id: '' },
    { source: '10.0.0.1', user_id: '1001' },
  ]);
  t.clock.advance(LOGIN_LIMITS.forgetMs);
  t.reopen();
  expect(rows()).toEqual([]);
});
