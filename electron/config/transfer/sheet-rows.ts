// The rows of a catalogue sheet as text cells, numbered as the office sees them (row 1 is the first
// line). CSV: UTF-8 (with or without BOM) when the bytes are valid UTF-8, else GBK/GB18030 as Excel
// saves a CSV on a Chinese Windows (iconv-lite), parsed by csv-parse. xlsx: the first worksheet, read
// by exceljs; its reader is asynchronous only, and the hall's commands answer synchronously, so it runs
// in a worker thread that this thread waits for (bounded by the upload's size and a deadline).
import { createRequire } from 'node:module';
import { MessageChannel, receiveMessageOnPort, Worker } from 'node:worker_threads';
import { parse } from 'csv-parse/sync';
import iconv from 'iconv-lite';
import { HallFault } from '../../contract';

export interface SheetRow {
  /** 1-based, as the office's spreadsheet numbers it. */
  row: number;
  cells: string[];
}

const XLSX_DEADLINE_MS = 20_000;

export function decodeCsvText(bytes: Buffer): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return bytes.subarray(3).toString('utf8');
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return iconv.decode(bytes, 'gb18030');
  }
}

export function csvRows(bytes: Buffer): SheetRow[] {
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(decodeCsvText(bytes), { relax_column_count: true, skip_empty_lines: true, info: true, trim: true }) as unknown as typeof records;
  } catch (error) {
    const line = (error as { lines?: number }).lines;
    throw new HallFault('bad_request', `${line ? `row ${line}: ` : ''}not a readable CSV file (${(error as Error).message})`, line ? `rows[${line}]` : 'data');
  }
  return records.map((r) => ({ row: r.info.lines, cells: r.record }));
}

// CommonJS run by the worker (eval): reads the first worksheet's cells as the text Excel shows.
const WORKER = `
const { workerData } = require('node:worker_threads');
const done = (message) => { workerData.port.postMessage(message); Atomics.store(workerData.flag, 0, 1); Atomics.notify(workerData.flag, 0); };
(async () => {
  const ExcelJS = require(workerData.exceljs); // inside: a failure to load still answers
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(Buffer.from(workerData.data));
  const sheet = book.worksheets[0];
  const rows = [];
  if (sheet) sheet.eachRow((row, number) => {
    const cells = [];
    row.eachCell({ includeEmpty: true }, (cell, col) => { cells[col - 1] = String(cell.text ?? '').trim(); });
    rows.push({ row: number, cells: Array.from(cells, (c) => c ?? '') });
  });
  done({ rows });
})().catch((error) => done({ error: String(error && error.message || error) }));
`;

export function xlsxRows(bytes: Buffer): SheetRow[] {
  const flag = new Int32Array(new SharedArrayBuffer(4));
  const { port1, port2 } = new MessageChannel();
  const exceljs = createRequire(import.meta.url).resolve('exceljs');
  const worker = new Worker(WORKER, { eval: true, workerData: { exceljs, data: bytes, flag, port: port2 }, transferList: [port2] });
  try {
    const woke = Atomics.wait(flag, 0, 0, XLSX_DEADLINE_MS);
    const message = receiveMessageOnPort(port1)?.message as { rows?: SheetRow[]; error?: string } | undefined;
    if (woke === 'timed-out' || !message) throw new HallFault('bad_request', 'data: the xlsx file took too long to read', 'data');
    if (message.error !== undefined || !message.rows) throw new HallFault('bad_request', `data: not a readable xlsx file (${message.error})`, 'data');
    return message.rows;
  } finally {
    port1.close();
    void worker.terminate();
  }
}
