// The xlsx export's worker thread (started by export-thread.ts): the workbook written from a read
// snapshot of its own into a stream whose bytes go to the hall's thread (export-protocol.ts). Off the
// hall's thread, a year's export takes none of the hall's event loop, and its heap is capped by the
// worker's resource limits: an export that would need more fails alone.
import { Writable } from 'node:stream';
import { finished } from 'node:stream/promises';
import { parentPort, workerData } from 'node:worker_threads';
import { openReadSnapshot } from '../core/db';
import type { ExportWorkerData, FromExportWorker, ToExportWorker } from './export-protocol';
import { writeReportXlsx } from './report-xlsx';

const port = parentPort!;
const data = workerData as ExportWorkerData;
const waiting: Record<ToExportWorker, (() => void)[]> = { taken: [], go: [] };
const onMessage = (message: ToExportWorker) => waiting[message].shift()?.();
port.on('message', onMessage);
const answer = (message: ToExportWorker) => new Promise<void>((resolve) => waiting[message].push(resolve));
const post = (message: FromExportWorker, transfer: ArrayBuffer[] = []) => port.postMessage(message, transfer);

/** The zip's output, coalesced (writev) into one message per round trip, each copied into a buffer of its own to hand over. */
const toHall = new Writable({
  highWaterMark: 2 ** 20,
  writev(chunks, callback) {
    const bytes = new Uint8Array(chunks.reduce((n, c) => n + (c.chunk as Buffer).length, 0));
    let at = 0;
    for (const { chunk } of chunks) {
      bytes.set(chunk as Buffer, at);
      at += (chunk as Buffer).length;
    }
    post({ kind: 'bytes', bytes }, [bytes.buffer]);
    answer('taken').then(() => callback(), callback);
  },
});

const snapshot = openReadSnapshot(data.file); // the moment the export shows
// SQLite's own default page cache (2 MB), not better-sqlite3's 16 MB: the export reads each page once, in order.
snapshot.reader.pragma('cache_size = -2000');
try {
  const rows = await writeReportXlsx(snapshot.reader, data.query, toHall, {
    chunkRows: data.chunkRows,
    onRows(written) {
      post({ kind: 'rows', written });
      return data.held ? answer('go') : undefined;
    },
  });
  await finished(toHall);
  post({ kind: 'done', rows });
} finally {
  snapshot.close();
  port.off('message', onMessage); // the port no longer keeps the worker alive: it exits
}
