// The hall log on disk: JSON lines (time, level, source, msg, err with its stack, fields) written by
// pino into DATA/logs/hall.<day>.<n>.log, rotated by pino-roll every day and whenever a file reaches
// maxBytes, at most `keep` files kept. Writes are asynchronous (never block the hall); a failing
// disk loses lines, never the hall: write errors are counted and said once on stderr, and lines
// beyond 1 MiB waiting for a stuck disk are dropped. close() flushes (a normal stop loses nothing);
// at an abrupt process.exit a last synchronous flush is tried; a power cut may lose the last lines.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import pino from 'pino';
import roll from 'pino-roll';
import { consoleLogger, errorFields, loggerOver, type HallLogger, type LineSink } from './hall-logger';

export interface FileLogOptions {
  /** The hall's data folder: the log lives in its logs/ folder. */
  dataDir: string;
  /** Rotate when the current file reaches this size (default 5 MiB). */
  maxBytes?: number;
  /** Files kept, the current one included (default 15). */
  keep?: number;
  /** Also print warnings and errors on stderr (`npm run serve`, the Electron app's console). */
  echo?: boolean;
}

export interface FileLogStats {
  /** Write errors (full disk, lost folder) since the start. */
  errors: number;
  /** Lines dropped because the disk did not take them. */
  dropped: number;
}

export interface FileLog {
  logger: HallLogger;
  dir: string;
  /** The file the lines go to now. */
  currentFile(): string;
  /** Resolves once every line logged so far has been handed to the disk (or dropped). */
  flush(): Promise<void>;
  /** Writes what is pending, closes the file; never hangs longer than a few seconds on a dead disk. */
  close(): Promise<void>;
  /** After each rotation: the new file is open and the old ones beyond `keep` are removed. */
  onRotated(listener: () => void): () => void;
  stats(): FileLogStats;
}

export const LOG_DEFAULTS = { maxBytes: 5 * 1024 * 1024, keep: 15 };
const MAX_PENDING_BYTES = 1024 * 1024;
const CLOSE_DEADLINE_MS = 3000;

export function logDirOf(dataDir: string): string {
  return join(dataDir, 'logs');
}

/** A log folder that cannot be made (a file in its place, no rights): the lines go to the console. */
function consoleOnly(dir: string, error: unknown): FileLog {
  console.error(`tongban: the hall log cannot be opened in ${dir} (${(error as Error).message}); logging to the console only`);
  const logger = consoleLogger();
  return {
    logger,
    dir,
    currentFile: () => '',
    flush: async () => {},
    close: async () => {},
    onRotated: () => () => {},
    stats: () => ({ errors: 1, dropped: 0 }),
  };
}

export async function openFileLog(options: FileLogOptions): Promise<FileLog> {
  const dir = logDirOf(options.dataDir);
  try {
    mkdirSync(dir, { recursive: true });
  } catch (error) {
    return consoleOnly(dir, error);
  }
  const stream = await roll({
    file: join(dir, 'hall'),
    extension: '.log',
    frequency: 'daily',
    dateFormat: 'yyyy-MM-dd',
    size: `${options.maxBytes ?? LOG_DEFAULTS.maxBytes}b`,
    // pino-roll prunes before the new file is open: `count` old files stay beside the current one.
    // removeOtherLogFiles: earlier runs' files count too.
    limit: { count: Math.max(1, (options.keep ?? LOG_DEFAULTS.keep) - 1), removeOtherLogFiles: true },
    mkdir: true,
    sync: false,
    maxLength: MAX_PENDING_BYTES,
  });

  const stats: FileLogStats = { errors: 0, dropped: 0 };
  let failing = false;
  let handed = 0;
  let done = 0;
  let waiters: Array<() => void> = [];
  const settle = () => {
    if (done < handed) return;
    const ready = waiters;
    waiters = [];
    for (const w of ready) w();
  };
  // An 'error' without a listener would crash the process: this listener is there before any write.
  stream.on('error', (error: Error) => {
    stats.errors += 1;
    if (!failing) console.error(`tongban: the hall log cannot be written (${error.message}); the hall goes on, further errors are counted`);
    failing = true;
    done = handed; // what was pending will come later or never: nobody waits for it
    settle();
  });
  stream.on('write', (bytes: number) => {
    failing = false;
    done = Math.min(handed, done + bytes);
    settle();
  });
  stream.on('drop', (data: string) => {
    stats.dropped += 1;
    done += Buffer.byteLength(data);
    settle();
  });

  // The file is open (or known unwritable) before the first line: the hall then starts either way.
  await new Promise<void>((resolve) => {
    stream.once('ready', resolve);
    stream.once('error', () => resolve());
  });

  const root = pino(
    {
      level: 'info',
      base: { pid: process.pid },
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
      // err is already plain fields (errorFields): pino's own serializer would call it an Object.
      serializers: { err: (err: unknown) => err },
      // A safety net: a field by one of these names never reaches the file.
      redact: { paths: ['pin', 'token', 'secret', '*.pin', '*.token', '*.secret'], censor: '[redacted]' },
    },
    {
      write(line: string) {
        handed += Buffer.byteLength(line);
        stream.write(line);
      },
    },
  );
  const sink: LineSink = (level, source, message, fields, error) => {
    const line = { source, ...fields, ...(error === undefined ? {} : { err: errorFields(error) }) };
    root[level](line, message);
    if (options.echo && level !== 'info') console.error(`[${source}] ${message}`, error ?? '');
  };

  const exitFlush = () => {
    try {
      stream.flushSync();
    } catch {
      // closed already, or the disk refuses: nothing more to do at exit
    }
  };
  process.on('exit', exitFlush);

  let closing: Promise<void> | null = null;
  return {
    logger: loggerOver(sink, dir),
    dir,
    currentFile: () => (stream as unknown as { file?: string }).file ?? '',
    flush: () =>
      new Promise<void>((resolve) => {
        waiters.push(resolve);
        settle();
      }),
    close() {
      closing ??= new Promise<void>((resolve) => {
        process.off('exit', exitFlush);
        const finished = () => {
          clearTimeout(deadline);
          resolve();
        };
        // A dead disk never finishes the last write: give up after a while and close the file anyway.
        const deadline = setTimeout(() => {
          stream.destroy();
          resolve();
        }, CLOSE_DEADLINE_MS);
        deadline.unref();
        stream.once('close', finished);
        stream.once('error', () => stream.destroy());
        try {
          stream.end();
        } catch {
          finished();
        }
      });
      return closing;
    },
    onRotated(listener) {
      stream.on('cleanup-complete', listener);
      return () => stream.off('cleanup-complete', listener);
    },
    stats: () => ({ ...stats }),
  };
}
