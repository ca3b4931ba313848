// The hall's SQLite file as opened by the core: WAL, foreign keys, the append-only event log.
import Database from 'better-sqlite3';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, expect, test } from 'vitest';
import { latestVersion, openHallDatabase as openDatabase } from '../../electron/core/hall-database';
import { eventsAfter, issue, login, makeTempDir, openSeededHall, type TestHall } from '../support/hall';

let t: TestHall | undefined;
const dirs: string[] = [];
afterEach(() => {
  t?.cleanup();
  t = undefined;
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

test('a new database file: WAL, synchronous FULL (each commit synced before its answer), foreign keys on, a busy timeout, latest schema', () => {
  const dir = makeTempDir();
  dirs.push(dir);
  const db = openDatabase(join(dir, 'tongban.db'));
  expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
  expect(db.pragma('synchronous', { simple: true })).toBe(2);
  expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
  expect(db.pragma('busy_timeout', { simple: true })).toBe(5000);
  expect(db.pragma('user_version', { simple: true })).toBe(latestVersion);
  db.close();
  // WAL is a property of the file: a plain connection sees it too.
  const raw = new Database(join(dir, 'tongban.db'));
  expect(raw.pragma('journal_mode', { simple: true })).toBe('wal');
  raw.close();
});

test("the hall's own connection enforces foreign keys", () => {
  t = openSeededHall();
  expect(t.hall.db.pragma('foreign_keys', { simple: true })).toBe(1);
  expect(t.hall.db.pragma('journal_mode', { simple: true })).toBe('wal');
  expect(() =>
    t!.hall.db
      .prepare(
        "INSERT INTO tickets (business_day, service_id, seq, number, priority, state, issued_at, wait_since) VALUES ('2026-11-23', 'Q', 1, 'Q001', 'normal', 'waiting', 0, 0)",
      )
      .run(),
  ).toThrow(/FOREIGN KEY/);
  expect(() => t!.hall.db.prepare('DELETE FROM services WHERE id = ?').run('A')).toThrow(/FOREIGN KEY/);
});

test('events reject UPDATE and DELETE on the live hall database', () => {
  t = openSeededHall();
  issue(t.hall, login(t.hall, 'kiosk'), 'A');
  const db = t.hall.db;
  expect(() => db.prepare("UPDATE events SET data = '{}' WHERE type = 'ticket.issued'").run()).toThrow(/append-only/);
  expect(() => db.prepare('DELETE FROM events WHERE id = 1').run()).toThrow(/append-only/);
  expect(() => db.exec('BEGIN; DELETE FROM events; COMMIT;')).toThrow(/append-only/);
  if (db.inTransaction) db.exec('ROLLBACK');
  expect(eventsAfter(t.hall)).toEqual([
    expect.objectContaining({ id: 1, type: 'ticket.issued', data: { number: 'A001', serviceId: 'A', priority: 'normal' } }),
  ]);
});

test('a second connection (another process) sees committed tickets at once', () => {
  t = openSeededHall();
  issue(t.hall, login(t.hall, 'kiosk'), 'B');
  const reader = new Database(join(t.dataDir, 'tongban.db'), { readonly: true });
  expect(reader.prepare('SELECT number, state FROM tickets').all()).toEqual([{ number: 'B001', state: 'waiting' }]);
  reader.close();
});
