// The xlsx export read back with exceljs: a morning driven through the commands (a no-show, a 差评, a
// rating that timed out), exported, and every figure of every sheet compared with reports.summary's;
// numbers are numbers, headers in Chinese, 明细 a row per ticket; the export runs in a worker thread
// (a request made during an export is answered before it ends; export-door.test.ts: its ends).
import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, expect, test } from 'vitest';
import type { ReportExportPlan, ReportSummary, Session } from '../../electron/contract';
import type { ExportWatch } from '../../electron/reports/export-door';
import { figureCells } from '../../electron/reports/report-columns';
import { issue, login, MINUTE, openSeededHall, run, staff, type TestHall } from '../support/hall';
import { padLogin } from '../support/rating';

let t: TestHall;
let kiosk: Session;
let clerk: Session;
let pad: Session;
let admin: Session;
beforeEach(() => {
  t = openSeededHall(); // Monday 2026-11-23 09:00 +08:00
  kiosk = login(t.hall, 'kiosk');
  clerk = staff(t.hall, '1001', 1);
  pad = padLogin(t.hall, 1);
  admin = login(t.hall, 'admin');
});
afterEach(() => t.cleanup());

const DAY = '2026-11-23';
const w1 = (name: string, input: object = {}) => run(t.hall, name, { window: 1, ...input }, clerk);

function morning() {
  issue(t.hall, kiosk, 'A'); // A001 09:00
  issue(t.hall, kiosk, 'B'); // B001 09:00
  t.clock.advance(5 * MINUTE);
  w1('window.callNext'); // A001 09:05: waited 300 s
  t.clock.advance(10 * MINUTE);
  w1('window.finish'); // 09:15: handled 600 s
  run(t.hall, 'ratings.submit', { window: 1, level: 5, reasons: [] }, pad);
  w1('window.callNext'); // B001 09:15: waited 900 s
  t.clock.advance(MINUTE);
  w1('window.noShow'); // 09:16
  issue(t.hall, kiosk, 'A'); // A002 09:16
  w1('window.callNext'); // at once
  t.clock.advance(3 * MINUTE);
  w1('window.finish'); // 09:19: 180 s
  run(t.hall, 'ratings.submit', { window: 1, level: 1, reasons: ['attitude.cold'] }, pad); // 差评
  issue(t.hall, kiosk, 'C'); // C001 09:19, still waiting
}

async function exportXlsx(lang = 'zh-CN', watch: ExportWatch = {}): Promise<ExcelJS.Workbook> {
  const plan = run(t.hall, 'reports.xlsx', { from: DAY, to: DAY, lang }, admin) as ReportExportPlan;
  const sink = new PassThrough();
  const chunks: Buffer[] = [];
  sink.on('data', (c: Buffer) => chunks.push(c));
  await t.hall.reportExport.xlsx(plan, sink, watch);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.concat(chunks) as never);
  return wb;
}

const values = (sheet: ExcelJS.Worksheet) =>
  sheet
    .getSheetValues()
    .slice(1)
    .map((row) => (row as unknown[]).slice(1));
const cells = (row: (number | null)[]) => row.map((v) => (v === null ? undefined : v));

