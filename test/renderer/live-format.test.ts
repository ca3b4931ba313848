// How the live page writes durations and ratios (renderer/src/admin/live/live-format.ts).
import { expect, test } from 'vitest';
import { clockDuration, percent, secondsSince } from '../../renderer/src/admin/live/live-format';

test('durations as m:ss, h:mm:ss from an hour, never negative', () => {
  expect(clockDuration(0)).toBe('0:00');
  expect(clockDuration(65.9)).toBe('1:05');
  expect(clockDuration(3599)).toBe('59:59');
  expect(clockDuration(3600 + 2 * 60 + 9)).toBe('1:02:09');
  expect(clockDuration(-3)).toBe('0:00');
  expect(secondsSince('2026-11-23T01:00:00.000Z', Date.parse('2026-11-23T01:01:30.000Z'))).toBe(90);
});

test('ratios as whole percents, null as the dash', () => {
  expect(percent(0.5, '—')).toBe('50%');
  expect(percent(2 / 3, '—')).toBe('67%');
  expect(percent(null, '—')).toBe('—');
});
