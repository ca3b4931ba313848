// The item catalogue from the sheets a Chinese office keeps: the shipped GBK CSV (as Excel saves it)
// and xlsx import their 66 items with the names read back exactly; UTF-8 with and without BOM too;
// every error names the row and the column, and changes nothing.
import { readFileSync } from 'node:fs';
import iconv from 'iconv-lite';
import { afterEach, beforeEach, expect, test } from 'vitest';
import type { ItemConfigView, Session } from '../../electron/contract';
import { sampleItems, sampleRows } from '../support/catalogue-sample';
import { login, openSeededHall, refuse, run, type TestHall } from '../support/hall';

let t: TestHall;
let admin: Session;
beforeEach(() => {
  t = openSeededHall();
  admin = login(t.hall, 'admin');
});
afterEach(() => t.cleanup());

const sample = (ext: string) => readFileSync(`resources/catalogue/sample-items.${ext}`).toString('base64');
const categoryIds: Record<string, string> = { 人社: 'A', 民政: 'B', 老龄: 'C', 残联: 'D', 计生: 'E', 城建: 'F' };
const fingerprint = () => JSON.stringify(['items', 'audit'].map((x) => t.hall.db.prepare(`SELECT * FROM ${x} ORDER BY rowid`).all()));
const csv = (rows: (string | number)[][]) => rows.map((r) => r.join(',')).join('\r\n');

function expectSampleImported() {
  const items: ItemConfigView[] = run(t.hall, 'config.items', {}, admin);
  const imported = items.filter((i) => i.code.startsWith('310112'));
  expect(imported).toHaveLength(66);
  const byCode = new Map(imported.map((i) => [i.code, i]));
  for (const [code, category, name, kind, days] of sampleItems) {
    expect(byCode.get(code)).toEqual({
      code,
      serviceId: categoryIds[category],
      name: { 'zh-CN': name, 'zh-TW': name, en: name },
      kind: kind === '即办' ? 'immediate' : 'deferred',
      promisedDays: days,
      enabled: true,
    });
  }
  expect(new Set(imported.map((i) => i.serviceId))).toEqual(new Set(['A', 'B', 'C', 'D', 'E', 'F']));
}

test.each(['csv', 'xlsx'] as const)('the shipped %s catalogue: a dry run plans 66 items, applying imports them exactly', (format) => {
  if (format === 'csv') expect(readFileSync('resources/catalogue/sample-items.csv').includes(iconv.encode('事项名称', 'gbk'))).toBe(true);
  const before = fingerprint();
  const plan = run(t.hall, 'config.importItems', { format, data: sample(format) }, admin);
  expect(plan).toMatchObject({ applied: false, warnings: [] });
  expect(plan.sections).toHaveLength(1);
  expect(plan.sections[0]).toMatchObject({ section: 'items', changed: [], unchanged: [] });
  expect(plan.sections[0].created).toHaveLength(66);
  expect(plan.sections[0].kept).toHaveLength(19); // the demo's own items stay
  expect(fingerprint()).toBe(before);
  expect(run(t.hall, 'config.importItems', { format, data: sample(format), dryRun: false }, admin).applied).toBe(true);
  expectSampleImported();
  expect(run(t.hall, 'audit.list', { action: 'item.created', limit: 500 }, admin).entries).toHaveLength(66);
  // The same sheet again: everything unchanged, nothing written.
  const again = run(t.hall, 'config.importItems', { format, data: sample(format), dryRun: false }, admin);
  expect(again.applied).toBe(false);
  expect(again.sections[0].unchanged).toHaveLength(66);
});

test.each([
  ['UTF-8 with BOM', (text: string) => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)])],
  ['UTF-8 without BOM', (text: string) => Buffer.from(text)],
  ['GB18030', (text: string) => iconv.encode(text, 'gb18030')],
])('a CSV in %s imports the same names', (_, encode) => {
  const data = encode(csv([['事项目录'], ...sampleRows()])).toString('base64');
  run(t.hall, 'config.importItems', { format: 'csv', data, dryRun: false }, admin);
  expectSampleImported();
});

test('a sheet row updates an existing item by code and keeps its other-language names', () => {
  const rows = [
    ['事项编码', '事项名称', '业务类别', '办理类型', '承诺时限（工作日）'],
    ['A03', '社会保障卡补换（新版）', 'A', '承诺件', '7个工作日'],
  ];
  const plan = run(t.hall, 'config.importItems', { format: 'csv', data: Buffer.from(csv(rows)).toString('base64'), dryRun: false }, admin);
  expect(plan.sections[0].changed).toHaveLength(1);
  const item = run(t.hall, 'config.items', { serviceId: 'A' }, admin).find((i: ItemConfigView) => i.code === 'A03');
  expect(item).toMatchObject({
    name: { 'zh-CN': '社会保障卡补换（新版）', 'zh-TW': '社會保障卡補換', en: 'Social security card replacement' },
    promisedDays: 7,
  });
});

const header = ['事项编码', '事项名称', '业务类别', '办理类型', '承诺时限（工作日）'];
test.each<[string, (string | number)[][], string]>([
  ['an unknown category', [header, ['X1', '某事项', '城管', '即办', '']], 'row 2, 业务类别: no service 城管'],
  ['a kind that is neither', [['标题'], header, ['X1', '某事项', '民政', '特办', '']], 'row 3, 办理类型: 特办 is neither'],
  ['a deferred item without days', [header, ['X1', '某事项', 'B', '承诺件', '']], 'row 2, 承诺时限（工作日）: a 承诺件 promises'],
  ['days out of range', [header, ['X1', '某事项', 'B', '承诺件', '400']], 'row 2, 承诺时限（工作日）:'],
  ['a code twice', [header, ['X1', '某事项', 'B', '即办', ''], ['X1', '另一事项', 'B', '即办', '']], 'row 3, 事项编码: X1 is also on row 2'],
  ['a bad code', [header, ['X 1', '某事项', 'B', '即办', '']], 'row 2, 事项编码:'],
  ['an empty name', [header, ['X1', '', 'B', '即办', '']], 'row 2, 事项名称:'],
  [
    'no header',
    [
      ['a', 'b'],
      ['c', 'd'],
    ],
    'data: no header row',
  ],
  ['a header without 办理类型', [['事项编码', '事项名称', '业务类别']], 'row 1: the header has no 办理类型 column'],
])('a sheet with %s is refused naming the row and column; nothing changes', (_, rows, message) => {
  const before = fingerprint();
  for (const encode of [(s: string) => Buffer.from(s), (s: string) => iconv.encode(s, 'gbk')]) {
    const error = refuse(t.hall, 'config.importItems', { format: 'csv', data: encode(csv(rows)).toString('base64'), dryRun: false }, admin);
    expect(error.code).toBe('bad_request');
    expect(error.message).toContain(message);
  }
  expect(fingerprint()).toBe(before);
});

test('a file that is not an xlsx is refused, nothing changes', () => {
  const before = fingerprint();
  const error = refuse(t.hall, 'config.importItems', { format: 'xlsx', data: sample('csv'), dryRun: false }, admin);
  expect(error).toMatchObject({ code: 'bad_request', field: 'data' });
  expect(fingerprint()).toBe(before);
});