test('every sheet holds reports.summary’s figures as numbers, under Chinese headers', async () => {
  morning();
  const wb = await exportXlsx();
  expect(wb.worksheets.map((s) => s.name)).toEqual(['汇总', '服务', '窗口', '人员', '时段', '星期', '日期', '明细']);
  const summary = (by: string) => run(t.hall, 'reports.summary', { from: DAY, to: DAY, by }, admin) as ReportSummary;

  const [header, total] = values(wb.getWorksheet('汇总')!);
  expect(header!.slice(0, 4)).toEqual(['大厅', '取号数', '办结数', '办结率']);
  expect(total).toEqual(['合计', ...cells(figureCells(summary('hall').total))]);
  expect(total![1]).toBe(4); // A001, B001, A002, C001
  expect(total![header!.indexOf('满意率')]).toBe(0.5);
  expect(total![header!.indexOf('差评数')]).toBe(1);
  expect(total![header!.indexOf('平均等候（秒）')]).toBe(400); // (300 + 900 + 0) / 3

  for (const [name, by] of [
    ['服务', 'service'],
    ['窗口', 'window'],
    ['人员', 'clerk'],
    ['时段', 'hour'],
    ['星期', 'weekday'],
    ['日期', 'day'],
  ] as const) {
    const report = summary(by);
    const [, ...rows] = values(wb.getWorksheet(name)!);
    expect(rows, name).toEqual([...report.rows.map((r) => [r.key, ...cells(figureCells(r.figures))]), ['合计', ...cells(figureCells(report.total))]]);
  }
  const service = wb.getWorksheet('服务')!;
  expect(service.getCell('D2').numFmt).toBe('0.0%'); // 办结率 as a percent
  expect(service.getCell('D2').value).toBe(1); // A: both served
  expect(service.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
});

test('明细: one row per ticket, times in the hall’s zone, waits in whole seconds, the rating or 未评价', async () => {
  morning();
  const wb = await exportXlsx();
  const [header, ...rows] = values(wb.getWorksheet('明细')!);
  expect(header).toEqual(['业务日', '号码', '业务', '窗口', '工号', '取号时间', '叫号时间', '结束时间', '等候（秒）', '办理（秒）', '状态', '评价']);
  expect(rows.map((r) => [r[1], r[10], r[11]])).toEqual([
    ['A001', '已办结', 5],
    ['B001', '未到', '未评价'],
    ['A002', '已办结', 1],
    ['C001', '等候中', '未评价'],
  ]);
  const a001 = rows[0]!;
  expect(a001.slice(8, 10)).toEqual([300, 600]);
  expect(a001[0]).toBe(DAY);
  expect(a001[3]).toBe(1);
  // Excel reads its serial numbers as wall-clock times: 09:00 in the hall, whatever the zone of this machine.
  expect((a001[5] as Date).toISOString()).toBe('2026-11-23T09:00:00.000Z');
  expect(wb.getWorksheet('明细')!.getCell('F2').numFmt).toBe('yyyy-mm-dd hh:mm:ss');
  expect(rows[3]!.slice(6, 10)).toEqual([undefined, undefined, undefined, undefined]); // never called
});

test('headers follow the language asked for', async () => {
  morning();
  const wb = await exportXlsx('en');
  expect(wb.worksheets.map((s) => s.name)).toEqual(['Summary', 'Services', 'Windows', 'Staff', 'Hours', 'Weekdays', 'Days', 'Tickets']);
  expect(values(wb.getWorksheet('Summary')!)[0]!.slice(0, 3)).toEqual(['Hall', 'Arrived', 'Served']);
});

test('the export runs in a worker of its own: held after its first chunk, the hall issues a ticket, which its snapshot does not show', async () => {
  for (let i = 0; i < 30; i++) issue(t.hall, kiosk, 'A');
  const order: string[] = [];
  // After the first chunk of 10 rows the worker waits on this watcher: meanwhile the hall takes a
  // command (a write on its own connection, the worker's read still open).
  const heard: number[] = [];
  const onRows = (written: number) => {
    heard.push(written);
    if (heard.length === 1) {
      issue(t.hall, kiosk, 'B');
      order.push('ticket issued');
    }
  };
  const wb = await exportXlsx('zh-CN', { chunkRows: 10, onRows });
  order.push('export done');
  expect(order).toEqual(['ticket issued', 'export done']);
  expect(heard).toEqual([10, 20, 30, 30]); // each chunk, and the last count
  // The export reads one snapshot: the ticket issued meanwhile is not in its 明细 (30 rows and the header).
  expect(wb.getWorksheet('明细')!.actualRowCount).toBe(31);
  expect(run(t.hall, 'reports.xlsx', { from: DAY, to: DAY }, admin).tickets).toBe(31);
});
