// Forward-only migrations tracked in PRAGMA user_version: one test per migration (a test below fails
// when a migration has none), atomic application, and refusal of a database from a newer Tongban.
import Database from 'better-sqlite3';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { migrate, NewerDatabaseError, openDatabase, type Db } from '../../electron/core/db';
import { HallSetupError, openHall } from '../../electron/core/hall';
import { latestVersion, migrations, type Migration } from '../../electron/core/migrations';
import { makeTempDir } from '../support/hall';

const dirs: string[] = [];
const open: Db[] = [];
afterEach(() => {
  for (const db of open.splice(0)) if (db.open) db.close();
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function tempFile(): string {
  const dir = makeTempDir();
  dirs.push(dir);
  return join(dir, 'tongban.db');
}

/** A database migrated up to (and including) `version`, foreign keys on as in openDatabase. */
function migratedTo(version: number): Db {
  const db = new Database(':memory:');
  open.push(db);
  db.pragma('foreign_keys = ON');
  migrate(db, migrations, version);
  return db;
}

const tables = (db: Db) => (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as { name: string }[]).map((r) => r.name);
const columns = (db: Db, table: string) => (db.prepare(`PRAGMA table_info(${table})`).all() as { name: string }[]).map((r) => r.name);

/** The test of each migration, by version: what it must create and enforce. */
const migrationTests: Record<number, (db: Db) => void> = {
  1: (db) => {
    expect(tables(db)).toEqual(['duty', 'events', 'items', 'services', 'sessions', 'settings', 'tickets', 'users', 'window_services', 'windows']);
    expect(columns(db, 'tickets')).toEqual([
      'id', 'business_day', 'service_id', 'seq', 'number', 'priority', 'state', 'issued_at', 'wait_since', 'due_at',
      'called_at', 'started_at', 'finished_at', 'window_no', 'clerk_id', 'recalls', 'outcome', 'item_code', 'transferred_from',
    ]);
    db.prepare("INSERT INTO services (id, prefix, name_zh_cn, name_zh_tw, name_en) VALUES ('A', 'A', '人社', '人社', 'SS')").run();
    const service = db.prepare('SELECT daily_cap, start_number, avg_service_minutes, enabled FROM services').get();
    expect(service).toEqual({ daily_cap: 999, start_number: 1, avg_service_minutes: 6, enabled: 1 });
    // CHECK constraints.
    expect(() => db.prepare("INSERT INTO services (id, prefix, name_zh_cn, name_zh_tw, name_en) VALUES ('B', 'BB', '', '', '')").run()).toThrow(/CHECK/);
    expect(() => db.prepare("UPDATE services SET daily_cap = 1000").run()).toThrow(/CHECK/);
    expect(() => db.prepare("UPDATE services SET start_number = 0").run()).toThrow(/CHECK/);
    const ticket = db.prepare(
      `INSERT INTO tickets (business_day, service_id, seq, number, priority, state, issued_at, wait_since) VALUES ('2026-11-23', ?, ?, 'A001', ?, ?, 0, 0)`,
    );
    ticket.run('A', 1, 'normal', 'waiting');
    expect(() => ticket.run('A', 2, 'vip', 'waiting')).toThrow(/CHECK/);
    expect(() => ticket.run('A', 2, 'normal', 'lost')).toThrow(/CHECK/);
    // Numbering is unique per day and service; transferred copies (seq NULL) are not numbered.
    expect(() => ticket.run('A', 1, 'normal', 'waiting')).toThrow(/UNIQUE/);
    ticket.run('A', null, 'normal', 'waiting');
    ticket.run('A', null, 'normal', 'waiting');
    // Foreign keys.
    expect(() => ticket.run('Q', 5, 'normal', 'waiting')).toThrow(/FOREIGN KEY/);
    expect(() => db.prepare("INSERT INTO windows (number, name, status) VALUES (1, 'w', 'busy')").run()).toThrow(/CHECK/);
    expect(() => db.prepare("INSERT INTO windows (number, name, clerk_id) VALUES (1, 'w', 'nobody')").run()).toThrow(/FOREIGN KEY/);
    expect(() => db.prepare("INSERT INTO users (id, name, role, pin_hash) VALUES ('u', 'u', 'root', 'x')").run()).toThrow(/CHECK/);
    // Events are append-only.
    db.prepare("INSERT INTO events (at, business_day, type) VALUES (1, '2026-11-23', 'ticket.issued')").run();
    expect(db.prepare('SELECT data FROM events').get()).toEqual({ data: '{}' });
    expect(() => db.prepare("UPDATE events SET type = 'x'").run()).toThrow(/append-only/);
    expect(() => db.prepare('DELETE FROM events').run()).toThrow(/append-only/);
    const indexes = (db.prepare("SELECT name FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL ORDER BY name").all() as { name: string }[]).map((r) => r.name);
    expect(indexes).toEqual(['events_by_day', 'tickets_numbering', 'tickets_open', 'tickets_waiting']);
  },
};

describe('each migration', () => {
  test('every migration has its test here, and versions run 1, 2, 3 … without gaps', () => {
    const versions = migrations.map((m) => m.version);
    expect(versions).toEqual(versions.map((_, i) => i + 1));
    expect(versions.filter((v) => !(v in migrationTests))).toEqual([]);
    expect(latestVersion).toBe(versions.at(-1));
  });

  test.each(migrations.map((m) => [m.version, m.name] as const))('migration %i: %s', (version) => {
    const db = migratedTo(version);
    expect(db.pragma('user_version', { simple: true })).toBe(version);
    migrationTests[version]!(db);
  });
});

describe('migrate', () => {
  test('an empty database goes to the latest version in one call; a second call changes nothing', () => {
    const db = new Database(':memory:');
    open.push(db);
    expect(db.pragma('user_version', { simple: true })).toBe(0);
    expect(migrate(db)).toBe(latestVersion);
    expect(db.pragma('user_version', { simple: true })).toBe(latestVersion);
    const schema = db.prepare('SELECT sql FROM sqlite_master ORDER BY name').all();
    expect(migrate(db)).toBe(latestVersion);
    expect(db.prepare('SELECT sql FROM sqlite_master ORDER BY name').all()).toEqual(schema);
  });

  const extra: Migration[] = [
    { version: 1, name: 'one', sql: 'CREATE TABLE one (x INTEGER);' },
    { version: 2, name: 'two', sql: 'CREATE TABLE two (y INTEGER); INSERT INTO one VALUES (2);' },
    { version: 3, name: 'three, broken', sql: 'CREATE TABLE three (z); INSERT INTO nowhere VALUES (1);' },
  ];

  test('pending migrations apply in order, in one transaction: a failure leaves the database as it was', () => {
    const db = new Database(':memory:');
    open.push(db);
    expect(migrate(db, extra, 1)).toBe(1);
    expect(() => migrate(db, extra, 3)).toThrow(/nowhere/);
    expect(db.pragma('user_version', { simple: true })).toBe(1);
    expect(tables(db)).toEqual(['one']);
    expect(db.prepare('SELECT count(*) AS n FROM one').get()).toEqual({ n: 0 });
    expect(migrate(db, extra.slice(0, 2), 2)).toBe(2);
    expect(tables(db)).toEqual(['one', 'two']);
    expect(db.prepare('SELECT x FROM one').all()).toEqual([{ x: 2 }]);
  });

  test('a version above the known ones is refused by migrate', () => {
    const db = new Database(':memory:');
    open.push(db);
    db.pragma('user_version = 4');
    expect(() => migrate(db, extra)).toThrow(NewerDatabaseError);
  });
});

describe('a database from a newer Tongban', () => {
  /** A database file whose user_version is above what this build knows, in either journal mode. */
  function newerFile(wal: boolean): string {
    const file = tempFile();
    const raw = new Database(file);
    if (wal) raw.pragma('journal_mode = WAL');
    raw.exec('CREATE TABLE future (x); INSERT INTO future VALUES (42);');
    raw.pragma(`user_version = ${latestVersion + 1}`);
    raw.close();
    return file;
  }

  test.each([true, false])('is refused and left byte for byte untouched (WAL: %s)', (wal) => {
    const file = newerFile(wal);
    const bytes = readFileSync(file);
    let error: unknown;
    try {
      openDatabase(file);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(NewerDatabaseError);
    expect((error as NewerDatabaseError).found).toBe(latestVersion + 1);
    expect(readFileSync(file).equals(bytes)).toBe(true);
    expect(existsSync(`${file}-wal`)).toBe(false);
    const raw = new Database(file, { readonly: true });
    expect(raw.pragma('user_version', { simple: true })).toBe(latestVersion + 1);
    expect(raw.prepare('SELECT x FROM future').all()).toEqual([{ x: 42 }]);
    raw.close();
  });

  test('openHall refuses it too, demo or not, and does not seed it', () => {
    const file = newerFile(true);
    const dataDir = join(file, '..');
    const bytes = readFileSync(file);
    expect(() => openHall({ dataDir, demo: true, log: () => {} })).toThrow(NewerDatabaseError);
    expect(() => openHall({ dataDir, log: () => {} })).toThrow(NewerDatabaseError);
    expect(() => openHall({ dataDir, log: () => {} })).not.toThrow(HallSetupError);
    expect(readFileSync(file).equals(bytes)).toBe(true);
  });
});
