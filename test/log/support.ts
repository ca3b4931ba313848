// Helpers for the hall-log tests: the real file log in a test hall's data folder, and its lines as
// parsed JSON (after a flush, the positive signal that everything logged so far reached the file).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { logFileNamePattern } from '../../electron/contract';
import { openInspectableHall } from '../../electron/core/inspectable-hall';
import { openFileLog, type FileLog, type FileLogOptions } from '../../electron/log/file-log';
import { compareLogNames } from '../../electron/log/log-files';
import type { TestHall } from '../support/hall';

export type Line = {
  time: string;
  level: string;
  source: string;
  msg: string;
  err?: { type: string; message: string; stack?: string };
  [key: string]: unknown;
};

/** The log files in a folder, oldest first. */
export function logFiles(dir: string): string[] {
  return readdirSync(dir)
    .filter((n) => logFileNamePattern.test(n))
    .sort(compareLogNames);
}

/** Every line of every file, oldest first. */
export function readLines(dir: string): Line[] {
  return logFiles(dir).flatMap((name) =>
    readFileSync(join(dir, name), 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l) as Line),
  );
}

export interface LoggedHall {
  fileLog: FileLog;
  /** Flushes, then every line so far. */
  lines(): Promise<Line[]>;
}

const opened: FileLog[] = [];

/** Closes every file log withFileLog opened (afterEach). */
export async function closeFileLogs(): Promise<void> {
  await Promise.all(opened.splice(0).map((f) => f.close()));
}

/** Reopens a test hall on the same data folder with the real file log (the test's cleanup closes it). */
export async function withFileLog(t: TestHall, options: Partial<FileLogOptions> = {}): Promise<LoggedHall> {
  const fileLog = await openFileLog({ dataDir: t.dataDir, ...options });
  opened.push(fileLog);
  t.hall.close();
  t.hall = openInspectableHall({ dataDir: t.dataDir, demo: true, clock: t.clock, log: fileLog.logger });
  return {
    fileLog,
    async lines() {
      await fileLog.flush();
      return readLines(fileLog.dir);
    },
  };
}
