// The progress page's per-address token bucket (core/rate-limit.ts) on the hall's manual clock: the
// burst, the refill, the seconds to wait, and a bounded map under a flood of fresh addresses.
import { expect, test } from 'vitest';
import { ManualClock } from '../../electron/core/clock';
import { SourceRateLimiter } from '../../electron/core/rate-limit';

const limit = { burst: 3, everyMs: 2_000, maxSources: 4 };

test('the burst, then the wait in whole seconds; time refills one request per everyMs, never above the burst', () => {
  const clock = new ManualClock(0);
  const limiter = new SourceRateLimiter(clock, limit);
  expect([limiter.take('a'), limiter.take('a'), limiter.take('a')]).toEqual([0, 0, 0]);
  expect(limiter.take('a')).toBe(2);
  clock.advance(1_000);
  expect(limiter.take('a')).toBe(1); // half a request earned: one more second
  clock.advance(1_000);
  expect(limiter.take('a')).toBe(0);
  expect(limiter.take('a')).toBe(2);
  clock.advance(60_000); // an hour of quiet earns the burst, not more
  expect([limiter.take('a'), limiter.take('a'), limiter.take('a'), limiter.take('a')]).toEqual([0, 0, 0, 2]);
  expect(limiter.take('b')).toBe(0); // another address has its own bucket
});

test('a flood of fresh addresses keeps the map bounded; a throttled address is not the first to go', () => {
  const clock = new ManualClock(0);
  const limiter = new SourceRateLimiter(clock, limit);
  for (let i = 0; i < 3; i++) limiter.take('busy');
  for (let i = 0; i < 100; i++) limiter.take(`fresh ${i}`);
  expect(limiter.size).toBeLessThanOrEqual(limit.maxSources);
  for (let i = 0; i < 3; i++) limiter.take('busy2');
  limiter.take('fresh x');
  expect(limiter.take('busy2')).toBeGreaterThan(0); // still throttled: full buckets were dropped first
});
