// The messages between the hall's thread and the xlsx export's worker (export-thread.ts starts it,
// export-worker.ts runs in it). Bytes flow with one message in flight: the worker sends the next only
// when the hall has taken the last ('taken': the response holds less than a few MB not yet read), so
// a slow reader holds the export, never the memory of either thread.
import type { XlsxQuery } from './report-xlsx';

export interface ExportWorkerData {
  /** The hall's database file, opened read-only in the worker (a snapshot of its own). */
  file: string;
  query: XlsxQuery;
  /** 明细 rows between two progress messages (XLSX_CHUNK_ROWS by default). */
  chunkRows?: number;
  /** Whether the worker waits for 'go' after each progress message (a watcher that holds it: tests). */
  held: boolean;
}

export type FromExportWorker = { kind: 'bytes'; bytes: Uint8Array } | { kind: 'rows'; written: number } | { kind: 'done'; rows: number };

export type ToExportWorker = 'taken' | 'go';
