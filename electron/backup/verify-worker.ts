// integrity_check of a copy on a worker thread: on a year-sized database it reads every page for
// seconds, and the hall must keep answering meanwhile ("back up now" runs in opening hours). The
// worker loads the same better-sqlite3 the hall uses (resolved here, passed by path).
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import type { FileCheck } from './verify';

const workerSource = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.module);
let result;
try {
  const db = new Database(workerData.file, { readonly: true, fileMustExist: true });
  try {
    const problems = db.pragma('integrity_check(5)').map((row) => Object.values(row)[0]);
    const integrity = problems.length === 1 && problems[0] === 'ok' ? 'ok' : problems.join('; ');
    const schemaVersion = db.pragma('user_version', { simple: true });
    const n = db.prepare("SELECT count(*) AS n FROM sqlite_master WHERE type = 'table' AND name IN ('tickets', 'settings')").get().n;
    result = { integrity, schemaVersion, isHall: n === 2 };
  } finally {
    db.close();
  }
} catch (error) {
  result = { integrity: String(error && error.message), schemaVersion: null, isHall: false };
}
parentPort.postMessage(result);
`;

export function checkFileInWorker(file: string): Promise<FileCheck> {
  const module = createRequire(import.meta.url).resolve('better-sqlite3');
  return new Promise((resolve, reject) => {
    const worker = new Worker(workerSource, { eval: true, workerData: { file, module } });
    worker.once('message', (result: FileCheck) => resolve(result));
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (code !== 0) reject(new Error(`the verification worker stopped with code ${code}`));
    });
  });
}
