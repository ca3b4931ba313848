// How the live page writes durations and ratios, and what a device alert says is wrong
// (renderer/src/admin/live/live-format.ts).
import { expect, test } from 'vitest';
import type { LiveAlert } from '../../electron/contract';
import { localeResources } from '../../electron/shared/locales';
import { clockDuration, deviceFaultKey, percent, secondsSince } from '../../renderer/src/admin/live/live-format';

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

test('a device alert says its fault code, else the paper, else not connected, and only then not answering', () => {
  const alert = (a: Partial<Extract<LiveAlert, { kind: 'device_fault' }>>) =>
    ({ kind: 'device_fault', deviceId: 'keypads', deviceKind: 'keypad', connected: true, fault: null, printer: null, ...a }) as const;
  expect(deviceFaultKey(alert({ connected: false }))).toBe('live.fault.disconnected');
  expect(deviceFaultKey(alert({ connected: true }))).toBe('live.fault.unknown');
  expect(deviceFaultKey(alert({ connected: false, fault: 'link_lost' }))).toBe('live.faultCode.link_lost');
  expect(deviceFaultKey(alert({ deviceKind: 'printer', printer: 'near_end' }))).toBe('live.printer.near_end');
  expect(deviceFaultKey(alert({ deviceKind: 'printer', printer: 'ok', connected: false }))).toBe('live.fault.disconnected');
  // Every key it gives has a text in each language.
  const text = (lng: keyof typeof localeResources, key: string) =>
    key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], localeResources[lng].translation);
  for (const lng of ['zh-CN', 'zh-TW', 'en'] as const) {
    expect(text(lng, 'live.fault.disconnected'), lng).toEqual(expect.any(String));
    expect(text(lng, 'live.fault.unknown'), lng).toEqual(expect.any(String));
  }
});
