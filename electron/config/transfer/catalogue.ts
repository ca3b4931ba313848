// The item catalogue (事项目录) as a Chinese office keeps it: a sheet with a title line or two, then a
// header row (事项编码, 事项名称, 业务类别, 办理类型, 承诺时限（工作日）, optionally 繁体名称 and
// 英文名称), one item a row. 业务类别 names a service of the hall by id, prefix or name; 办理类型 is
// 即办 or 承诺件. Every error names the row and the column as the sheet has them. The rows become the
// items section of a configuration file and go through the same plan and transaction.
import { HallFault, itemEntry, type ItemEntry } from '../../contract';
import type { Db } from '../../core/db';
import { localized, type ItemRow, type ServiceRow } from '../../core/rows';
import { pathText } from './section';
import type { SheetRow } from './sheet-rows';

type Column = 'code' | 'name' | 'category' | 'kind' | 'days' | 'nameTw' | 'nameEn';
const aliases: Record<Column, string[]> = {
  code: ['事项编码', '事项代码', '事项编号', '实施编码', '编码'],
  name: ['事项名称', '名称'],
  category: ['业务类别', '所属类别', '业务分类', '类别'],
  kind: ['办理类型', '事项类型', '办件类型'],
  days: ['承诺时限', '承诺办结时限', '承诺期限'],
  nameTw: ['繁体名称', '繁體名稱'],
  nameEn: ['英文名称', '英文名'],
};
const required: Column[] = ['code', 'name', 'category', 'kind'];
const HEADER_SEARCH_ROWS = 20;

/** 承诺时限（工作日） → 承诺时限: spaces and a parenthesised unit do not matter. */
const baseOf = (header: string) => header.replace(/\s/g, '').replace(/[（(].*$/, '');

interface Header {
  row: number;
  index: Partial<Record<Column, number>>;
  text: string[];
}

function findHeader(rows: SheetRow[]): Header {
  for (const r of rows.slice(0, HEADER_SEARCH_ROWS)) {
    const index: Partial<Record<Column, number>> = {};
    r.cells.forEach((cell, i) => {
      const base = baseOf(cell);
      const column = (Object.keys(aliases) as Column[]).find((c) => aliases[c].includes(base));
      if (column && index[column] === undefined) index[column] = i;
    });
    if (index.name !== undefined && index.category !== undefined) {
      const missing = required.find((c) => index[c] === undefined);
      if (missing) throw new HallFault('bad_request', `row ${r.row}: the header has no ${aliases[missing][0]} column`, `rows[${r.row}]`);
      return { row: r.row, index, text: r.cells };
    }
  }
  throw new HallFault('bad_request', `data: no header row with 事项名称 and 业务类别 in the first ${HEADER_SEARCH_ROWS} rows`, 'data');
}

function resolveService(services: ServiceRow[], value: string): string | undefined {
  const v = value.trim();
  return services.find(
    (s) => s.id === v || s.prefix === v.toUpperCase() || [s.name_zh_cn, s.name_zh_tw].includes(v) || s.name_en.toLowerCase() === v.toLowerCase(),
  )?.id;
}

const kinds: Record<string, ItemEntry['kind']> = { 即办: 'immediate', 即办件: 'immediate', 承诺: 'deferred', 承诺件: 'deferred' };

export function catalogueItems(db: Db, rows: SheetRow[]): ItemEntry[] {
  const header = findHeader(rows);
  const services = db.prepare('SELECT * FROM services ORDER BY sort, id').all() as ServiceRow[];
  const known = new Map((db.prepare('SELECT * FROM items').all() as ItemRow[]).map((r) => [r.code, r]));
  const firstRowOf = new Map<string, number>();
  const items: ItemEntry[] = [];
  for (const r of rows.filter((x) => x.row > header.row && x.cells.some((c) => c.trim() !== ''))) {
    const cell = (c: Column) => (header.index[c] === undefined ? '' : (r.cells[header.index[c]] ?? '').trim());
    const fault = (c: Column, message: string) => {
      const column = header.text[header.index[c] ?? -1] ?? aliases[c][0];
      return new HallFault('bad_request', `row ${r.row}, ${column}: ${message}`, `rows[${r.row}].${column}`);
    };
    const code = cell('code');
    if (firstRowOf.has(code)) throw fault('code', `${code} is also on row ${firstRowOf.get(code)}`);
    firstRowOf.set(code, r.row);
    const serviceId = resolveService(services, cell('category'));
    if (!serviceId) throw fault('category', `no service ${cell('category') || '(empty)'} in this hall (a service id, prefix or name)`);
    const kind = kinds[cell('kind')];
    if (!kind) throw fault('kind', `${cell('kind') || '(empty)'} is neither 即办 nor 承诺件`);
    const days = /^\d+/.exec(cell('days'))?.[0];
    if (kind === 'deferred' && days === undefined) throw fault('days', 'a 承诺件 promises a number of working days');
    const before = known.get(code);
    const zh = cell('name');
    const candidate = {
      code,
      serviceId,
      name: { 'zh-CN': zh, 'zh-TW': cell('nameTw') || (before ? localized(before)['zh-TW'] : zh), en: cell('nameEn') || before?.name_en || zh },
      kind,
      promisedDays: kind === 'deferred' ? Number(days) : null,
      enabled: before ? before.enabled === 1 : true,
    };
    const parsed = itemEntry.safeParse(candidate);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      const field = String(issue.path[0]);
      const column: Column =
        field === 'code' ? 'code' : field === 'promisedDays' ? 'days' : issue.path[1] === 'zh-TW' ? 'nameTw' : issue.path[1] === 'en' ? 'nameEn' : 'name';
      throw fault(header.index[column] === undefined ? 'name' : column, `${issue.message} (${pathText(issue.path)})`);
    }
    items.push(parsed.data);
  }
  if (items.length === 0) throw new HallFault('bad_request', `data: no item rows below the header (row ${header.row})`, 'data');
  return items;
}
