// The report's columns, one definition for both exports (CSV and xlsx): which figures, in which order,
// their headers in the chosen language (locale section `reports.csv`), and what kind of number each is
// (the xlsx gives a ratio a percent format, seconds and counts whole numbers).
import type { TFunction } from 'i18next';
import type { ReportDimension, ReportFigures } from '../contract';

/** The figures as columns, in this order; `stars` follows as five columns (level 1 … 5). */
export const figureColumns = [
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

export type FigureKind = 'count' | 'ratio' | 'seconds' | 'decimal';

const ratios = new Set<string>(['servedRate', 'noShowRate', 'serviceLevel', 'utilisation', 'ratedRate', 'satisfaction', 'rectifyRate']);
const decimals = new Set<string>(['servedPerStaffHour', 'score']);

/** The kind of every cell after the key column: the figures, then the five star counts. */
export const figureKinds: FigureKind[] = [
  ...figureColumns.map((c): FigureKind => (ratios.has(c) ? 'ratio' : decimals.has(c) ? 'decimal' : c.endsWith('Seconds') ? 'seconds' : 'count')),
  ...Array<FigureKind>(5).fill('count'),
];

/** The header row: the slice's name, every figure, the five star levels. */
export function figureHeaders(by: ReportDimension, t: TFunction): string[] {
  return [t(`reports.csv.by.${by}`), ...figureColumns.map((c) => t(`reports.csv.${c}`)), ...[1, 2, 3, 4, 5].map((n) => t('reports.csv.stars', { level: n }))];
}

/** A row's cells after its key, in the headers' order (null: nothing to divide by). */
export const figureCells = (f: ReportFigures): (number | null)[] => [...figureColumns.map((c) => f[c]), ...f.stars];
