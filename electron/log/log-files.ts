// The files of the hall log in DATA/logs, as the manager sees them: listed newest first (by day,
// then number: pino-roll's hall.<day>.<n>.log) and read whole for a download. Synchronous and
// bounded: a file read for a download is at most MAX_DOWNLOAD_BYTES.
import { closeSync, openSync, readdirSync, readSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { HallFault, logFileNamePattern, type LogFileContent, type LogFileView } from '../contract';

export const MAX_DOWNLOAD_BYTES = 8 * 1024 * 1024;

/** Sort key of a log file name: day, then number, so hall.…2.log comes before hall.…10.log. */
function sortKey(name: string): [string, number] {
  const [, day = '', n = '0'] = /^hall\.(\d{4}-\d{2}-\d{2})\.(\d+)\.log$/.exec(name) ?? [];
  return [day, Number(n)];
}

/** Positive when a is newer than b. */
export function compareLogNames(a: string, b: string): number {
  const [dayA, nA] = sortKey(a);
  const [dayB, nB] = sortKey(b);
  return dayA === dayB ? nA - nB : dayA < dayB ? -1 : 1;
}

export function listLogFiles(dir: string): LogFileView[] {
  let names: string[];
  try {
    names = readdirSync(dir).filter((n) => logFileNamePattern.test(n));
  } catch {
    return []; // no log folder (yet): no files
  }
  const files = names.flatMap((name) => {
    try {
      const s = statSync(join(dir, name));
      return [{ name, size: s.size, modifiedAt: s.mtime.toISOString(), current: false }];
    } catch {
      return []; // removed by a rotation meanwhile
    }
  });
  files.sort((a, b) => compareLogNames(b.name, a.name));
  if (files[0]) files[0].current = true;
  return files;
}

/** Bytes [start, end) of a file. */
export function readRange(path: string, start: number, end: number): Buffer {
  const fd = openSync(path, 'r');
  try {
    const buf = Buffer.alloc(end - start);
    let got = 0;
    while (got < buf.length) {
      const n = readSync(fd, buf, got, buf.length - got, start + got);
      if (n === 0) break;
      got += n;
    }
    return buf.subarray(0, got);
  } finally {
    closeSync(fd);
  }
}

/** One file (default: the current one), whole, or its last MAX_DOWNLOAD_BYTES from a line start. */
export function readLogFile(dir: string, name?: string): LogFileContent {
  const files = listLogFiles(dir);
  const file = name === undefined ? files[0] : files.find((f) => f.name === name);
  if (!file) throw new HallFault('not_found', name === undefined ? 'the hall log has no file yet' : `no such log file: ${name}`, 'name');
  const start = Math.max(0, file.size - MAX_DOWNLOAD_BYTES);
  let buf = readRange(join(dir, file.name), start, file.size);
  if (start > 0) buf = buf.subarray(buf.indexOf(0x0a) + 1);
  return { name: file.name, size: file.size, text: buf.toString('utf8'), truncated: start > 0 };
}
