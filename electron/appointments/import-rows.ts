// Bookings from a file: a sheet (CSV in UTF-8 or GBK as Chinese Excel saves it, or xlsx, read by the
// item catalogue's sheet reader) with a header row (预约号, 业务类别, 预约日期, 开始时间, 结束时间 or one
// 预约时段 like 09:00-09:30, optionally 姓名, 手机号, 状态), or JSON (an array of bookings, or
// { "bookings": [...] }). Each becomes a raw booking entry with where it came from, so that the book's
// check names the row and the column as the office's sheet has them.
import { HallFault } from '../contract';
import type { Db } from '../core/db';
import type { ServiceRow } from '../core/rows';
import { csvRows, xlsxRows, type SheetRow } from '../config/transfer/sheet-rows';
import type { EntryAt } from './book';

type Column = 'code' | 'service' | 'date' | 'start' | 'end' | 'slot' | 'name' | 'phone' | 'state';
const aliases: Record<Column, string[]> = {
  code: ['预约号', '预约码', '预约编号', '预约单号', 'code'],
  service: ['业务类别', '业务', '服务', '业务类型', 'service', 'serviceid'],
  date: ['预约日期', '日期', 'date'],
  start: ['开始时间', '开始', 'start'],
  end: ['结束时间', '结束', 'end'],
  slot: ['预约时段', '时段', '预约时间', 'slot'],
  name: ['姓名', '预约人', '办事人', 'name'],
  phone: ['手机号', '手机', '手机号码', '联系电话', '电话', 'phone'],
  state: ['状态', 'state'],
};
/** The entry's field each column fills, for naming a bad cell. */
const fieldColumn: Record<string, Column> = {
  code: 'code',
  serviceId: 'service',
  date: 'date',
  start: 'start',
  end: 'end',
  name: 'name',
  phone: 'phone',
  state: 'state',
};
const HEADER_SEARCH_ROWS = 20;

export interface ImportedEntries {
  entries: unknown[];
  at: EntryAt;
}

const baseOf = (header: string) =>
  header
    .replace(/\s/g, '')
    .replace(/[（(].*$/, '')
    .toLowerCase();

function findHeader(rows: SheetRow[]): { row: number; index: Partial<Record<Column, number>>; text: string[] } {
  for (const r of rows.slice(0, HEADER_SEARCH_ROWS)) {
    const index: Partial<Record<Column, number>> = {};
    r.cells.forEach((cell, i) => {
      const column = (Object.keys(aliases) as Column[]).find((c) => aliases[c].includes(baseOf(cell)));
      if (column && index[column] === undefined) index[column] = i;
    });
    if (index.code !== undefined && index.service !== undefined) {
      if (index.date === undefined) throw new HallFault('bad_request', `row ${r.row}: the header has no 预约日期 column`, `rows[${r.row}]`);
      if (index.slot === undefined && (index.start === undefined || index.end === undefined)) {
        throw new HallFault('bad_request', `row ${r.row}: the header has neither 预约时段 nor 开始时间 and 结束时间`, `rows[${r.row}]`);
      }
      return { row: r.row, index, text: r.cells };
    }
  }
  throw new HallFault('bad_request', `data: no header row with 预约号 and 业务类别 in the first ${HEADER_SEARCH_ROWS} rows`, 'data');
}

/** 2026/11/23, 2026.11.23, 2026-11-23 (and an Excel date cell's text) → 2026-11-23; else as it was. */
export function sheetDate(text: string): string {
  const m = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?(?:\s.*)?$/.exec(text.trim());
  if (m) return `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}`;
  const ms = Date.parse(text);
  return /[a-z]/i.test(text) && !Number.isNaN(ms) ? new Date(ms).toISOString().slice(0, 10) : text.trim();
}

/** 9:00 → 09:00 (and 9:00:00); else as it was. */
export const sheetTime = (text: string): string => {
  const m = /^(\d{1,2})[:：](\d{2})(?::\d{2})?$/.exec(text.trim());
  return m ? `${m[1]!.padStart(2, '0')}:${m[2]}` : text.trim();
};

function serviceOf(services: ServiceRow[], value: string): string {
  const v = value.trim();
  const found = services.find(
    (s) => s.id === v || s.prefix === v.toUpperCase() || [s.name_zh_cn, s.name_zh_tw].includes(v) || s.name_en.toLowerCase() === v.toLowerCase(),
  );
  return found?.id ?? v; // an unknown one is named by the book's check
}

export function sheetEntries(db: Db, rows: SheetRow[]): ImportedEntries {
  const header = findHeader(rows);
  const services = db.prepare('SELECT * FROM services ORDER BY sort, id').all() as ServiceRow[];
  const body = rows.filter((x) => x.row > header.row && x.cells.some((c) => c.trim() !== ''));
  if (body.length === 0) throw new HallFault('bad_request', `data: no booking rows below the header (row ${header.row})`, 'data');
  const entries = body.map((r) => {
    const cell = (c: Column) => (header.index[c] === undefined ? '' : (r.cells[header.index[c]] ?? '').trim());
    const [slotStart, slotEnd] = cell('slot').split(/\s*[-–—~至]\s*/);
    const entry: Record<string, unknown> = {
      code: cell('code'),
      serviceId: serviceOf(services, cell('service')),
      date: sheetDate(cell('date')),
      start: sheetTime(header.index.start !== undefined ? cell('start') : (slotStart ?? '')),
      end: sheetTime(header.index.end !== undefined ? cell('end') : (slotEnd ?? '')),
      state: /取消|cancel/i.test(cell('state')) ? 'cancelled' : 'booked',
    };
    if (cell('name')) entry.name = cell('name');
    if (cell('phone')) entry.phone = cell('phone');
    return entry;
  });
  const at: EntryAt = (index, field) => {
    const row = body[index]!.row;
    const column = field === undefined ? undefined : fieldColumn[field];
    const columnIndex = column === undefined ? undefined : (header.index[column] ?? (column === 'start' || column === 'end' ? header.index.slot : undefined));
    const title = columnIndex === undefined ? field : header.text[columnIndex];
    return { at: title ? `rows[${row}].${title}` : `rows[${row}]`, label: title ? `row ${row}, ${title}` : `row ${row}` };
  };
  return { entries, at };
}

export const listAt: (list: string) => EntryAt = (list) => (index, field) => ({
  at: field ? `${list}[${index}].${field}` : `${list}[${index}]`,
  label: field ? `${list}[${index}].${field}` : `${list}[${index}]`,
});

function jsonEntries(bytes: Buffer): ImportedEntries {
  let value: unknown;
  try {
    value = JSON.parse(bytes.toString('utf8').replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new HallFault('bad_request', `data: not a readable JSON file (${(error as Error).message})`, 'data');
  }
  const list = Array.isArray(value) ? value : (value as { bookings?: unknown } | null)?.bookings;
  if (!Array.isArray(list) || list.length === 0) throw new HallFault('bad_request', 'data: a JSON array of bookings, or { "bookings": [...] }', 'data');
  return { entries: list, at: listAt('bookings') };
}

export function fileEntries(db: Db, format: 'csv' | 'xlsx' | 'json', base64: string): ImportedEntries {
  const bytes = Buffer.from(base64, 'base64');
  if (format === 'json') return jsonEntries(bytes);
  return sheetEntries(db, format === 'csv' ? csvRows(bytes) : xlsxRows(bytes));
}
