// Bookings imported from the files a booking system or an office exports: CSV in UTF-8 and in GBK (as a
// Chinese Excel saves it), xlsx, JSON. A dry run changes nothing; a bad row is named by its row number
// and column, and then nothing changes at all.
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { refuse, run } from '../support/hall';
import { booking, csvOf, DAY, fingerprint, openAppointmentHall, type AppointmentHall } from './support';

let h: AppointmentHall;
beforeEach(() => (h = openAppointmentHall()));
afterEach(() => h.t.cleanup());

const header = ['预约号', '业务类别', '预约日期', '预约时段', '姓名', '手机号'];
const goodRows = [
  ['某某街道预约登记表'],
  header,
  ['100001', '人社', '2026/11/23', '9:30-10:00', '张三', '13812345678'],
  ['100002', 'B', '2026-11-23', '10:00-10:30', '李四', '13900001111'],
  ['100003', '老龄', '2026-11-23', '14:00-14:30', '', ''],
];
const importFile = (format: 'csv' | 'xlsx' | 'json', bytes: Buffer, dryRun?: boolean) =>
  h.t.hall.dispatch('appointments.import', { format, data: bytes.toString('base64'), ...(dryRun === undefined ? {} : { dryRun }) }, h.admin);
const today = (reveal = true) => run(h.t.hall, 'appointments.list', { reveal }, h.admin);

async function xlsxOf(rows: string[][]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('预约');
  for (const r of rows) sheet.addRow(r);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

function expectImported() {
  const list = today();
  expect(list.map((a: { code: string }) => a.code)).toEqual(['100001', '100002', '100003']);
  expect(list[0]).toEqual({
    code: '100001',
    serviceId: 'A',
    date: DAY,
    start: '09:30',
    end: '10:00',
    state: 'booked',
    name: '张三',
    phone: '13812345678',
    ticketNumber: null,
    source: 'import',
  });
  expect(list[1]).toMatchObject({ serviceId: 'B', name: '李四' });
  expect(list[2]).toMatchObject({ serviceId: 'C', name: null, phone: null, start: '14:00', end: '14:30' });
}

test('a GBK CSV as Chinese Excel saves it: the dry run plans, changes nothing; applying imports every row', () => {
  const bytes = iconv.encode(csvOf(goodRows), 'gbk');
  expect(bytes.includes(Buffer.from('预约号'))).toBe(false); // really GBK, not UTF-8
  const before = fingerprint(h.t);
  const plan = importFile('csv', bytes);
  expect(plan).toEqual({ ok: true, value: { dryRun: true, total: 3, created: 3, updated: 0, unchanged: 0 } });
  expect(fingerprint(h.t)).toBe(before);
  expect(importFile('csv', bytes, false)).toMatchObject({ ok: true, value: { dryRun: false, created: 3 } });
  expectImported();
  // The same file again: nothing changes; an edited row updates.
  expect(importFile('csv', bytes, false)).toMatchObject({ ok: true, value: { unchanged: 3, created: 0 } });
  const moved = goodRows.map((r) => (r[0] === '100002' ? [...r.slice(0, 3), '11:00-11:30', ...r.slice(4)] : r));
  expect(importFile('csv', Buffer.from(csvOf(moved)), false)).toMatchObject({ ok: true, value: { updated: 1, unchanged: 2 } });
  expect(today()[1]).toMatchObject({ code: '100002', start: '11:00' });
});

test('UTF-8 CSV with separate 开始时间 / 结束时间 columns and a BOM', () => {
  const rows = [['预约码', '业务', '日期', '开始时间', '结束时间', '姓名', '联系电话']].concat(
    goodRows.slice(2).map((r) => [r[0]!, r[1]!, r[2]!, ...r[3]!.split('-'), r[4]!, r[5]!]),
  );
  expect(importFile('csv', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(csvOf(rows))]), false)).toMatchObject({ ok: true });
  expectImported();
});

test('xlsx (its first sheet)', async () => {
  expect(importFile('xlsx', await xlsxOf(goodRows), false)).toMatchObject({ ok: true, value: { created: 3 } });
  expectImported();
});

