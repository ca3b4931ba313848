// `--clock`: a shifted clock starts at a hall-local time and runs with the PC's; a fixed one stays;
// an offset names another zone; malformed and impossible times are refused. Parsed by serve and the app.
import { expect, test } from 'vitest';
import { clockBanner, clockInstant, parseClockOption } from '../../electron/core/clock-option';
import { parseServeArgs } from '../../electron/server/serve-args';
import { parseMainArgs } from '../../electron/main/config';

test('a shifted clock starts at the hall-local time and runs on with the PC clock', () => {
  let wall = Date.UTC(2026, 0, 1, 12, 0); // any real time of day
  const option = parseClockOption('2026-12-07T09:00', () => wall);
  expect(option.mode).toBe('shifted');
  expect(option.clock.now()).toBe(Date.parse('2026-12-07T09:00:00+08:00'));
  wall += 90_000;
  expect(option.clock.now()).toBe(Date.parse('2026-12-07T09:01:30+08:00'));
  expect(clockBanner(option)).toBe('hall clock: shifted, started at 2026-12-07 09:00:00 Asia/Shanghai (2026-12-07T01:00:00.000Z) and running');
});

test('a fixed clock stays where it was put', () => {
  let wall = 0;
  const option = parseClockOption('fixed:2026-12-07T23:59:30', () => wall);
  wall += 3_600_000;
  expect(option).toMatchObject({ mode: 'fixed', start: Date.parse('2026-12-07T23:59:30+08:00') });
  expect(option.clock.now()).toBe(Date.parse('2026-12-07T23:59:30+08:00'));
});

test('hall-local is Asia/Shanghai unless the time names its offset; bad times are refused', () => {
  expect(clockInstant('2026-12-07T09:00')).toBe(Date.UTC(2026, 11, 7, 1, 0));
  expect(clockInstant('2026-12-07T09:00+01:00')).toBe(Date.UTC(2026, 11, 7, 8, 0));
  expect(clockInstant('2026-12-07T09:00Z')).toBe(Date.UTC(2026, 11, 7, 9, 0));
  for (const bad of ['tomorrow', '2026-12-07', '2026-02-30T09:00', '2026-12-07T25:00', 'fixed:']) expect(() => parseClockOption(bad)).toThrow(/--clock/);
});

test('npm run serve and the app take --clock', () => {
  expect(parseServeArgs(['--demo']).clock).toBeNull();
  expect(parseServeArgs(['--demo', '--clock', 'fixed:2026-12-07T09:00']).clock).toMatchObject({ mode: 'fixed', start: Date.UTC(2026, 11, 7, 1, 0) });
  expect(() => parseServeArgs(['--clock', 'soon'])).toThrow(/--clock/);
  expect(parseMainArgs(['.', '--clock', '2026-12-07T09:00']).clock).toBe('2026-12-07T09:00');
});
