// The report as an xlsx workbook for the monthly appraisal, streamed (exceljs's WorkbookWriter: each
// row is committed as it is written, so a year never sits in memory): 汇总 (the hall's total), one sheet
// per slice (service, window, clerk, hour, weekday, day: the CSV's columns, report-columns.ts) and 明细
// (a row per ticket, xlsx-tickets.ts). Numbers are numbers (ratios with a percent format, seconds
// whole), headers in the chosen language, the header row frozen.
// exceljs's own shared strings are off (its header rows are inline); the data rows' texts go into the
// workbook's table, bounded (sheet-row-bytes.ts); styles are on (the percent and time formats, one
// style per column); data rows are written as XML bytes (xlsx-sheets.ts). It runs in the export's
// worker thread (export-worker.ts): its pace is its output's (a turn of the worker's own loop between steps).
import type { Writable } from 'node:stream';
import type { Database } from 'better-sqlite3';
import ExcelJS from 'exceljs';
import type { ReportDimension } from '../contract';
import { nextTurn, runPaced } from '../core/steps';
import { translatorFor, type LocaleLang } from '../shared/locales';
import { FirstTimes } from './first-times';
import { summariesSteps } from './report-summary';
import { writeFigureSheet } from './xlsx-sheets';
import { writeTicketSheet } from './xlsx-tickets';

export interface XlsxQuery {
  from: string;
  to: string;
  targetWaitMinutes: number;
  lang: LocaleLang;
  timeZone: string;
  now: number;
}

export interface XlsxPace {
  /** Ticket rows written between two waits on `between`. */
  chunkRows?: number;
  /** Waited on between chunks: by default the next turn of the event loop and the output's drain. */
  between?: () => Promise<void>;
  /** After each chunk of 明细 rows and the last: the rows written so far; a promise returned is waited on. */
  onRows?: (written: number) => void | Promise<void>;
}

const SLICES: readonly Exclude<ReportDimension, 'hall'>[] = ['service', 'window', 'clerk', 'hour', 'weekday', 'day'];
export const XLSX_CHUNK_ROWS = 2_000;

/** The next turn of the event loop, and then until the output takes more (a slow browser holds the export, not the hall's memory). */
export function yieldTo(out: Writable): () => Promise<void> {
  return async () => {
    await nextTurn();
    while (out.writableNeedDrain && !out.destroyed) {
      await new Promise<void>((resolve) => {
        const done = () => {
          out.off('drain', done);
          out.off('close', done);
          resolve();
        };
        out.on('drain', done);
        out.on('close', done);
      });
    }
    if (out.destroyed) throw new Error('the export was cancelled (its reader went away)');
  };
}

/** Writes the workbook into `out` and ends it; resolves with the ticket rows written once the last byte is handed over. */
export async function writeReportXlsx(db: Database, q: XlsxQuery, out: Writable, pace: XlsxPace = {}): Promise<number> {
  const t = translatorFor(q.lang);
  const between = pace.between ?? yieldTo(out);
  // Deflate level 1: a year's 明细 waited seconds on level 6's deflate for a file only ~25 % smaller.
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false, zip: { zlib: { level: 1 } } });
  const firsts = new FirstTimes();
  const summaries = await runPaced(summariesSteps(db, q, ['hall', ...SLICES], firsts), between);
  // The keys as the CSV has them (a service id, window number, clerk id, hour 00–23, ISO weekday, day).
  writeFigureSheet(wb, t('reportsXlsx.sheet.hall'), summaries.get('hall')!, t);
  for (const by of SLICES) writeFigureSheet(wb, t(`reportsXlsx.sheet.${by}`), summaries.get(by)!, t);
  await between();
  const rows = await writeTicketSheet(wb, db, q, firsts, t, {
    timeZone: q.timeZone,
    chunkRows: pace.chunkRows ?? XLSX_CHUNK_ROWS,
    between,
    onRows: pace.onRows,
  });
  await wb.commit();
  return rows;
}
