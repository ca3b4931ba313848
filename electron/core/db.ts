// Opens a SQLite file: WAL, foreign keys, synchronous FULL, and forward-only migrations in one transaction.
import Database from 'better-sqlite3';
import { migrate, NewerDatabaseError, type Migration } from '../shared/migrate';

export { migrate, NewerDatabaseError } from '../shared/migrate';

export type Db = Database.Database;

/** Opens (creating) a database and brings it to the last of `migrations` (the hall's: hall-database.ts). */
export function openDatabase(file: string, migrations: readonly Migration[]): Db {
  const latestVersion = migrations.at(-1)?.version ?? 0;
  const db = new Database(file);
  try {
    // Refuse a newer database before changing anything in it, its journal mode included.
    const found = db.pragma('user_version', { simple: true }) as number;
    if (found > latestVersion) throw new NewerDatabaseError(found, latestVersion);
    // Wait for a lock (another Tongban process, a backup) rather than fail at once, the WAL switch included.
    db.pragma('busy_timeout = 5000');
    db.pragma('journal_mode = WAL');
    // FULL in WAL mode: every commit syncs the WAL (fdatasync) before it returns, so an answer sent
    // after a commit is on stable storage ("acknowledged means durable"; NORMAL may lose the last
    // commits at a power cut, and the hall would then issue the same number twice).
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    migrate(db, migrations);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

/**
 * A read-only connection to the same file, in one read transaction: a snapshot for one long read (a
 * report, an export). The hall's own connection stays free for writes while the read waits between its
 * steps (better-sqlite3 refuses a write on a connection with an open iterator), every statement of the
 * read sees the same moment, and writers go on meanwhile (WAL). `close` ends the read.
 */
export function openReadSnapshot(file: string): { reader: Db; close(): void } {
  const reader = new Database(file, { readonly: true, fileMustExist: true });
  try {
    reader.pragma('busy_timeout = 5000');
    reader.exec('BEGIN');
    reader.prepare('SELECT count(*) FROM sqlite_schema').pluck().get(); // the snapshot is taken at the first read: now
  } catch (error) {
    reader.close();
    throw error;
  }
  return { reader, close: () => reader.close() }; // a read transaction has nothing to commit
}

/**
 * Prepared statements cached by their SQL text: better-sqlite3 compiles on every prepare(), and the
 * engine runs the same few statements thousands of times a day.
 */
export function statementCache(db: Db): (sql: string) => Database.Statement {
  const cache = new Map<string, Database.Statement>();
  return (sql) => {
    let statement = cache.get(sql);
    if (!statement) {
      statement = db.prepare(sql);
      cache.set(sql, statement);
    }
    return statement;
  };
}

/** Runs a callback in one transaction (nested calls become savepoints), built once per database. */
export function transactionRunner(db: Db): <T>(fn: () => T) => T {
  const run = db.transaction((fn: () => unknown) => fn());
  return <T>(fn: () => T) => run(fn) as T;
}
