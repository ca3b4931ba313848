// A report as CSV that Chinese Excel opens as it is: UTF-8 with the byte-order mark (without it Excel
// reads GBK and shows mojibake), CRLF lines, fields quoted where they hold a comma, quote or line break,
// numbers as plain numbers (ratios 0–1, durations in seconds), an empty cell for a figure with nothing
// to divide by. Headers in the chosen language (locale section `reports.csv`).
import type { TFunction } from 'i18next';
import type { ReportFigures, ReportSummary } from '../contract';

const BOM = '\uFEFF';

/** The figures as columns, in this order; `stars` is five columns (level 1 … 5). */
const columns = [
  'arrived',
  'served',
  'servedRate',
  'noShowRate',
  'avgWaitSeconds',
  'maxWaitSeconds',
  'serviceLevel',
  'avgHandleSeconds',
  'utilisation',
  'servedPerStaffHour',
  'rated',
  'ratedRate',
  'satisfaction',
  'score',
  'bad',
  'rectifyRate',
  'overdue',
  'defaulted',
  'notRated',
  'excluded',
] as const satisfies readonly (keyof ReportFigures)[];

function field(value: string | number | null): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(Number.isInteger(value) ? value : Number(value.toFixed(4)));
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

const figureCells = (f: ReportFigures) => [...columns.map((c) => f[c]), ...f.stars];

export function reportCsv(summary: ReportSummary, t: TFunction): string {
  const header = [
    t(`reports.csv.by.${summary.by}`),
    ...columns.map((c) => t(`reports.csv.${c}`)),
    ...[1, 2, 3, 4, 5].map((n) => t('reports.csv.stars', { level: n })),
  ];
  const rows = summary.by === 'hall' ? [] : summary.rows.map((r) => [r.key, ...figureCells(r.figures)]);
  const total = [t('reports.csv.total'), ...figureCells(summary.total)];
  return BOM + [header, ...rows, total].map((cells) => cells.map(field).join(',')).join('\r\n') + '\r\n';
}
