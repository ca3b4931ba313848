// A notice keeps what to say (a key and values, or the hall's error) and is said at each render in the
// current language: one shown before a switch to English reads in English after it. Own i18next
// instances, so the shared one's language is left as it was.
import type { TFunction } from 'i18next';
import { expect, test } from 'vitest';
import type { Lang } from '../../electron/contract';
import { translatorOf } from '../support/translator';
import { noticeText, type Notice } from '../../renderer/src/shared/notice-text';
import { durationText, satisfactionPercent } from '../../renderer/src/console/my-day-text';
import { joinList, withBracket } from '../../renderer/src/shared/list-text';

const zh = translatorOf('zh-CN');
const en = translatorOf('en');
const say = (t: TFunction, lang: Lang, n: Notice) => noticeText(t, lang, n);

test('the same notice in each language, with a name in each language and another key as values', () => {
  const n: Notice = {
    kind: 'ok',
    key: 'console.done.transfer',
    values: { number: 'A001', service: { 'zh-CN': '民政', 'zh-TW': '民政', en: 'Civil Affairs' } },
  };
  expect(say(zh, 'zh-CN', n).text).toBe('A001 已转移到 民政');
  expect(say(en, 'en', n).text).toBe('A001 transferred to Civil Affairs');
  const moved: Notice = { kind: 'ok', key: 'pickups.moved', values: { code: '123456', state: { key: 'pickups.state.ready' } } };
  expect(say(en, 'en', moved).text).not.toMatch(/[\u4e00-\u9fff]/);
});

test("a refusal: its reason's text alone; without a reason the code's text, the hall's message as the detail", () => {
  const paused: Notice = { kind: 'error', error: { code: 'conflict', reason: 'window_paused', message: 'window 1 is paused' } };
  expect(say(zh, 'zh-CN', paused)).toEqual({ text: '窗口暂停中，请先恢复服务', detail: '' });
  const bad: Notice = { kind: 'error', error: { code: 'not_found', message: 'no ticket Z999 today', field: 'number' } };
  expect(say(zh, 'zh-CN', bad)).toEqual({ text: '未找到对应的业务、窗口或事项', detail: 'no ticket Z999 today' });
  expect(say(en, 'en', bad).text).not.toMatch(/[\u4e00-\u9fff]/);
});

test('lists and brackets as each language writes them', () => {
  expect(joinList(zh, ['服务效率', '服务态度'])).toBe('服务效率、服务态度');
  expect(joinList(en, ['Efficiency', 'Attitude'])).toBe('Efficiency, Attitude');
  expect(withBracket(zh, '李静', 1002)).toBe('李静（1002）');
  expect(withBracket(en, 'Li Jing', 1002)).toBe('Li Jing (1002)');
  expect(zh('consoleDay.finish.itemName', { name: '户籍证明', kind: zh('console.immediate') })).toBe('户籍证明（即办）');
  expect(en('consoleDay.finish.itemName', { name: 'Household register certificate', kind: en('console.immediate') })).toBe(
    'Household register certificate (Immediate)',
  );
});

test('my day: handling time in minutes and seconds, 满意率 to a whole percent', () => {
  expect(durationText(zh, 42)).toBe('42秒');
  expect(durationText(zh, 245)).toBe('4分05秒');
  expect(durationText(en, 245)).toBe('4 min 05 s');
  expect(durationText(en, 0)).toBe('0 s');
  expect(satisfactionPercent({ rated: 0, satisfied: 0 })).toBeNull();
  expect(satisfactionPercent({ rated: 3, satisfied: 2 })).toBe(67);
  expect(satisfactionPercent({ rated: 1, satisfied: 1 })).toBe(100);
});
