// The start-up check: the hall database passes PRAGMA quick_check before the hall uses it. A damaged
// file is refused with what to do: the newest good backup in the configured folder and the exact
// restore command (the damaged file is kept aside by the restore, never deleted).
import { join } from 'node:path';
import type { Db } from '../core/db';
import { newestGoodCopy } from './copies';
import { readBackupLocation, restoreCommand } from './location';
import { isCorruption, runCheck } from './verify';

export class DamagedDatabaseError extends Error {
  constructor(
    readonly file: string,
    readonly problem: string,
    /** The newest good backup, or null when none was found. */
    readonly newestBackup: string | null,
  ) {
    super(guidance(file, problem, newestBackup));
  }
}

function guidance(file: string, problem: string, newest: string | null): string {
  const dataDir = join(file, '..');
  const head = `the hall database ${file} is damaged (${problem}); Tongban will not open it.`;
  if (!newest) {
    return `${head} No good backup was found (no backup folder is configured, or it holds no verified copy): plug in the backup drive or find a copy, then run\n  ${restoreCommand('COPY.db', dataDir)}`;
  }
  return `${head} The newest good backup is ${newest}. Restore it (the damaged file is kept aside, never deleted) with\n  ${restoreCommand(newest, dataDir)}`;
}

function refuse(dataDir: string, problem: string): DamagedDatabaseError {
  const folder = readBackupLocation(dataDir);
  const newest = folder ? newestGoodCopy(folder) : null;
  return new DamagedDatabaseError(join(dataDir, 'tongban.db'), problem, newest?.path ?? null);
}

/** Opens the hall database through `open`, then quick_check; a damaged file becomes a DamagedDatabaseError. */
export function openCheckedDatabase(dataDir: string, open: () => Db): Db {
  let db: Db;
  try {
    db = open();
  } catch (error) {
    if (isCorruption(error)) throw refuse(dataDir, (error as Error).message);
    throw error;
  }
  let problem: string;
  try {
    problem = runCheck(db, 'quick_check');
  } catch (error) {
    db.close();
    if (isCorruption(error)) throw refuse(dataDir, (error as Error).message);
    throw error;
  }
  if (problem === 'ok') return db;
  db.close();
  throw refuse(dataDir, problem);
}
