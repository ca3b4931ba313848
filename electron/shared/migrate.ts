// Runs numbered, forward-only migrations tracked in PRAGMA user_version (the number of the last one
// applied), all pending ones in one transaction; refuses a database newer than the list. Also joins
// the capabilities' lists into one, refusing a number taken twice or a gap. Used by the hall's
// database and the district receiver's alike; knows no capability, and no library: it takes any
// handle of better-sqlite3's shape, so it lives in electron/shared and the receiver may share it.

/** What of a better-sqlite3 Database the migrations use. */
export interface MigratableDb {
  pragma(source: string, options?: { simple: boolean }): unknown;
  exec(source: string): unknown;
  transaction<F extends () => void>(fn: F): () => void;
}

export interface Migration {
  version: number;
  name: string;
  sql: string;
  /** The migration rebuilds a table (SQLite cannot alter a CHECK): it runs with foreign keys off, checked before commit. */
  rebuildsTables?: boolean;
}

/** One list in version order from each capability's; versions must run 1, 2, 3… with none twice. */
export function orderMigrations(...lists: readonly (readonly Migration[])[]): Migration[] {
  const all = lists.flat().sort((a, b) => a.version - b.version);
  all.forEach((m, i) => {
    if (m.version !== i + 1) {
      const twice = all.filter((o) => o.version === m.version).length > 1;
      throw new Error(twice ? `two migrations are numbered ${m.version}` : `migration ${i + 1} is missing (found ${m.version} next)`);
    }
  });
  return all;
}

export class NewerDatabaseError extends Error {
  constructor(
    readonly found: number,
    readonly known: number,
  ) {
    super(`database schema version ${found} is newer than this Tongban (knows up to ${known}); refusing to open it`);
  }
}

export function migrate(db: MigratableDb, list: readonly Migration[], upTo = list.at(-1)?.version ?? 0): number {
  const current = db.pragma('user_version', { simple: true }) as number;
  const known = list.at(-1)?.version ?? 0;
  if (current > known) throw new NewerDatabaseError(current, known);
  const pending = list.filter((m) => m.version > current && m.version <= upTo);
  if (pending.length === 0) return current;
  // SQLite's table-rebuild procedure: foreign keys off (only possible outside a transaction), and
  // checked inside it before the commit, so a broken reference rolls everything back.
  const rebuilds = pending.some((m) => m.rebuildsTables);
  const foreignKeys = db.pragma('foreign_keys', { simple: true }) as number;
  if (rebuilds) db.pragma('foreign_keys = OFF');
  try {
    db.transaction(() => {
      for (const m of pending) {
        db.exec(m.sql);
        db.pragma(`user_version = ${m.version}`);
      }
      if (rebuilds && (db.pragma('foreign_key_check') as unknown[]).length > 0) throw new Error('a migration left broken foreign keys');
    })();
  } finally {
    if (rebuilds) db.pragma(`foreign_keys = ${foreignKeys ? 'ON' : 'OFF'}`);
  }
  return pending.at(-1)!.version;
}
