// What the manager reads of the hall log (electron/log): lines newest first, a page at a time, and
// the files on disk. Plain data, JSON-safe.

/** Severity of a line, lowest first. */
export const logLineLevels = ['debug', 'info', 'warn', 'error', 'fatal'] as const;
export type LogLineLevel = (typeof logLineLevels)[number];

/** Where a line comes from. */
export const logSources = ['core', 'devices', 'sync', 'backup', 'server'] as const;
export type LogSource = (typeof logSources)[number];

export interface LogLineView {
  /** ISO time the line was written. */
  time: string;
  level: LogLineLevel;
  /** One of logSources; 'core' for a line that names none. */
  source: string;
  msg: string;
  /** The fault of an error line: its type, message and stack. */
  err?: { type?: string; message: string; stack?: string };
  /** The line's other structured fields (command, code, path, principal, day, …). */
  fields?: Record<string, unknown>;
  /** Where the line starts: pass it as `before` to read the lines older than this one. */
  at: string;
}

export interface LogFileView {
  /** e.g. hall.2026-12-01.3.log */
  name: string;
  size: number;
  /** ISO time of the last write. */
  modifiedAt: string;
  /** The file lines go to now (the newest). */
  current: boolean;
}

export interface LogPageView {
  /** Newest first. */
  lines: LogLineView[];
  /** The cursor for the next older page; null when the oldest kept line has been read. */
  next: string | null;
  /** Newest first. */
  files: LogFileView[];
}

export interface LogFileContent {
  name: string;
  size: number;
  /** The file's JSON lines; only its last 8 MiB when it is larger (then truncated is true). */
  text: string;
  truncated: boolean;
}
