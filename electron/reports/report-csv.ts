// A report as CSV that Chinese Excel opens as it is: UTF-8 with the byte-order mark (without it Excel
// reads GBK and shows mojibake), CRLF lines, fields quoted where they hold a comma, quote or line break,
// numbers as plain numbers (ratios 0–1, durations in seconds), an empty cell for a figure with nothing
// to divide by. Columns and headers: report-columns.ts (shared with the xlsx export).
import type { TFunction } from 'i18next';
import type { ReportSummary } from '../contract';
import { figureCells, figureHeaders } from './report-columns';

const BOM = '\uFEFF';

function field(value: string | number | null): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(Number.isInteger(value) ? value : Number(value.toFixed(4)));
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

export function reportCsv(summary: ReportSummary, t: TFunction): string {
  const header = figureHeaders(summary.by, t);
  const rows = summary.by === 'hall' ? [] : summary.rows.map((r) => [r.key, ...figureCells(r.figures)]);
  const total = [t('reports.csv.total'), ...figureCells(summary.total)];
  return BOM + [header, ...rows, total].map((cells) => cells.map(field).join(',')).join('\r\n') + '\r\n';
}