test('JSON: an array of bookings, or { bookings }', () => {
  const list = [
    booking('100001', '09:30', '10:00', { name: '张三', phone: '13812345678' }),
    booking('100002', '10:00', '10:30', { serviceId: 'B', name: '李四', phone: '13900001111' }),
    booking('100003', '14:00', '14:30', { serviceId: 'C' }),
  ];
  expect(importFile('json', Buffer.from(JSON.stringify({ bookings: list })), false)).toMatchObject({ ok: true, value: { created: 3 } });
  expectImported();
  expect(importFile('json', Buffer.from(JSON.stringify(list)), false)).toMatchObject({ ok: true, value: { unchanged: 3 } });
});

test.each([
  ['a bad phone', ['100002', 'B', '2026-11-23', '10:00-10:30', '李四', '电话打不通'], 'row 4, 手机号', 'rows[4].手机号'],
  ['an unknown service', ['100002', '税务', '2026-11-23', '10:00-10:30', '李四', ''], 'row 4, 业务类别', 'rows[4].业务类别'],
  ['a date that does not exist', ['100002', 'B', '2026-02-30', '10:00-10:30', '', ''], 'row 4, 预约日期', 'rows[4].预约日期'],
  ['a slot ending before it starts', ['100002', 'B', '2026-11-23', '10:30-10:00', '', ''], 'row 4, 预约时段', 'rows[4].预约时段'],
  ['a code twice', ['100001', 'B', '2026-11-23', '10:00-10:30', '', ''], 'row 4, 预约号', 'rows[4].预约号'],
  ['a code that is not digits', ['AB12', 'B', '2026-11-23', '10:00-10:30', '', ''], 'row 4, 预约号', 'rows[4].预约号'],
])('%s: the row and column are named and nothing changes (GBK CSV and xlsx)', async (_what, bad, label, field) => {
  const rows = goodRows.map((r) => (r[0] === '100002' ? bad : r));
  const before = fingerprint(h.t);
  for (const [format, bytes] of [
    ['csv', iconv.encode(csvOf(rows), 'gbk')],
    ['xlsx', await xlsxOf(rows)],
  ] as const) {
    const result = importFile(format, bytes, false);
    expect(result.ok, format).toBe(false);
    if (result.ok) continue;
    expect(result.error.code).toBe('bad_request');
    expect(result.error.message.startsWith(`${label}: `), result.error.message).toBe(true);
    expect(result.error.field).toBe(field);
    expect(fingerprint(h.t)).toBe(before);
  }
});

test('a file without the header, or not readable, is refused as data', () => {
  expect(refuse(h.t.hall, 'appointments.import', { format: 'csv', data: Buffer.from('a,b\r\n1,2').toString('base64'), dryRun: false }, h.admin)).toMatchObject({
    code: 'bad_request',
    field: 'data',
  });
  expect(refuse(h.t.hall, 'appointments.import', { format: 'json', data: Buffer.from('{').toString('base64') }, h.admin).field).toBe('data');
  expect(refuse(h.t.hall, 'appointments.import', { format: 'xlsx', data: Buffer.from('not a zip').toString('base64') }, h.admin).field).toBe('data');
  expect(refuse(h.t.hall, 'appointments.import', { format: 'pdf', data: '' }, h.admin).field).toBe('format');
});

test('names and phones are masked unless staff ask to see them', () => {
  importFile('csv', Buffer.from(csvOf(goodRows)), false);
  expect(today(false)[0]).toMatchObject({ name: '张*', phone: '138****5678' });
  expect(run(h.t.hall, 'appointments.list', {}, h.clerk)[0]).toMatchObject({ name: '张*', phone: '138****5678' });
  expect(run(h.t.hall, 'appointments.list', { reveal: true }, h.clerk)[0]).toMatchObject({ name: '张三', phone: '13812345678' });
  expect(refuse(h.t.hall, 'appointments.list', {}, h.kiosk).code).toBe('forbidden');
});
