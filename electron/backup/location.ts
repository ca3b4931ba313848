// Where the hall's backups are, kept beside the database as well as inside it: when the database
// is damaged, its own settings may be unreadable, and the refusal must still name the newest copy.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { writeFileAtomic } from './files';

export const LOCATION_FILE = 'backup-location.json';

export function writeBackupLocation(dataDir: string, folder: string): void {
  writeFileAtomic(join(dataDir, LOCATION_FILE), `${JSON.stringify({ folder })}\n`);
}

/** The configured backup folder: from the file beside the database, else from the database's settings. */
export function readBackupLocation(dataDir: string): string | null {
  try {
    const folder = (JSON.parse(readFileSync(join(dataDir, LOCATION_FILE), 'utf8')) as { folder?: unknown }).folder;
    if (typeof folder === 'string') return folder;
  } catch {
    // missing or unreadable: try the database
  }
  try {
    const db = new Database(join(dataDir, 'tongban.db'), { readonly: true, fileMustExist: true });
    try {
      const row = db.prepare("SELECT value FROM settings WHERE key = 'backup'").get() as { value: string } | undefined;
      const folder = row ? (JSON.parse(row.value) as { folder?: unknown }).folder : undefined;
      return typeof folder === 'string' ? folder : null;
    } finally {
      db.close();
    }
  } catch {
    return null;
  }
}

const quote = (path: string) => `"${path.replace(/"/g, '\\"')}"`;

/** The exact command that puts a copy back into a data folder (shown on the admin page and in refusals). */
export function restoreCommand(copy: string, dataDir: string): string {
  return `npm run restore -- --from ${quote(copy)} --data ${quote(dataDir)}`;
}
