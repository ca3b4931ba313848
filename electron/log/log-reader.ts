// The manager's page of the hall log: the newest lines at or above a level, `limit` at a time, read
// backwards from the end of the newest file (or from a cursor) into older files. Each request reads
// at most SCAN_BUDGET bytes, so a rare filter over full files answers at once with what it found and
// a cursor to go on: reading the log never stalls the hall.
import { join } from 'node:path';
import { logLineLevels, type LogFileView, type LogFilterLevel, type LogLineLevel, type LogLineView, type LogPageView } from '../contract';
import { compareLogNames, listLogFiles, readRange } from './log-files';

export const SCAN_BUDGET = 1024 * 1024;
const CHUNK = 64 * 1024;
const NUMERIC_LEVELS: Record<number, LogLineLevel> = { 20: 'debug', 30: 'info', 40: 'warn', 50: 'error', 60: 'fatal' };
const KNOWN = new Set(['time', 'level', 'source', 'msg', 'err', 'pid', 'hostname']);

export interface LogQuery {
  level: LogFilterLevel;
  limit: number;
  before?: string | undefined;
}

const rank = (level: LogLineLevel) => logLineLevels.indexOf(level);

/** A stored line as the page shows it; null for a torn or foreign line (skipped). */
export function parseLine(text: string, at: string): LogLineView | null {
  let raw: Record<string, unknown>;
  try {
    raw = JSON.parse(text) as Record<string, unknown>;
  } catch {
    return null;
  }
  if (!raw || typeof raw !== 'object' || typeof raw.msg !== 'string') return null;
  const level =
    typeof raw.level === 'number'
      ? NUMERIC_LEVELS[raw.level]
      : (logLineLevels as readonly unknown[]).includes(raw.level)
        ? (raw.level as LogLineLevel)
        : undefined;
  if (!level) return null;
  const fields = Object.fromEntries(Object.entries(raw).filter(([k]) => !KNOWN.has(k)));
  const line: LogLineView = { time: String(raw.time ?? ''), level, source: typeof raw.source === 'string' ? raw.source : 'core', msg: raw.msg, at };
  if (raw.err && typeof raw.err === 'object') line.err = raw.err as LogLineView['err'];
  if (Object.keys(fields).length > 0) line.fields = fields;
  return line;
}

/** Where a page starts: the file index and the byte offset to read backwards from. */
function startOf(files: LogFileView[], before: string | undefined): { index: number; offset: number } {
  if (!before) return { index: 0, offset: files[0]?.size ?? 0 };
  const at = before.lastIndexOf('@');
  const name = before.slice(0, at);
  const offset = Number(before.slice(at + 1));
  const index = files.findIndex((f) => f.name === name);
  if (index >= 0) return offset > 0 ? { index, offset: Math.min(offset, files[index]!.size) } : { index: index + 1, offset: files[index + 1]?.size ?? 0 };
  // The file was rotated away meanwhile: go on with the newest file older than it.
  const older = files.findIndex((f) => compareLogNames(f.name, name) < 0);
  return older < 0 ? { index: files.length, offset: 0 } : { index: older, offset: files[older]!.size };
}

/** Reads lines backwards from `from` in one file until `lines` holds `limit` or `budget` bytes are read; returns where it stopped. */
function scanFile(path: string, name: string, from: number, query: LogQuery, budget: number, lines: LogLineView[]): { pos: number; spent: number } {
  const min = rank(query.level);
  let pos = from;
  let span = CHUNK;
  let spent = 0;
  while (pos > 0 && lines.length < query.limit && spent < budget) {
    const start = Math.max(0, pos - span);
    const buf = readRange(path, start, pos);
    spent += buf.length;
    let lineEnd = buf.length;
    let moved = false;
    while (lines.length < query.limit) {
      // The newline that ends the line before this one (the byte at lineEnd - 1 ends this one).
      const cut = lineEnd >= 2 ? buf.lastIndexOf(0x0a, lineEnd - 2) : -1;
      if (cut < 0 && start > 0) break; // this line began before the chunk: read further back
      const lineStart = cut + 1;
      const text = buf.subarray(lineStart, lineEnd).toString('utf8').trim();
      // Lines below the filter are skipped unparsed (pino writes "level":"…" near the start).
      const shown = /"level":"(\w+)"/.exec(text.slice(0, 120))?.[1];
      const below = shown !== undefined && rank(shown as LogLineLevel) < min;
      const line = text && !below ? parseLine(text, `${name}@${start + lineStart}`) : null;
      if (line && rank(line.level) >= min) lines.push(line);
      pos = start + lineStart;
      lineEnd = lineStart;
      moved = true;
      if (lineStart === 0) break;
    }
    // A line longer than the chunk: read twice as far back next time.
    span = moved ? CHUNK : span * 2;
  }
  return { pos, spent };
}

export function readLogPage(dir: string, query: LogQuery): LogPageView {
  const files = listLogFiles(dir);
  const lines: LogLineView[] = [];
  let { index, offset } = startOf(files, query.before);
  let spent = 0;
  let next: string | null = null;
  while (index < files.length) {
    const file = files[index]!;
    const scan = scanFile(join(dir, file.name), file.name, offset, query, SCAN_BUDGET - spent, lines);
    spent += scan.spent;
    if (scan.pos > 0) {
      next = `${file.name}@${scan.pos}`;
      break;
    }
    index += 1;
    offset = files[index]?.size ?? 0;
    if (lines.length >= query.limit || spent >= SCAN_BUDGET) {
      next = index < files.length ? `${file.name}@0` : null;
      break;
    }
  }
  return { lines, next, files };
}
