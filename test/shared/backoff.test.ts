// The one backoff module: steps grow by the factor up to the cap; each jitter rule stays in its band.
import { expect, test } from 'vitest';
import { backoffDelay, backoffStep, reconnectBackoff } from '../../electron/shared/backoff';

const steps = { initialMs: 1000, maxMs: 60_000 };

test('steps grow by the factor (default 2) and stop at the cap, even after a very long outage', () => {
  expect([0, 1, 2, 3, 4, 5, 6].map((n) => backoffStep(n, steps))).toEqual([1000, 2000, 4000, 8000, 16_000, 32_000, 60_000]);
  expect(backoffStep(3, { ...steps, factor: 3 })).toBe(27_000);
  expect(backoffStep(10_000, steps)).toBe(60_000);
  expect(backoffStep(-1, steps)).toBe(1000);
});

test('full jitter: whole ms between 0 and the step', () => {
  const full = { ...steps, jitter: 'full' as const };
  expect(backoffDelay(0, full, () => 0.999)).toBe(999);
  expect(backoffDelay(3, full, () => 0.5)).toBe(4000);
  expect(backoffDelay(20, full, () => 0.999)).toBe(59_940);
  expect(backoffDelay(5, full, () => 0)).toBe(0);
});

test('equal jitter: between half and all of the step', () => {
  const equal = { initialMs: 100, maxMs: 5000, jitter: 'equal' as const };
  expect(backoffDelay(0, equal, () => 0)).toBe(50);
  expect(backoffDelay(0, equal, () => 1)).toBe(100);
  expect(backoffDelay(3, equal, () => 1)).toBe(800);
  expect(backoffDelay(3, equal, () => 0.5)).toBe(600);
  expect(backoffDelay(50, equal, () => 1)).toBe(5000);
});

test('with the real random source every delay stays inside its band', () => {
  for (let attempt = 0; attempt < 12; attempt++) {
    const step = backoffStep(attempt, reconnectBackoff);
    for (let i = 0; i < 50; i++) {
      const equal = backoffDelay(attempt, reconnectBackoff);
      expect(equal).toBeGreaterThanOrEqual(step / 2);
      expect(equal).toBeLessThanOrEqual(step);
      const full = backoffDelay(attempt, { ...reconnectBackoff, jitter: 'full' });
      expect(Number.isInteger(full) && full >= 0 && full < step).toBe(true);
    }
  }
});

test('reconnects start at 250 ms and settle at 5 s', () => {
  expect(backoffStep(0, reconnectBackoff)).toBe(250);
  expect(backoffStep(5, reconnectBackoff)).toBe(5000);
});
