// The hall's time formats: the named patterns, in a fixed zone (Asia/Shanghai, no DST) and in one
// with DST (Europe/Berlin), across the day boundary and the clock changes.
import { expect, test } from 'vitest';
import { formatHallTime, isTimeZone } from '../../electron/shared/hall-time';

const at = Date.parse('2026-11-23T01:05:03.456Z');

test('every named format in Asia/Shanghai (UTC+8 all year)', () => {
  const sh = (kind: Parameters<typeof formatHallTime>[1]) => formatHallTime(at, kind, 'Asia/Shanghai');
  expect(sh('time')).toBe('09:05');
  expect(sh('timeSeconds')).toBe('09:05:03');
  expect(sh('day')).toBe('2026-11-23');
  expect(sh('compactDay')).toBe('20261123');
  expect(sh('dateTime')).toBe('2026-11-23 09:05');
  expect(sh('dateTimeSeconds')).toBe('2026-11-23 09:05:03');
});

test('an ISO string, epoch ms and a Date give the same text; midnight is 00, never 24', () => {
  const iso = new Date(at).toISOString();
  expect(formatHallTime(iso, 'dateTimeSeconds', 'Asia/Shanghai')).toBe(formatHallTime(new Date(at), 'dateTimeSeconds', 'Asia/Shanghai'));
  expect(formatHallTime('2026-11-22T16:00:00Z', 'dateTimeSeconds', 'Asia/Shanghai')).toBe('2026-11-23 00:00:00');
  expect(formatHallTime('2026-11-22T15:59:59Z', 'day', 'Asia/Shanghai')).toBe('2026-11-22');
});

test('a DST zone: the same UTC hour is an hour apart in summer and winter, and the changes are exact', () => {
  expect(formatHallTime('2026-07-01T10:00:00Z', 'time', 'Europe/Berlin')).toBe('12:00');
  expect(formatHallTime('2026-12-01T10:00:00Z', 'time', 'Europe/Berlin')).toBe('11:00');
  // Spring forward (29 March 2026, 02:00 → 03:00): one second apart, an hour apart on the clock.
  expect(formatHallTime('2026-03-29T00:59:59Z', 'timeSeconds', 'Europe/Berlin')).toBe('01:59:59');
  expect(formatHallTime('2026-03-29T01:00:00Z', 'timeSeconds', 'Europe/Berlin')).toBe('03:00:00');
  // Fall back (25 October 2026, 03:00 → 02:00): 02:30 comes twice.
  expect(formatHallTime('2026-10-25T00:30:00Z', 'dateTime', 'Europe/Berlin')).toBe('2026-10-25 02:30');
  expect(formatHallTime('2026-10-25T01:30:00Z', 'dateTime', 'Europe/Berlin')).toBe('2026-10-25 02:30');
});

test('without a zone the machine’s own is used', () => {
  const local = new Date(at);
  const pad = (n: number) => String(n).padStart(2, '0');
  expect(formatHallTime(at, 'dateTimeSeconds')).toBe(
    `${local.getFullYear()}-${pad(local.getMonth() + 1)}-${pad(local.getDate())} ${pad(local.getHours())}:${pad(local.getMinutes())}:${pad(local.getSeconds())}`,
  );
});

test('unknown zones are told apart from known ones; an invalid instant throws as Intl does', () => {
  expect(isTimeZone('Asia/Shanghai')).toBe(true);
  expect(isTimeZone('Europe/Berlin')).toBe(true);
  expect(isTimeZone('Mars/Olympus')).toBe(false);
  expect(() => formatHallTime('not a time', 'day', 'Asia/Shanghai')).toThrow(RangeError);
});
