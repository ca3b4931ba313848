// Forward-only migrations tracked in PRAGMA user_version: one test per migration (a test below fails
// when a migration has none), atomic application, and refusal of a database from a newer Tongban.
import Database from 'better-sqlite3';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { migrate, NewerDatabaseError, type Db } from '../../electron/core/db';
import { hallMigrations as migrations, latestVersion, openHallDatabase as openDatabase } from '../../electron/core/hall-database';
import { openInspectableHall } from '../../electron/core/inspectable-hall';
import { HallSetupError } from '../../electron/core/hall';
import type { Migration } from '../../electron/core/migrations';
import { REPORT_EVENTS_SQL } from '../../electron/reports/report-facts';
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
      'id',
      'business_day',
      'service_id',
      'seq',
      'number',
      'priority',
      'state',
      'issued_at',
      'wait_since',
      'due_at',
      'called_at',
      'started_at',
      'finished_at',
      'window_no',
      'clerk_id',
      'recalls',
      'outcome',
      'item_code',
      'transferred_from',
    ]);
    db.prepare("INSERT INTO services (id, prefix, name_zh_cn, name_zh_tw, name_en) VALUES ('A', 'A', '人社', '人社', 'SS')").run();
    const service = db.prepare('SELECT daily_cap, start_number, avg_service_minutes, enabled FROM services').get();
    expect(service).toEqual({ daily_cap: 999, start_number: 1, avg_service_minutes: 6, enabled: 1 });
    // CHECK constraints.
    expect(() => db.prepare("INSERT INTO services (id, prefix, name_zh_cn, name_zh_tw, name_en) VALUES ('B', 'BB', '', '', '')").run()).toThrow(/CHECK/);
    expect(() => db.prepare('UPDATE services SET daily_cap = 1000').run()).toThrow(/CHECK/);
    expect(() => db.prepare('UPDATE services SET start_number = 0').run()).toThrow(/CHECK/);
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
    const indexes = (db.prepare("SELECT name FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL ORDER BY name").all() as { name: string }[]).map(
      (r) => r.name,
    );
    expect(indexes).toEqual(['events_by_day', 'tickets_numbering', 'tickets_open', 'tickets_waiting']);
  },
  2: (db) => {
    expect(tables(db)).toEqual(expect.arrayContaining(['followup_steps', 'followups', 'rating_pads', 'ratings', 'users']));
    expect(tables(db)).not.toContain('users_with_pad');
    // The users table was rebuilt: data kept, role 'pad' allowed, other roles still refused, foreign keys intact.
    const old = migratedTo(1);
    old.exec(`INSERT INTO users (id, name, role, pin_hash) VALUES ('1001', '张敏', 'clerk', 'h'), ('admin', 'A', 'admin', 'h');
      INSERT INTO sessions VALUES ('t', '1001', 1, 2);
      INSERT INTO windows (number, name, clerk_id) VALUES (1, 'w', '1001');
      INSERT INTO duty (user_id, window_no, business_day, signed_in_at) VALUES ('1001', 1, '2026-11-23', 1);`);
    const before = old.prepare('SELECT * FROM users ORDER BY id').all();
    migrate(old, migrations, 2);
    expect(old.prepare('SELECT * FROM users ORDER BY id').all()).toEqual(before);
    expect(old.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(old.pragma('foreign_key_check')).toEqual([]);
    old.prepare("INSERT INTO users (id, name, role, pin_hash) VALUES ('pad-1', 'P', 'pad', 'h')").run();
    expect(() => old.prepare("INSERT INTO users (id, name, role, pin_hash) VALUES ('u', 'u', 'root', 'x')").run()).toThrow(/CHECK/);
    expect(() => old.prepare("INSERT INTO sessions VALUES ('t2', 'nobody', 1, 2)").run()).toThrow(/FOREIGN KEY/);
    expect(() => old.prepare("DELETE FROM users WHERE id = '1001'").run()).toThrow(/FOREIGN KEY/);
    // A pad is bound to one existing window, one pad per window.
    old.prepare("INSERT INTO rating_pads VALUES ('pad-1', 1)").run();
    expect(() => old.prepare("INSERT INTO rating_pads VALUES ('admin', 1)").run()).toThrow(/UNIQUE/);
    expect(() => old.prepare("INSERT INTO rating_pads VALUES ('1001', 9)").run()).toThrow(/FOREIGN KEY/);

    // Ratings: one per ticket, one awaiting per window, closed ones final, never deleted.
    db.exec(`INSERT INTO services (id, prefix, name_zh_cn, name_zh_tw, name_en) VALUES ('A', 'A', '人社', '人社', 'SS');
      INSERT INTO windows (number, name) VALUES (1, 'w'), (2, 'w');
      INSERT INTO tickets (business_day, service_id, seq, number, priority, state, issued_at, wait_since) VALUES
        ('2026-11-23', 'A', 1, 'A001', 'normal', 'done', 0, 0), ('2026-11-23', 'A', 2, 'A002', 'normal', 'done', 0, 0);`);
    const rating = db.prepare(
      `INSERT INTO ratings (ticket_id, business_day, number, service_id, window_no, channel, requested_at, deadline) VALUES (?, '2026-11-23', 'A00x', 'A', ?, 'pad', 0, 60)`,
    );
    rating.run(1, 1);
    expect(() => rating.run(1, 2)).toThrow(/UNIQUE/);
    expect(() => rating.run(2, 1)).toThrow(/UNIQUE/); // window 1 already awaits one
    expect(() =>
      db
        .prepare(
          "INSERT INTO ratings (ticket_id, business_day, number, service_id, window_no, channel, requested_at, deadline) VALUES (2, 'd', 'n', 'A', 2, 'sms', 0, 1)",
        )
        .run(),
    ).toThrow(/CHECK/);
    expect(() => db.prepare("UPDATE ratings SET status = 'rated' WHERE id = 1").run()).toThrow(/CHECK/); // no level, no time
    db.prepare("UPDATE ratings SET status = 'rated', level = 2, rated_at = 5, closed_by = 'resident' WHERE id = 1").run();
    expect(() => db.prepare('UPDATE ratings SET level = 5 WHERE id = 1').run()).toThrow(/never changes/);
    expect(() => db.prepare('DELETE FROM ratings').run()).toThrow(/never deleted/);
    db.prepare("UPDATE ratings SET review_kind = 'malicious', review_reason = 'r', review_by = 'admin', review_at = 9 WHERE id = 1").run();
    rating.run(2, 1); // window 1 may await again once the first is closed
    // Follow-ups: each step once, never changed or deleted.
    db.prepare("INSERT INTO users (id, name, role, pin_hash) VALUES ('admin', 'A', 'admin', 'h')").run();
    db.prepare('INSERT INTO followups (rating_id, opened_at, due_at) VALUES (1, 0, 10)').run();
    const step = db.prepare("INSERT INTO followup_steps (followup_id, step, user_id, at, notes) VALUES (1, ?, 'admin', 1, ?)");
    step.run('verify', 'checked');
    expect(() => step.run('verify', 'again')).toThrow(/UNIQUE/);
    expect(() => step.run('rectify', '  ')).toThrow(/CHECK/);
    expect(() => step.run('praise', 'x')).toThrow(/CHECK/);
    expect(() => db.prepare("UPDATE followup_steps SET notes = 'x'").run()).toThrow(/never changed/);
    expect(() => db.prepare('DELETE FROM followup_steps').run()).toThrow(/never deleted/);
    expect(() => db.prepare('DELETE FROM followups').run()).toThrow(/never deleted/);
  },
  3: (db) => {
    const day = db.prepare('INSERT INTO sync_days (business_day, status, chunks_acked, chunk_count, updated_at) VALUES (?, ?, 0, NULL, 0)');
    day.run('2026-11-23', 'pending');
    expect(() => day.run('2026-11-23', 'pending')).toThrow(/UNIQUE/);
    expect(() => day.run('2026-11-24', 'lost')).toThrow(/CHECK/);
    expect(db.prepare('SELECT rejections, last_error, receipt FROM sync_days').get()).toEqual({ rejections: 0, last_error: null, receipt: null });
  },
  4: (db) => {
    // A day recorded before the migration is round 1 with no text mode pinned yet.
    const before = migratedTo(3);
    before.exec("INSERT INTO sync_days (business_day, status, chunks_acked, chunk_count, updated_at) VALUES ('2026-11-23', 'delivered', 1, 1, 0)");
    migrate(before, migrations, 4);
    expect(before.prepare('SELECT round, text_mode, last_attempt_at FROM sync_days').get()).toEqual({ round: 1, text_mode: null, last_attempt_at: null });
    expect(() => before.prepare("UPDATE sync_days SET text_mode = 'plain'").run()).toThrow(/CHECK/);
    const receipt = db.prepare(
      `INSERT INTO sync_receipts (business_day, round, chunk_index, chunk_count, receipt_id, stored_at, complete, duplicate, accepted_at, receipt)
       VALUES ('2026-11-23', ?, 0, 1, 'r1', 0, 1, ?, 0, '{}')`,
    );
    receipt.run(1, 0);
    receipt.run(2, 1);
    expect(() => receipt.run(1, 0)).toThrow(/UNIQUE/);
    expect(() => receipt.run(3, 2)).toThrow(/CHECK/);
  },
  5: (db) => {
    const row = db.prepare(
      "INSERT INTO audit (at, business_day, user_id, action, target, before, after) VALUES (1, '2026-11-23', 'admin', 'service.created', 'P', NULL, '{}')",
    );
    expect(Number(row.run().lastInsertRowid)).toBe(1);
    expect(() => db.prepare('UPDATE audit SET action = ?').run('x')).toThrow(/append-only/);
    expect(() => db.prepare('DELETE FROM audit').run()).toThrow(/append-only/);
    expect(() => db.prepare('INSERT INTO audit (at, business_day, action) VALUES (1, ?, ?)').run('2026-11-23', 'x')).toThrow(/NOT NULL/);
  },
  6: (db) => {
    // The demo's items, if any, were immediate and offered: they read as such after the migration.
    const before = migratedTo(5);
    before.exec("INSERT INTO services (id, prefix, name_zh_cn, name_zh_tw, name_en) VALUES ('A', 'A', '', '', '')");
    before.exec("INSERT INTO items (code, service_id, name_zh_cn, name_zh_tw, name_en, kind) VALUES ('A01', 'A', '', '', '', 'immediate')");
    migrate(before, migrations, 6);
    expect(before.prepare('SELECT promised_days, enabled FROM items').get()).toEqual({ promised_days: null, enabled: 1 });
    expect(() => before.prepare('UPDATE items SET promised_days = 0').run()).toThrow(/CHECK/);
    expect(() => before.prepare('UPDATE items SET enabled = 2').run()).toThrow(/CHECK/);
    expect(db.prepare("SELECT count(*) AS n FROM pragma_table_info('items') WHERE name IN ('promised_days', 'enabled')").get()).toEqual({ n: 2 });
  },
  7: (db) => {
    // One run per (source, user), '' for the source's own; no foreign key: unknown 工号 are counted too.
    const run = db.prepare('INSERT INTO login_throttle (source, user_id, failures, first_at, last_at, locked_until) VALUES (?, ?, ?, 0, 0, 0)');
    run.run('10.0.0.5', '9999', 1);
    run.run('10.0.0.5', '', 1);
    expect(() => run.run('10.0.0.5', '9999', 2)).toThrow(/UNIQUE/);
    expect(() => run.run('10.0.0.6', 'x', 0)).toThrow(/CHECK/);
    expect(() => run.run('', 'x', 1)).toThrow(/CHECK/);
    expect(() => run.run('x'.repeat(65), 'x', 1)).toThrow(/CHECK/);
    expect(() => run.run('10.0.0.7', 'x'.repeat(33), 1)).toThrow(/CHECK/);
    const indexes = db.prepare("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'login_throttle' ORDER BY name").all();
    expect(indexes).toEqual([{ name: 'login_throttle_last' }, { name: 'login_throttle_user' }]);
  },
  8: (db) => {
    // Windows of before keep working: no addresses, in use; an address belongs to one window in use.
    const before = migratedTo(7);
    before.exec("INSERT INTO windows (number, name) VALUES (1, '1号窗口'), (2, '2号窗口')");
    migrate(before, migrations, 8);
    expect(before.prepare('SELECT led_address, keypad_address, enabled FROM windows WHERE number = 1').get()).toEqual({
      led_address: null,
      keypad_address: null,
      enabled: 1,
    });
    before.exec('UPDATE windows SET led_address = 5, keypad_address = 5 WHERE number = 1');
    expect(() => before.exec('UPDATE windows SET led_address = 5 WHERE number = 2')).toThrow(/UNIQUE/);
    expect(() => before.exec('UPDATE windows SET keypad_address = 5 WHERE number = 2')).toThrow(/UNIQUE/);
    before.exec('UPDATE windows SET enabled = 0 WHERE number = 1');
    before.exec('UPDATE windows SET led_address = 5, keypad_address = 5 WHERE number = 2'); // retired windows give theirs up
    expect(() => before.exec('UPDATE windows SET keypad_address = 256 WHERE number = 2')).toThrow(/CHECK/);
    expect(() => before.exec('UPDATE windows SET enabled = 2 WHERE number = 2')).toThrow(/CHECK/);
    expect(db.prepare("SELECT count(*) AS n FROM pragma_table_info('users') WHERE name = 'photo'").get()).toEqual({ n: 1 });
  },
  9: (db) => {
    db.exec("INSERT INTO users (id, name, role, pin_hash) VALUES ('pad-x', 'Pad', 'pad', 'paired-only')");
    const row = db.prepare('INSERT INTO device_accounts (user_id, created_at, code_hash, code_expires_at) VALUES (?, 1, ?, ?)');
    row.run('pad-x', 'a'.repeat(64), 2);
    expect(() => row.run('nobody', null, null)).toThrow(/FOREIGN KEY/);
    // Only a hash is stored (64 hex characters), and a code has its expiry.
    expect(() => db.prepare('UPDATE device_accounts SET code_hash = ?').run('12345678')).toThrow(/CHECK/);
    expect(() => db.prepare('UPDATE device_accounts SET code_expires_at = NULL').run()).toThrow(/CHECK/);
    expect(columns(db, 'device_accounts')).toEqual(['user_id', 'created_at', 'paired_at', 'last_seen_at', 'revoked_at', 'code_hash', 'code_expires_at']);
  },
  10: (db) => {
    // Bookings (预约): one per code, a real slot, a state that names its ticket once checked in.
    db.exec("INSERT INTO services (id, prefix, name_zh_cn, name_zh_tw, name_en) VALUES ('A', 'A', '人社', '人社', 'HR')");
    const row = db.prepare(
      `INSERT INTO appointments (code, service_id, business_day, slot_start, slot_end, state, source, ticket_id, created_at, updated_at)
       VALUES (?, ?, '2026-11-23', ?, ?, ?, 'import', ?, 1, 1)`,
    );
    row.run('100001', 'A', 10, 20, 'booked', null);
    expect(() => row.run('100001', 'A', 10, 20, 'booked', null)).toThrow(/UNIQUE/);
    expect(() => row.run('100002', 'Q', 10, 20, 'booked', null)).toThrow(/FOREIGN KEY/);
    expect(() => row.run('100003', 'A', 20, 10, 'booked', null)).toThrow(/CHECK/);
    expect(() => row.run('100004', 'A', 10, 20, 'served', null)).toThrow(/CHECK/); // served is what its ticket became
    expect(() => row.run('100005', 'A', 10, 20, 'checked_in', null)).toThrow(/CHECK/); // checked in names its ticket
    expect(() => row.run('12', 'A', 10, 20, 'booked', null)).toThrow(/CHECK/);
    expect(columns(db, 'appointments')).toContain('resident_phone');
  },
  11: (db) => {
    // A pickup record: a six-digit code of its own, one per ticket, known states; history append-only, nothing deleted.
    db.exec(`INSERT INTO services (id, prefix, name_zh_cn, name_zh_tw, name_en) VALUES ('B', 'B', '民政', '民政', 'Civil');
      INSERT INTO items (code, service_id, name_zh_cn, name_zh_tw, name_en, kind, promised_days) VALUES ('B02', 'B', '临时救助', '臨時救助', 'Aid', 'deferred', 5);
      INSERT INTO windows (number, name) VALUES (1, '1号窗口');
      INSERT INTO users (id, name, role, pin_hash) VALUES ('1001', 'Clerk', 'clerk', 'x');
      INSERT INTO tickets (id, business_day, service_id, seq, number, priority, state, issued_at, wait_since) VALUES
        (1, '2026-11-27', 'B', 1, 'B001', 'normal', 'done', 0, 0), (2, '2026-11-27', 'B', 2, 'B002', 'normal', 'done', 0, 0);`);
    const add = db.prepare(`INSERT INTO pickups (code, ticket_id, item_code, window_no, clerk_id, accepted_day, accepted_at, promised_day, state, changed_at)
      VALUES (?, ?, 'B02', 1, '1001', '2026-11-27', 0, '2026-12-04', ?, 0)`);
    add.run('123456', 1, 'accepted');
    expect(() => add.run('123456', 2, 'accepted')).toThrow(/UNIQUE/);
    expect(() => add.run('654321', 1, 'accepted')).toThrow(/UNIQUE/);
    expect(() => add.run('12345', 2, 'accepted')).toThrow(/CHECK/);
    expect(() => add.run('12345a', 2, 'accepted')).toThrow(/CHECK/);
    expect(() => add.run('654321', 2, 'lost')).toThrow(/CHECK/);
    expect(() => add.run('654321', 99, 'accepted')).toThrow(/FOREIGN KEY/);
    db.exec("INSERT INTO pickup_events (pickup_id, at, from_state, to_state, user_id) VALUES (1, 0, NULL, 'accepted', '1001')");
    db.exec('INSERT INTO pickup_tickets (ticket_id, pickup_id) VALUES (2, 1)');
    expect(() => db.exec('DELETE FROM pickups')).toThrow(/never deleted/);
    expect(() => db.exec("UPDATE pickup_events SET user_id = 'x'")).toThrow(/append-only/);
    expect(() => db.exec('DELETE FROM pickup_events')).toThrow(/append-only/);
  },
  12: (db) => {
    expect(columns(db, 'tickets').slice(-5)).toEqual(['requeues', 'only_window', 'only_clerk', 'not_window', 'held_at']);
    expect(tables(db)).not.toContain('tickets_with_moves');
    // The tickets table was rebuilt: rows kept, the tables naming tickets still do, state 'held' allowed.
    const old = migratedTo(11);
    old.exec(`INSERT INTO services (id, prefix, name_zh_cn, name_zh_tw, name_en) VALUES ('A', 'A', '人社', '人社', 'SS');
      INSERT INTO users (id, name, role, pin_hash) VALUES ('1001', 'C', 'clerk', 'h');
      INSERT INTO windows (number, name) VALUES (1, 'w'), (2, 'w');
      INSERT INTO tickets (id, business_day, service_id, seq, number, priority, state, issued_at, wait_since, window_no) VALUES
        (1, '2026-11-23', 'A', 1, 'A001', 'normal', 'called', 5, 5, 1), (2, '2026-11-23', 'A', NULL, 'A001', 'normal', 'waiting', 5, 5, NULL);
      UPDATE tickets SET transferred_from = 1 WHERE id = 2;
      UPDATE windows SET current_ticket_id = 1 WHERE number = 1;
      INSERT INTO ratings (ticket_id, business_day, number, service_id, window_no, channel, requested_at, deadline) VALUES (1, '2026-11-23', 'A001', 'A', 1, 'pad', 0, 60);`);
    const before = old.prepare('SELECT * FROM tickets ORDER BY id').all();
    migrate(old, migrations, 12);
    expect(old.prepare('SELECT * FROM tickets ORDER BY id').all()).toEqual(
      (before as object[]).map((r) => ({ ...r, requeues: 0, only_window: null, only_clerk: null, not_window: null, held_at: null })),
    );
    expect(old.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(old.pragma('foreign_key_check')).toEqual([]);
    expect(() => old.prepare('DELETE FROM tickets WHERE id = 1').run()).toThrow(/FOREIGN KEY/); // windows, ratings, the transfer name it
    old.prepare("UPDATE tickets SET state = 'held', held_at = 9 WHERE id = 1").run();
    expect(() => old.prepare("UPDATE tickets SET state = 'held', held_at = NULL WHERE id = 1").run()).toThrow(/CHECK/); // held has a time
    expect(() => old.prepare("UPDATE tickets SET state = 'held', held_at = 9 WHERE id = 2").run()).toThrow(/CHECK/); // and a window
    expect(() => old.prepare("UPDATE tickets SET state = 'lost' WHERE id = 2").run()).toThrow(/CHECK/);
    expect(() => old.prepare('UPDATE tickets SET requeues = -1 WHERE id = 2').run()).toThrow(/CHECK/);
    expect(() => old.prepare("UPDATE tickets SET only_window = 1, only_clerk = '1001' WHERE id = 2").run()).toThrow(/CHECK/); // one target
    expect(() => old.prepare('UPDATE tickets SET only_window = 9 WHERE id = 2').run()).toThrow(/FOREIGN KEY/);
    expect(() => old.prepare("UPDATE tickets SET only_clerk = 'nobody' WHERE id = 2").run()).toThrow(/FOREIGN KEY/);
    old.prepare("UPDATE tickets SET only_clerk = '1001', not_window = 1, wait_since = 5.5 WHERE id = 2").run();
    expect(old.prepare('SELECT wait_since FROM tickets WHERE id = 2').get()).toEqual({ wait_since: 5.5 });
    const indexes = (
      old.prepare("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'tickets' AND sql IS NOT NULL ORDER BY name").all() as {
        name: string;
      }[]
    ).map((r) => r.name);
    expect(indexes).toEqual(['tickets_held', 'tickets_numbering', 'tickets_open', 'tickets_waiting']);
  },
  13: (db) => {
    // The pad's last use of an awaited rating: a nullable time, null for every rating until the pad is touched.
    expect(columns(db, 'ratings')).toContain('active_at');
    db.exec(`INSERT INTO services (id, prefix, name_zh_cn, name_zh_tw, name_en) VALUES ('A', 'A', '社保', '社保', 'Social');
      INSERT INTO windows (number, name) VALUES (1, '1号窗口');
      INSERT INTO tickets (id, business_day, service_id, seq, number, priority, state, issued_at, wait_since) VALUES (1, '2026-12-03', 'A', 1, 'A001', 'normal', 'done', 0, 0);
      INSERT INTO ratings (ticket_id, business_day, number, service_id, window_no, channel, requested_at, deadline) VALUES (1, '2026-12-03', 'A001', 'A', 1, 'pad', 0, 60000);`);
    expect(db.prepare('SELECT active_at FROM ratings').get()).toEqual({ active_at: null });
  },
  14: (db) => {
    // The report's events read from the covering index alone (no lookup of each row in the table), in its order.
    const plan = (sql: string) => (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all('2026-03-01', '2026-03-31') as { detail: string }[]).map((r) => r.detail);
    expect(plan(REPORT_EVENTS_SQL)).toEqual(['SEARCH events USING COVERING INDEX events_report (business_day>? AND business_day<?)']);
    // Only the report's types are in it; events of other types are still written and found by day.
    db.exec(
      `INSERT INTO events (at, business_day, type, ticket_id, window_no) VALUES (1, '2026-03-02', 'ticket.called', 7, 1), (2, '2026-03-02', 'window.opened', NULL, 1);`,
    );
    expect(db.prepare(REPORT_EVENTS_SQL).raw().all('2026-03-01', '2026-03-31')).toEqual([[7, 1, 'ticket.called', 1]]);
    expect(
      db
        .prepare(
          "SELECT count(*) AS n FROM events INDEXED BY events_report WHERE business_day = '2026-03-02' AND type IN ('ticket.issued', 'ticket.called', 'ticket.held', 'ticket.resumed', 'window.paused', 'window.resumed', 'window.signed_out')",
        )
        .get(),
    ).toEqual({ n: 1 });
    expect(plan('SELECT type FROM events WHERE business_day BETWEEN ? AND ? ORDER BY business_day, id')).toEqual([
      'SEARCH events USING INDEX events_by_day (business_day>? AND business_day<?)',
    ]);
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
    expect(migrate(db, migrations)).toBe(latestVersion);
    expect(db.pragma('user_version', { simple: true })).toBe(latestVersion);
    const schema = db.prepare('SELECT sql FROM sqlite_master ORDER BY name').all();
    expect(migrate(db, migrations)).toBe(latestVersion);
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

  test('a table rebuild runs with foreign keys off, is checked before commit, and restores them either way', () => {
    const db = new Database(':memory:');
    open.push(db);
    db.pragma('foreign_keys = ON');
    const base: Migration = {
      version: 1,
      name: 'parent, child',
      sql: 'CREATE TABLE p (id PRIMARY KEY); CREATE TABLE c (p REFERENCES p(id)); INSERT INTO p VALUES (1); INSERT INTO c VALUES (1);',
    };
    migrate(db, [base]);
    const broken: Migration = {
      version: 2,
      name: 'rebuild losing a row',
      rebuildsTables: true,
      sql: 'CREATE TABLE p2 (id PRIMARY KEY); DROP TABLE p; ALTER TABLE p2 RENAME TO p;',
    };
    expect(() => migrate(db, [base, broken])).toThrow(/broken foreign keys/);
    expect(db.pragma('user_version', { simple: true })).toBe(1);
    expect(db.prepare('SELECT id FROM p').all()).toEqual([{ id: 1 }]);
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    const good: Migration = {
      ...broken,
      sql: 'CREATE TABLE p2 (id PRIMARY KEY, x); INSERT INTO p2 (id) SELECT id FROM p; DROP TABLE p; ALTER TABLE p2 RENAME TO p;',
    };
    expect(migrate(db, [base, good])).toBe(2);
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(() => db.prepare('INSERT INTO c VALUES (7)').run()).toThrow(/FOREIGN KEY/);
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
    expect(() => openInspectableHall({ dataDir, demo: true, log: () => {} })).toThrow(NewerDatabaseError);
    expect(() => openInspectableHall({ dataDir, log: () => {} })).toThrow(NewerDatabaseError);
    expect(() => openInspectableHall({ dataDir, log: () => {} })).not.toThrow(HallSetupError);
    expect(readFileSync(file).equals(bytes)).toBe(true);
  });
});
