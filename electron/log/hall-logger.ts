// The logger the hall core is given. It is the core's familiar callback `log(message, error?)` (so
// every existing call keeps working: with an error it is an error line, without one a warning) and
// also has info / warn / error for lines of a chosen level, and child(source) for another part of
// the hall (devices, sync, backup, server). Writing a line never throws: the log must never take the
// hall down. No pino here: the file log (file-log.ts) builds one of these around pino.
import { inspect } from 'node:util';
import type { LogSource } from '../contract';

export type { LogSource } from '../contract';

/** Structured fields of a line (command, code, path, principal, day, …); never PINs, tokens or residents' text. */
export type LogFields = Record<string, unknown>;

/** The callback form used across the core and the device layer. */
export type LogCallback = (message: string, error?: unknown) => void;

export interface HallLogger extends LogCallback {
  info(message: string, fields?: LogFields): void;
  warn(message: string, fields?: LogFields): void;
  error(message: string, error?: unknown, fields?: LogFields): void;
  /** The same log, its lines tagged with another source. */
  child(source: LogSource): HallLogger;
  /** The folder of the log files, or null when the lines go elsewhere (console, a test's callback). */
  readonly dir: string | null;
}

/** Where a logger's lines go: one call per line. */
export type LineSink = (level: 'info' | 'warn' | 'error', source: LogSource, message: string, fields: LogFields | undefined, error: unknown) => void;

export function isHallLogger(log: unknown): log is HallLogger {
  return typeof log === 'function' && typeof (log as Partial<HallLogger>).child === 'function';
}

/** A HallLogger over a sink; the sink's own failures are swallowed (a lost line, never a crash). */
export function loggerOver(sink: LineSink, dir: string | null, source: LogSource = 'core'): HallLogger {
  const line: LineSink = (...args) => {
    try {
      sink(...args);
    } catch {
      // a log write must never take the hall down
    }
  };
  const callback: LogCallback = (message, error) => line(error === undefined ? 'warn' : 'error', source, message, undefined, error);
  return Object.assign(callback, {
    info: (message: string, fields?: LogFields) => line('info', source, message, fields, undefined),
    warn: (message: string, fields?: LogFields) => line('warn', source, message, fields, undefined),
    error: (message: string, error?: unknown, fields?: LogFields) => line('error', source, message, fields, error),
    child: (next: LogSource) => loggerOver(sink, dir, next),
    dir,
  });
}

/** Lines on the console, `[source] message` (tests, and where no file log is open). */
export function consoleLogger(): HallLogger {
  return loggerOver((level, source, message, fields, error) => {
    const text = `[${source}] ${message}${fields ? ` ${inspect(fields, { breakLength: Infinity })}` : ''}`;
    if (level === 'info') console.log(text);
    else console.error(text, error ?? '');
  }, null);
}

/** Wraps a plain callback (what tests and older callers pass) as a HallLogger: every line goes to it. */
export function callbackLogger(callback: LogCallback): HallLogger {
  return loggerOver((_level, _source, message, _fields, error) => callback(message, error), null);
}

/** What openHall accepts: a HallLogger as is, a callback wrapped, nothing as the console. */
export function asHallLogger(log: LogCallback | HallLogger | undefined): HallLogger {
  if (log === undefined) return consoleLogger();
  return isHallLogger(log) ? log : callbackLogger(log);
}

/** An error as plain fields for a JSON line: an Error keeps its type, message and stack; anything else its text. */
export function errorFields(error: unknown): { type: string; message: string; stack?: string; cause?: string } {
  if (error instanceof Error) {
    const cause = error.cause === undefined ? {} : { cause: errorFields(error.cause).message };
    // A subclass that keeps name 'Error' (HallSetupError, HallFault) is named by its class.
    const type = error.name === 'Error' ? error.constructor.name : error.name;
    return { type, message: error.message, ...(error.stack ? { stack: error.stack } : {}), ...cause };
  }
  return { type: typeof error, message: typeof error === 'string' ? error : inspect(error, { depth: 3, breakLength: Infinity }) };
}
