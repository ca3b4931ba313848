// The hall's side of the xlsx export's worker (export-worker.ts): starts it with capped resources,
// writes the bytes it sends into the response, answers 'taken' once the response has accepted them,
// and ends the export when the worker is done, fails or dies, or the reader goes away.
import { join } from 'node:path';
import type { Writable } from 'node:stream';
import { Worker, type ResourceLimits } from 'node:worker_threads';
import { workerEntry, type WorkerEntry } from '../core/worker-entry';
import type { ExportWorkerData, FromExportWorker, ToExportWorker } from './export-protocol';

/**
 * The export's heap, capped. Uncapped, V8 grew the young generation towards 200 MB under the export's
 * churn of short-lived strings (a year's export peaked at ~390 MB RSS; bench/reports-year.ts): with
 * these caps it collects sooner, and an export that would need more is stopped by Node
 * (ERR_WORKER_OUT_OF_MEMORY) rather than growing the hall's process (Node calls these limits best
 * effort: an isolate that runs out while it starts can still abort the process).
 */
export const EXPORT_LIMITS: ResourceLimits = { maxOldGenerationSizeMb: 64, maxYoungGenerationSizeMb: 16 };

/** Bytes the response may hold that its reader has not taken yet, before the worker waits. */
const OUT_BACKLOG = 4 * 2 ** 20;

/** The export worker's entry (core/worker-entry.ts): `export-worker` in electron.vite.config.ts. */
export const exportWorkerEntry = (builtDir: string | null): WorkerEntry =>
  workerEntry(builtDir, 'export-worker', join(import.meta.dirname, 'export-worker.ts'));

/** How long the response may take nothing before the export gives up on its reader (a stalled browser holds a worker and a read snapshot). */
export const STALL_MS = 5 * 60_000;

export interface ExportRun {
  entry: WorkerEntry;
  data: ExportWorkerData;
  /** Heard after each chunk of 明细 rows; with `data.held`, the worker goes on once what it returns settles. */
  onRows?: (written: number) => void | Promise<void>;
  /** How much the response may hold unread (OUT_BACKLOG), and for how long it may take nothing past that (STALL_MS). */
  reader?: { backlogBytes: number; stallMs: number };
  /** Aborted: the export stops (the hall closes). */
  signal?: AbortSignal;
}

/**
 * Runs the export into `out` (ending it, or destroying it with the reason it stopped: `out` needs an
 * 'error' listener, as a piped response has); resolves with the 明细 rows.
 */
export function exportInWorker(run: ExportRun, out: Writable): Promise<number> {
  return new Promise((resolve, reject) => {
    if (out.destroyed || out.writableEnded) return reject(new Error('the export was cancelled (its reader went away)'));
    if (run.signal?.aborted) return reject(new Error('the hall closed'));
    const worker = new Worker(run.entry.file, { workerData: run.data, execArgv: run.entry.execArgv, resourceLimits: EXPORT_LIMITS });
    let settled = false;
    let stall: NodeJS.Timeout | undefined;
    const settle = () => {
      settled = true;
      clearTimeout(stall);
      out.off('close', readerGone);
      run.signal?.removeEventListener('abort', hallClosed);
      void worker.terminate(); // after 'done' too: every byte came before it
    };
    const fail = (error: Error) => {
      if (settled) return;
      settle();
      if (!out.destroyed) out.destroy(error);
      reject(error);
    };
    const readerGone = () => fail(new Error('the export was cancelled (its reader went away)'));
    const hallClosed = () => fail(new Error('the hall closed'));
    out.once('close', readerGone);
    run.signal?.addEventListener('abort', hallClosed);
    const tell = (message: ToExportWorker) => {
      if (!settled) worker.postMessage(message);
    };
    const { backlogBytes, stallMs } = run.reader ?? { backlogBytes: OUT_BACKLOG, stallMs: STALL_MS };
    worker.on('message', (message: FromExportWorker) => {
      if (settled) return;
      if (message.kind === 'bytes') {
        // Taken while the response holds less than OUT_BACKLOG: a reader's own small buffer (16 KB for
        // a socket or a file) would otherwise hold every message for a round trip to the disk or the wire.
        out.write(message.bytes);
        if (out.writableLength < backlogBytes || !out.writableNeedDrain) return tell('taken');
        stall = setTimeout(() => fail(new Error(`the export's reader took nothing for ${stallMs / 1000} s`)), stallMs);
        out.once('drain', () => {
          clearTimeout(stall);
          tell('taken');
        });
      } else if (message.kind === 'rows') {
        Promise.resolve()
          .then(() => run.onRows?.(message.written))
          .then(() => run.data.held && tell('go'), fail);
      } else if (out.destroyed) {
        readerGone();
      } else {
        settle();
        out.end();
        resolve(message.rows);
      }
    });
    worker.once('error', fail);
    worker.once('exit', (code) => fail(new Error(`the export's worker stopped before the end (exit code ${code})`)));
  });
}
