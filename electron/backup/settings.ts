// The backup settings and the last run, stored in the hall database's settings table (validated on
// read: a hand-edited value turns backups off with a log line, never crashes the hall).
import { z } from 'zod';
import type { BackupRunView } from '../contract';
import type { Db } from '../core/db';

const config = z.object({ folder: z.string(), keep: z.number().int().min(1), time: z.string() });
export type BackupConfig = z.infer<typeof config>;

const run = z.object({ at: z.string(), ok: z.boolean(), error: z.string().nullable(), file: z.string().nullable(), manual: z.boolean() });

function read<T>(db: Db, key: string, schema: z.ZodType<T>, log: (message: string) => void): T | null {
  const row = db.prepare('SELECT value FROM settings WHERE key = ?').get(key) as { value: string } | undefined;
  if (!row) return null;
  let value: unknown;
  try {
    value = JSON.parse(row.value);
  } catch {
    value = undefined;
  }
  const parsed = schema.safeParse(value);
  if (!parsed.success) log(`the stored ${key} setting is unreadable; ignoring it`);
  return parsed.success ? parsed.data : null;
}

function write(db: Db, key: string, value: unknown): void {
  db.prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(key, JSON.stringify(value));
}

export const loadConfig = (db: Db, log: (m: string) => void) => read(db, 'backup', config, log);
export const storeConfig = (db: Db, value: BackupConfig) => write(db, 'backup', value);
export const loadLastRun = (db: Db, log: (m: string) => void): BackupRunView | null => read(db, 'backupLastRun', run, log);
export const storeLastRun = (db: Db, value: BackupRunView) => write(db, 'backupLastRun', value);
