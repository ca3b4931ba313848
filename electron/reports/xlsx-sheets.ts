// The xlsx export's sheet helpers: a sheet with a frozen header row and column widths, and one shared
// style object per kind of cell. exceljs caches a cell's style by its object, so every cell of a
// column points at the same object (a style built per cell costs a lookup per cell, a year is millions).
import type ExcelJS from 'exceljs';
import type { ReportSummary } from '../contract';
import type { TFunction } from 'i18next';
import { figureCells, figureHeaders, figureKinds, type FigureKind } from './report-columns';

type Style = Partial<ExcelJS.Style>;
export type CellKind = FigureKind | 'text' | 'time';

const styles: Record<CellKind | 'header', Style> = {
  header: { font: { bold: true } },
  text: {},
  count: { numFmt: '0' },
  seconds: { numFmt: '0' },
  ratio: { numFmt: '0.0%' },
  decimal: { numFmt: '0.00' },
  time: { numFmt: 'yyyy-mm-dd hh:mm:ss' },
};

export interface SheetColumn {
  header: string;
  kind: CellKind;
  width: number;
}

export interface SheetWriter {
  /** Adds and commits one row (gone from memory once written). */
  row(cells: readonly (string | number | null)[]): void;
  commit(): void;
}

export function openSheet(wb: ExcelJS.stream.xlsx.WorkbookWriter, name: string, columns: readonly SheetColumn[]): SheetWriter {
  const ws = wb.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = columns.map((c) => ({ width: c.width }));
  const cellStyles = columns.map((c) => styles[c.kind]);
  const header = ws.addRow(columns.map((c) => c.header));
  header.eachCell((cell) => (cell.style = styles.header));
  header.commit();
  return {
    row(cells) {
      const row = ws.addRow(cells.map((c) => (c === null ? undefined : c)));
      for (let i = 0; i < cells.length; i++) if (cells[i] !== null) row.getCell(i + 1).style = cellStyles[i]!;
      row.commit();
    },
    commit: () => ws.commit(),
  };
}

/** A header wide enough for its text (a CJK character counts two) and its numbers. */
const widthOf = (header: string) => Math.min(40, Math.max(10, [...header].reduce((w, ch) => w + (ch.charCodeAt(0) > 0xff ? 2 : 1), 0) + 2));

/** A report's slice sheet: the CSV's columns (report-columns.ts), a row per slice, the total last. */
export function writeFigureSheet(wb: ExcelJS.stream.xlsx.WorkbookWriter, name: string, summary: ReportSummary, t: TFunction): void {
  const headers = figureHeaders(summary.by, t);
  const kinds: CellKind[] = ['text', ...figureKinds];
  const sheet = openSheet(
    wb,
    name,
    headers.map((header, i) => ({ header, kind: kinds[i]!, width: i === 0 ? Math.max(14, widthOf(header)) : widthOf(header) })),
  );
  if (summary.by !== 'hall') for (const r of summary.rows) sheet.row([r.key, ...figureCells(r.figures)]);
  sheet.row([t('reports.csv.total'), ...figureCells(summary.total)]);
  sheet.commit();
}
