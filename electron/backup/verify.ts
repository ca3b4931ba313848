// Checks a database file without changing it: opened read-only, PRAGMA integrity_check (or the
// quicker quick_check), its schema version, and whether it is a Tongban hall at all.
import Database from 'better-sqlite3';
import type { Db } from '../core/db';

export interface FileCheck {
  /** 'ok', or the first problems SQLite found (or why it could not read the file). */
  integrity: string;
  schemaVersion: number | null;
  isHall: boolean;
}

/** Error codes SQLite gives for a file that is damaged or not a database at all. */
export function isCorruption(error: unknown): boolean {
  const code = (error as { code?: unknown }).code;
  return typeof code === 'string' && (code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB');
}

/** Runs integrity_check or quick_check on an open database: 'ok' or the first few problems, joined. */
export function runCheck(db: Db, pragma: 'integrity_check' | 'quick_check'): string {
  const rows = db.pragma(`${pragma}(5)`) as Record<string, string>[];
  const problems = rows.map((row) => Object.values(row)[0]!);
  return problems.length === 1 && problems[0] === 'ok' ? 'ok' : problems.join('; ');
}

export function checkFile(file: string, pragma: 'integrity_check' | 'quick_check' = 'integrity_check'): FileCheck {
  let db: Db;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
  } catch (error) {
    return { integrity: `cannot open: ${(error as Error).message}`, schemaVersion: null, isHall: false };
  }
  try {
    const integrity = runCheck(db, pragma);
    const schemaVersion = db.pragma('user_version', { simple: true }) as number;
    const isHall = db.prepare("SELECT count(*) AS n FROM sqlite_master WHERE type = 'table' AND name IN ('tickets', 'settings')").get() as { n: number };
    return { integrity, schemaVersion, isHall: isHall.n === 2 };
  } catch (error) {
    return { integrity: (error as Error).message, schemaVersion: null, isHall: false };
  } finally {
    db.close();
  }
}
