// The 办结 dialog's item list: last item first, the ticket's service next, narrowed by code, name or
// pinyin initials.
import { expect, test } from 'vitest';
import type { ItemView } from '../../electron/contract';
import { itemsOffered } from '../../renderer/src/console/item-choice';

const item = (code: string, serviceId: string, zh: string, en: string, initials: string): ItemView => ({
  code,
  serviceId,
  name: { 'zh-CN': zh, 'zh-TW': zh, en },
  kind: 'immediate',
  initials,
});
const items = [
  item('A01', 'A', '城乡居民医保参保登记', 'Resident medical insurance enrolment', 'cxjmybcbdj'),
  item('A02', 'A', '就业失业登记', 'Employment registration', 'jysydj'),
  item('B01', 'B', '户籍证明', 'Household register certificate', 'hjzm'),
  item('B02', 'B', '临时救助申请', 'Temporary assistance', 'lsjzsq'),
];
const codes = (query: string, serviceId = 'A', lastItemCode: string | null = null, all = false) =>
  itemsOffered(items, { serviceId, lastItemCode, query, all }).map((i) => i.code);

test("no query: the ticket's service, the last item of the window first even from another service", () => {
  expect(codes('')).toEqual(['A01', 'A02']);
  expect(codes('', 'A', 'A02')).toEqual(['A02', 'A01']);
  expect(codes('', 'A', 'B02')).toEqual(['B02', 'A01', 'A02']);
  expect(codes('', 'A', null, true)).toEqual(['A01', 'A02', 'B01', 'B02']);
});

test('a query searches every service: pinyin initials, a part of a name, a code; starts before insides', () => {
  expect(codes('hj')).toEqual(['B01']);
  expect(codes('HJ ')).toEqual(['B01']);
  expect(codes('登记')).toEqual(['A01', 'A02']);
  expect(codes('b0')).toEqual(['B01', 'B02']);
  expect(codes('regis')).toEqual(['A02', 'B01']);
  // "dj" ends both A items' initials; "jy" starts A02's: the start comes first.
  expect(codes('dj')).toEqual(['A01', 'A02']);
  expect(codes('j', 'B')).toEqual(['A02', 'B01', 'B02', 'A01']);
  expect(codes('jy', 'A', 'A01')).toEqual(['A02']);
  expect(codes('zzz')).toEqual([]);
});

test("the window's last item that is no longer in the catalogue is left out; the first shown is then the service's", () => {
  expect(codes('', 'B', 'X99')).toEqual(['B01', 'B02']);
});

test('zh-TW initials (after a space) match too; digits and Chinese never match initials', () => {
  const tw = [
    item('C01', 'C', '老年人优待证办理', 'Senior citizen card', 'lnrydzbl'),
    { ...item('C02', 'C', '高龄津贴申领', 'Old-age allowance', 'gljtsl'), initials: 'gljtsl gljtsl' },
  ];
  const twOnly = { ...item('C03', 'C', '养老服务补贴申请', 'Elderly care subsidy', 'ylfwbtsq zzzz') };
  const list = [...tw, twOnly];
  expect(itemsOffered(list, { serviceId: 'C', lastItemCode: null, query: 'zzzz', all: false }).map((i) => i.code)).toEqual(['C03']);
  expect(itemsOffered(list, { serviceId: 'C', lastItemCode: null, query: '01', all: false }).map((i) => i.code)).toEqual(['C01']);
  expect(itemsOffered(list, { serviceId: 'C', lastItemCode: null, query: '补贴', all: false }).map((i) => i.code)).toEqual(['C03']);
});

test('the last item keeps first place under a query it matches, and the rest keep the catalogue order', () => {
  expect(codes('sq', 'A', 'B02')).toEqual(['B02']);
  expect(codes('登记', 'B', 'A02')).toEqual(['A02', 'A01']);
  expect(codes('', 'B', 'A01', true)).toEqual(['A01', 'B01', 'B02', 'A02']);
});
