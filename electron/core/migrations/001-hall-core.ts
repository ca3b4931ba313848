// Migration 1 (shipped; never edit it, add the next number): the hall core's tables.
import type { Migration } from '../../shared/migrate';

export const migration001: Migration = {
  version: 1,
  name: 'hall core: services, items, windows, users, tickets, duty, append-only events',
  sql: `
      CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL);
      CREATE TABLE services (
        id TEXT PRIMARY KEY,
        prefix TEXT NOT NULL UNIQUE CHECK (length(prefix) = 1),
        name_zh_cn TEXT NOT NULL, name_zh_tw TEXT NOT NULL, name_en TEXT NOT NULL,
        daily_cap INTEGER NOT NULL DEFAULT 999 CHECK (daily_cap BETWEEN 1 AND 999),
        start_number INTEGER NOT NULL DEFAULT 1 CHECK (start_number BETWEEN 1 AND 999),
        avg_service_minutes REAL NOT NULL DEFAULT 6,
        sort INTEGER NOT NULL DEFAULT 0,
        enabled INTEGER NOT NULL DEFAULT 1
      );
      CREATE TABLE items (
        code TEXT PRIMARY KEY,
        service_id TEXT NOT NULL REFERENCES services(id),
        name_zh_cn TEXT NOT NULL, name_zh_tw TEXT NOT NULL, name_en TEXT NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('immediate', 'deferred'))
      );
      CREATE TABLE users (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        role TEXT NOT NULL CHECK (role IN ('kiosk', 'clerk', 'admin')),
        pin_hash TEXT NOT NULL,
        active INTEGER NOT NULL DEFAULT 1
      );
      CREATE TABLE sessions (
        token_hash TEXT PRIMARY KEY,
        user_id TEXT NOT NULL REFERENCES users(id),
        created_at INTEGER NOT NULL,
        expires_at INTEGER NOT NULL
      );
      CREATE TABLE windows (
        number INTEGER PRIMARY KEY,
        name TEXT NOT NULL,
        status TEXT NOT NULL DEFAULT 'closed' CHECK (status IN ('open', 'paused', 'closed')),
        pause_reason TEXT,
        clerk_id TEXT REFERENCES users(id),
        current_ticket_id INTEGER REFERENCES tickets(id)
      );
      CREATE TABLE window_services (
        window_no INTEGER NOT NULL REFERENCES windows(number),
        service_id TEXT NOT NULL REFERENCES services(id),
        role TEXT NOT NULL CHECK (role IN ('primary', 'backup')),
        PRIMARY KEY (window_no, service_id)
      );
      CREATE TABLE tickets (
        id INTEGER PRIMARY KEY,
        business_day TEXT NOT NULL,
        service_id TEXT NOT NULL REFERENCES services(id),
        seq INTEGER,
        number TEXT NOT NULL,
        priority TEXT NOT NULL CHECK (priority IN ('normal', 'priority', 'appointment')),
        state TEXT NOT NULL CHECK (state IN
          ('waiting', 'called', 'serving', 'done', 'no_show', 'transferred', 'cancelled', 'expired')),
        issued_at INTEGER NOT NULL,
        wait_since INTEGER NOT NULL,
        due_at INTEGER,
        called_at INTEGER,
        started_at INTEGER,
        finished_at INTEGER,
        window_no INTEGER,
        clerk_id TEXT,
        recalls INTEGER NOT NULL DEFAULT 0,
        outcome TEXT,
        item_code TEXT,
        transferred_from INTEGER REFERENCES tickets(id)
      );
      CREATE UNIQUE INDEX tickets_numbering ON tickets (business_day, service_id, seq) WHERE seq IS NOT NULL;
      CREATE INDEX tickets_waiting ON tickets (service_id, priority, wait_since, id) WHERE state = 'waiting';
      CREATE INDEX tickets_open ON tickets (business_day) WHERE state IN ('waiting', 'called', 'serving');
      CREATE TABLE duty (
        id INTEGER PRIMARY KEY,
        user_id TEXT NOT NULL REFERENCES users(id),
        window_no INTEGER NOT NULL REFERENCES windows(number),
        business_day TEXT NOT NULL,
        signed_in_at INTEGER NOT NULL,
        signed_out_at INTEGER
      );
      CREATE TABLE events (
        id INTEGER PRIMARY KEY,
        at INTEGER NOT NULL,
        business_day TEXT NOT NULL,
        type TEXT NOT NULL,
        ticket_id INTEGER,
        window_no INTEGER,
        user_id TEXT,
        data TEXT NOT NULL DEFAULT '{}'
      );
      CREATE INDEX events_by_day ON events (business_day, id);
      CREATE TRIGGER events_no_update BEFORE UPDATE ON events BEGIN SELECT RAISE(ABORT, 'events are append-only'); END;
      CREATE TRIGGER events_no_delete BEFORE DELETE ON events BEGIN SELECT RAISE(ABORT, 'events are append-only'); END;
    `,
};
