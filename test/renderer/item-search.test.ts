// The item catalogue's search: by code, by a part of a name in any language, by pinyin initials or
// whole pinyin of the Chinese name; anything else matches nothing.
import { expect, test } from 'vitest';
import type { ItemConfigView } from '../../electron/contract';
import { itemMatches } from '../../renderer/src/admin/item-search';

const item = (code: string, zh: string, tw: string, en: string): ItemConfigView => ({
  code,
  serviceId: 'A',
  name: { 'zh-CN': zh, 'zh-TW': tw, en },
  kind: 'immediate',
  promisedDays: null,
  enabled: true,
});

const items = [
  item('A01', '城乡居民养老保险参保登记', '城鄉居民養老保險參保登記', 'Rural and urban pension enrolment'),
  item('A02', '社会保障卡申领', '社會保障卡申領', 'Social security card application'),
  item('B01', '最低生活保障申请', '最低生活保障申請', 'Minimum living allowance'),
];
const found = (query: string) => items.filter((i) => itemMatches(i, query)).map((i) => i.code);

test.each([
  ['', ['A01', 'A02', 'B01']],
  ['b0', ['B01']],
  ['保障', ['A02', 'B01']],
  ['保險', ['A01']],
  ['card', ['A02']],
  ['shbzk', ['A02']],
  ['SHBZK', ['A02']],
  ['ylbx', ['A01']],
  ['zdsh', ['B01']],
  ['shehui', ['A02']],
  ['xyz', []],
  ['sbk', []], // initials must follow one another in the name
])('%s finds %j', (query, codes) => {
  expect(found(query)).toEqual(codes);
});
