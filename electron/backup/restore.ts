// Puts a backup copy in place as the hall database: the copy is checked first (integrity_check, a
// Tongban hall, a schema this Tongban knows), the hall must not be running on the folder, and the
// current tongban.db (with its -wal and -shm) is moved aside under a timestamped name, never
// deleted. Returns the lines that say what was done.
import { copyFileSync, existsSync, mkdirSync, renameSync } from 'node:fs';
import { join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { latestVersion } from '../core/hall-database';
import { fsyncDir, fsyncFile } from './files';
import { checkFile } from './verify';

export class RestoreError extends Error {}

/**
 * Whether a Tongban process has the database open: an open connection holds a lock on it in WAL mode,
 * so an exclusive lock is refused at once (no waiting) while the hall runs.
 */
export function hallIsRunning(file: string): boolean {
  if (!existsSync(file)) return false;
  const db = new Database(file, { timeout: 0, fileMustExist: true });
  try {
    db.pragma('locking_mode = EXCLUSIVE');
    db.exec('BEGIN EXCLUSIVE');
    db.exec('COMMIT');
    return false;
  } catch (error) {
    return (error as { code?: string }).code === 'SQLITE_BUSY';
  } finally {
    db.close();
  }
}

const stampOf = (ms: number) => new Date(ms).toISOString().replace(/[-:]/g, '').replace('T', '-').slice(0, 15);

export function restoreCopy(options: { from: string; dataDir: string; now?: number }): string[] {
  const from = resolve(options.from);
  const dataDir = resolve(options.dataDir);
  const lines: string[] = [];
  if (!existsSync(from)) throw new RestoreError(`no such file: ${from}`);
  const check = checkFile(from, 'integrity_check');
  if (check.integrity !== 'ok') throw new RestoreError(`${from} failed its integrity check (${check.integrity}); choose another copy`);
  if (!check.isHall) throw new RestoreError(`${from} is not a Tongban hall database`);
  if ((check.schemaVersion ?? 0) > latestVersion) {
    throw new RestoreError(`${from} has schema version ${check.schemaVersion}, newer than this Tongban (knows up to ${latestVersion}); update Tongban first`);
  }
  lines.push(`checked ${from}: integrity ok, schema version ${check.schemaVersion}`);

  mkdirSync(dataDir, { recursive: true });
  const live = join(dataDir, 'tongban.db');
  if (hallIsRunning(live)) throw new RestoreError(`the hall is running on ${dataDir}: stop Tongban first, then run the restore again`);

  if (existsSync(live)) {
    const stamp = stampOf(options.now ?? Date.now());
    let aside = join(dataDir, `tongban.before-restore-${stamp}.db`);
    for (let n = 2; existsSync(aside); n++) aside = join(dataDir, `tongban.before-restore-${stamp}-${n}.db`);
    for (const suffix of ['', '-wal', '-shm']) {
      if (!existsSync(live + suffix)) continue;
      renameSync(live + suffix, aside + suffix);
      lines.push(`moved ${live + suffix} aside to ${aside + suffix} (kept, not deleted)`);
    }
  }
  const temp = join(dataDir, '.tongban.db.restoring');
  copyFileSync(from, temp);
  fsyncFile(temp);
  renameSync(temp, live);
  fsyncDir(dataDir);
  lines.push(`restored ${from} as ${live}; start Tongban to use it`);
  return lines;
}
