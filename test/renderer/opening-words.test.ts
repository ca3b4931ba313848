// What the kiosk says about when tickets are issued again, on the hall's day and zone: today, tomorrow,
// or a date with its weekday; and the line under a service (stops at, opens at, stopped, full).
import { expect, test } from 'vitest';
import type { TFunction } from 'i18next';
import { createInstance } from 'i18next';
import { localeResources } from '../../electron/shared/locales';
import { serviceLine, whenText } from '../../renderer/src/kiosk/opening-words';
import { hallNow, learnHallTime } from '../../renderer/src/shared/hall-clock';

const i18n = createInstance();
void i18n.init({ lng: 'zh-CN', resources: localeResources, initAsync: false, interpolation: { escapeValue: false } });
const t = i18n.t.bind(i18n) as TFunction;
const TZ = 'Asia/Shanghai';
const iso = (local: string) => new Date(`${local}+08:00`).toISOString();

test('today, tomorrow, or the date and weekday, in the hall’s zone', () => {
  expect(whenText(t, iso('2026-12-07T14:00:00'), '2026-12-07', TZ)).toBe('今天 14:00');
  expect(whenText(t, iso('2026-12-08T08:30:00'), '2026-12-07', TZ)).toBe('明天 08:30');
  expect(whenText(t, iso('2026-12-14T08:30:00'), '2026-12-11', TZ)).toBe('12月14日 星期一 08:30');
  // 00:30 UTC is already 08:30 the next day in Shanghai.
  expect(whenText(t, '2026-12-08T00:30:00.000Z', '2026-12-07', TZ)).toBe('明天 08:30');
});

test('the line under a service', () => {
  const state = { reason: null, closesAt: null, cutoffAt: null, nextOpening: null };
  expect(serviceLine(t, { ...state, status: 'open' }, '2026-12-07', TZ)).toBeNull();
  expect(serviceLine(t, { ...state, status: 'closing_soon', cutoffAt: iso('2026-12-07T17:00:00') }, '2026-12-07', TZ)).toBe('17:00 停止取号');
  expect(serviceLine(t, { ...state, status: 'closed_now', reason: 'between_periods', nextOpening: iso('2026-12-07T13:00:00') }, '2026-12-07', TZ)).toBe(
    '今天 13:00 开始取号',
  );
  expect(serviceLine(t, { ...state, status: 'closed_for_today', reason: 'cutoff', nextOpening: iso('2026-12-08T08:30:00') }, '2026-12-07', TZ)).toBe(
    '今日已停止取号',
  );
  expect(serviceLine(t, { ...state, status: 'full', reason: 'cap' }, '2026-12-07', TZ)).toBe('今日号已取完');
});

test('a window measures with the hall’s clock once it has learned it', () => {
  learnHallTime(new Date(Date.now() + 3 * 86_400_000).toISOString());
  expect(hallNow() - Date.now()).toBeGreaterThan(3 * 86_400_000 - 1000);
  learnHallTime('not a time'); // ignored
  expect(hallNow() - Date.now()).toBeGreaterThan(3 * 86_400_000 - 1000);
  learnHallTime(new Date().toISOString());
  expect(Math.abs(hallNow() - Date.now())).toBeLessThan(1000);
});
