// One backup: SQLite's online backup of the live database into a temp file in the backup folder
// (a step of pages at a time, the hall answering between steps), made self-contained (rollback
// journal, no -wal beside it), verified read-only with integrity_check on a worker thread, flushed,
// then renamed to its final name. A copy under a final name is therefore always whole and verified.
import { rmSync, renameSync, statSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { Db } from '../core/db';
import type { CopyRecord } from './copies';
import { copyName } from './copies';
import { fsyncDir, fsyncFileAsync } from './files';
import { checkFileInWorker } from './verify-worker';

export interface BackupProgress {
  totalPages: number;
  remainingPages: number;
}

export interface TakeOptions {
  /** Pages copied per step; between steps the event loop runs (the hall keeps answering). */
  pagesPerStep?: number;
  /** Called between steps (tests issue tickets here to interleave with the backup). */
  onStep?: (progress: BackupProgress) => void;
}

export async function takeBackup(db: Db, folder: string, now: number, options: TakeOptions = {}): Promise<CopyRecord> {
  const file = copyName(folder, now);
  const temp = join(folder, `.${file}.partial`);
  const clean = () => {
    for (const suffix of ['', '-journal', '-wal', '-shm']) rmSync(temp + suffix, { force: true });
  };
  clean();
  try {
    await db.backup(temp, {
      progress: (progress) => {
        options.onStep?.(progress);
        return options.pagesPerStep ?? 256;
      },
    });
    // The copy carries the live database's WAL flag: switch it to a plain file that opens anywhere.
    const copy = new Database(temp);
    try {
      copy.pragma('journal_mode = DELETE');
    } finally {
      copy.close();
    }
    const check = await checkFileInWorker(temp);
    if (check.integrity !== 'ok') throw new Error(`the copy failed its integrity check: ${check.integrity}`);
    await fsyncFileAsync(temp);
    renameSync(temp, join(folder, file));
    fsyncDir(folder);
    return { file, takenAt: now, size: statSync(join(folder, file)).size, integrity: check.integrity, schemaVersion: check.schemaVersion ?? 0 };
  } catch (error) {
    clean();
    throw error;
  }
}
