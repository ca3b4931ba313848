// Commands of the hall log: the manager reads it a page at a time and downloads its files. Manager
// only: a clerk or device token gets 403 `forbidden`. The HTTP download of the raw file is
// `GET /api/log/download` (electron/server/log-routes.ts), on the same access rule.
import { z } from 'zod';
import { command } from './command-spec';
import type { LogFileContent, LogPageView } from './log-views';

/** The filter: this level and above. */
export const logFilterLevels = ['info', 'warn', 'error'] as const;
export type LogFilterLevel = (typeof logFilterLevels)[number];

/** The file names the hall log writes (pino-roll: base, day, number). */
export const logFileNamePattern = /^hall\.\d{4}-\d{2}-\d{2}\.\d{1,6}\.log$/;
/** A page cursor: file name, '@', byte offset. */
export const logCursorPattern = /^hall\.\d{4}-\d{2}-\d{2}\.\d{1,6}\.log@\d{1,12}$/;

export const logCommands = {
  'log.tail': command<LogPageView>()(
    ['admin'],
    z.strictObject({
      level: z.enum(logFilterLevels).default('info'),
      // Over HTTP the query string carries text: "100" is read as a number.
      limit: z.coerce.number().int().min(1).max(500).default(100),
      before: z.string().regex(logCursorPattern, 'a cursor from a previous page').optional(),
    }),
  ),
  'log.file': command<LogFileContent>()(['admin'], z.strictObject({ name: z.string().regex(logFileNamePattern, 'a file name from the log page').optional() })),
} as const;
