// Migration 2 (shipped; never edit it, add the next number): 好差评's tables.
//
// The users table is rebuilt to allow role 'pad' (a CHECK cannot be altered in place), by SQLite's
// documented procedure: new table, copy, drop, rename, with foreign keys off (the migration says
// rebuildsTables) so sessions, windows and duty keep naming "users"; checked before the commit.

import type { Migration } from '../../shared/migrate';

const USERS_WITH_PAD = `
  CREATE TABLE users_with_pad (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    role TEXT NOT NULL CHECK (role IN ('kiosk', 'clerk', 'admin', 'pad')),
    pin_hash TEXT NOT NULL,
    active INTEGER NOT NULL DEFAULT 1
  );
  INSERT INTO users_with_pad (id, name, role, pin_hash, active) SELECT id, name, role, pin_hash, active FROM users;
  DROP TABLE users;
  ALTER TABLE users_with_pad RENAME TO users;
`;

const RATINGS = `
  -- Each evaluation pad is a device user bound to the one window it stands at.
  CREATE TABLE rating_pads (
    user_id TEXT PRIMARY KEY REFERENCES users(id),
    window_no INTEGER NOT NULL UNIQUE REFERENCES windows(number)
  );
  -- One row per ticket, from the moment its rating is asked for: the data of a 好差评 record.
  CREATE TABLE ratings (
    id INTEGER PRIMARY KEY,
    ticket_id INTEGER NOT NULL UNIQUE REFERENCES tickets(id),
    business_day TEXT NOT NULL,
    number TEXT NOT NULL,
    service_id TEXT NOT NULL,
    item_code TEXT,
    window_no INTEGER NOT NULL REFERENCES windows(number),
    clerk_id TEXT,
    status TEXT NOT NULL DEFAULT 'awaiting' CHECK (status IN ('awaiting', 'rated', 'not_rated', 'defaulted')),
    channel TEXT NOT NULL CHECK (channel IN ('pad', 'keypad')),
    requested_at INTEGER NOT NULL,
    deadline INTEGER NOT NULL,
    level INTEGER CHECK (level BETWEEN 1 AND 5),
    reasons TEXT NOT NULL DEFAULT '[]',
    text TEXT,
    rated_at INTEGER,
    rated_by TEXT,
    closed_by TEXT CHECK (closed_by IN ('resident', 'timeout', 'next_call', 'ticket_left')),
    review_kind TEXT CHECK (review_kind IN ('mistaken', 'malicious')),
    review_reason TEXT,
    review_by TEXT,
    review_at INTEGER,
    CHECK ((status = 'awaiting') = (rated_at IS NULL)),
    CHECK ((status IN ('rated', 'defaulted')) = (level IS NOT NULL))
  );
  -- A window waits for at most one rating at a time.
  CREATE UNIQUE INDEX ratings_awaiting ON ratings (window_no) WHERE status = 'awaiting';
  CREATE INDEX ratings_by_day ON ratings (business_day, id);
  CREATE TRIGGER ratings_no_delete BEFORE DELETE ON ratings BEGIN SELECT RAISE(ABORT, 'ratings are never deleted'); END;
  CREATE TRIGGER ratings_closed_final BEFORE UPDATE OF status, level, reasons, text, channel, rated_at, deadline ON ratings
    WHEN OLD.status <> 'awaiting' BEGIN SELECT RAISE(ABORT, 'a closed rating never changes'); END;

  -- Every 差评 opens a case: 核实 → 整改 → 反馈, each step once, in order.
  CREATE TABLE followups (
    id INTEGER PRIMARY KEY,
    rating_id INTEGER NOT NULL UNIQUE REFERENCES ratings(id),
    opened_at INTEGER NOT NULL,
    due_at INTEGER NOT NULL,
    closed_at INTEGER
  );
  CREATE INDEX followups_open ON followups (due_at) WHERE closed_at IS NULL;
  CREATE TABLE followup_steps (
    followup_id INTEGER NOT NULL REFERENCES followups(id),
    step TEXT NOT NULL CHECK (step IN ('verify', 'rectify', 'reply')),
    user_id TEXT NOT NULL REFERENCES users(id),
    at INTEGER NOT NULL,
    notes TEXT NOT NULL CHECK (length(trim(notes)) > 0),
    PRIMARY KEY (followup_id, step)
  );
  CREATE TRIGGER followups_no_delete BEFORE DELETE ON followups BEGIN SELECT RAISE(ABORT, 'follow-ups are never deleted'); END;
  CREATE TRIGGER followup_steps_no_delete BEFORE DELETE ON followup_steps BEGIN SELECT RAISE(ABORT, 'follow-up steps are never deleted'); END;
  CREATE TRIGGER followup_steps_no_update BEFORE UPDATE ON followup_steps BEGIN SELECT RAISE(ABORT, 'follow-up steps are never changed'); END;
`;

export const migration002: Migration = {
  version: 2,
  name: '好差评: pad devices (role pad), ratings one per ticket, 差评 follow-up cases and their steps',
  sql: USERS_WITH_PAD + RATINGS,
  rebuildsTables: true,
};
