// The xlsx export's sheets: exceljs's streaming WorksheetWriter makes the sheet (columns and widths,
// the frozen header row, the closing parts) and commits the header row; the data rows are written as
// the sheet's row XML (sheet-row-bytes.ts) straight into the worksheet's stream, a chunk at a time.
// exceljs's row model builds a Row, Cells and an XmlStream per row: ~20 µs a row of 12 cells here,
// 10 s for a year's 明细 alone (the read-back tests check what is written instead).
// Numbers are written as numbers with their column's style (percent, whole number, date-time) from
// the workbook's own style table; texts through the workbook's shared-strings table, bounded (sheet-row-bytes.ts).
import type ExcelJS from 'exceljs';
import type { TFunction } from 'i18next';
import type { ReportSummary } from '../contract';
import { figureCells, figureHeaders, figureKinds, type FigureKind } from './report-columns';
import { SheetRowBytes, SharedTexts, type Cell, type SharedStringTable } from './sheet-row-bytes';

export type CellKind = FigureKind | 'text' | 'time';

const formats: Record<CellKind, string | undefined> = {
  text: undefined,
  count: '0',
  seconds: '0',
  ratio: '0.0%',
  decimal: '0.00',
  time: 'yyyy-mm-dd hh:mm:ss',
};

export interface SheetColumn {
  header: string;
  kind: CellKind;
  width: number;
}

export interface SheetWriter {
  /** Adds a row to the pending chunk. */
  row(cells: readonly Cell[]): void;
  /** Hands the pending rows to the workbook's zip stream. */
  flush(): void;
  /** Until the zip has taken most of what was handed to it (exceljs's sheet stream buffers without limit). */
  drained(): Promise<void>;
  commit(): void;
}

/** The internals of exceljs's WorksheetWriter and WorkbookWriter this file relies on (exceljs 4.4.0, pinned). */
interface StreamingParts {
  stream: {
    write(chunk: Buffer): void;
    /** Its own buffers (until the zip reaches this entry), and the PassThrough the zip reads it from. */
    buffers?: { length: number }[];
    pipes?: PipedStream[];
  };
}
/** archiver's PassThrough (readable-stream 3: no writableLength, its states instead). */
interface PipedStream {
  once(event: 'drain', listener: () => void): void;
  _writableState?: { length: number; needDrain: boolean };
  _readableState?: { length: number };
}
/** Bytes of sheet XML that may wait for the zip's deflate before the writer stops to let it catch up. */
const BACKLOG_LIMIT = 4 * 2 ** 20;
interface WorkbookTables {
  styles: { addStyleModel(style: Partial<ExcelJS.Style>, cellType?: number): number };
  sharedStrings: SharedStringTable;
}
const NUMBER_TYPE = 2; // ExcelJS.ValueType.Number

export function openSheet(wb: ExcelJS.stream.xlsx.WorkbookWriter, name: string, columns: readonly SheetColumn[]): SheetWriter {
  const ws = wb.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = columns.map((c) => ({ width: c.width }));
  const header = ws.addRow(columns.map((c) => c.header));
  header.font = { bold: true };
  header.commit(); // opens <sheetData> after the columns, with the header row
  const { styles, sharedStrings } = wb as unknown as WorkbookTables;
  const styleIds = columns.map((c) => {
    const numFmt = formats[c.kind];
    return numFmt === undefined ? 0 : styles.addStyleModel({ numFmt }, NUMBER_TYPE);
  });
  const rows = new SheetRowBytes(styleIds, new SharedTexts(sharedStrings));
  const sink = ws as unknown as StreamingParts;
  const flush = () => {
    const bytes = rows.take();
    if (bytes) sink.stream.write(bytes);
  };
  const backlog = () => {
    const { buffers = [], pipes = [] } = sink.stream;
    return buffers.reduce((n, b) => n + b.length, 0) + pipes.reduce((n, p) => n + (p._writableState?.length ?? 0) + (p._readableState?.length ?? 0), 0);
  };
  const drained = async () => {
    while (backlog() > BACKLOG_LIMIT) {
      const pipe = sink.stream.pipes?.find((p) => p._writableState?.needDrain);
      await new Promise<void>((resolve) => (pipe ? pipe.once('drain', resolve) : setImmediate(resolve)));
    }
  };
  return {
    drained,
    row: (cells) => rows.row(cells),
    flush,
    commit() {
      flush();
      ws.commit();
    },
  };
}

/** A header wide enough for its text (a CJK character counts two) and its numbers. */
const widthOf = (header: string) => Math.min(40, Math.max(10, [...header].reduce((w, ch) => w + (ch.charCodeAt(0) > 0xff ? 2 : 1), 0) + 2));

/** A report's slice sheet: the CSV's columns (report-columns.ts), a row per slice, the total last. */
export function writeFigureSheet(wb: ExcelJS.stream.xlsx.WorkbookWriter, name: string, summary: ReportSummary, t: TFunction): void {
  const headers = figureHeaders(summary.by, t);
  const kinds: CellKind[] = ['text', ...figureKinds];
  const columns = headers.map((header, i) => ({ header, kind: kinds[i]!, width: i === 0 ? Math.max(14, widthOf(header)) : widthOf(header) }));
  const sheet = openSheet(wb, name, columns);
  if (summary.by !== 'hall') for (const r of summary.rows) sheet.row([r.key, ...figureCells(r.figures)]);
  sheet.row([t('reports.csv.total'), ...figureCells(summary.total)]);
  sheet.commit();
}
