// Migration 12 (never edit it once shipped, add the next number): the clerk's queue moves (issue 14).
//
// The tickets table is rebuilt (a CHECK cannot be altered in place; SQLite's documented procedure as in
// migration 2: new table, copy, drop, rename, foreign keys off and checked before the commit) to add:
// - state 'held' (挂起, 材料不全): set aside by its window (window_no, clerk_id kept), resumed there later;
// - requeues: how many times a no-show was put back into the queue (过号重排), limited per ticket;
// - only_window / only_clerk: a ticket transferred to one window or one clerk is called only there;
// - not_window: the window that transferred it to another service does not call it while another open
//   window serves that service (so it does not come straight back to the clerk who sent it on);
// - held_at: when it was last set aside.
// wait_since stays INTEGER by declaration; a re-queued ticket's place in time may be a fraction of a
// millisecond between two others (queue-moves.ts), which SQLite keeps as a REAL in the same column.
import type { Migration } from '../../shared/migrate';

const TICKETS_WITH_MOVES = `
  CREATE TABLE tickets_with_moves (
    id INTEGER PRIMARY KEY,
    business_day TEXT NOT NULL,
    service_id TEXT NOT NULL REFERENCES services(id),
    seq INTEGER,
    number TEXT NOT NULL,
    priority TEXT NOT NULL CHECK (priority IN ('normal', 'priority', 'appointment')),
    state TEXT NOT NULL CHECK (state IN
      ('waiting', 'called', 'serving', 'held', 'done', 'no_show', 'transferred', 'cancelled', 'expired')),
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
    transferred_from INTEGER REFERENCES tickets(id),
    requeues INTEGER NOT NULL DEFAULT 0 CHECK (requeues >= 0),
    only_window INTEGER REFERENCES windows(number),
    only_clerk TEXT REFERENCES users(id),
    not_window INTEGER REFERENCES windows(number),
    held_at INTEGER,
    CHECK (only_window IS NULL OR only_clerk IS NULL),
    CHECK ((state = 'held') <= (window_no IS NOT NULL AND held_at IS NOT NULL))
  );
  INSERT INTO tickets_with_moves (id, business_day, service_id, seq, number, priority, state, issued_at, wait_since, due_at,
    called_at, started_at, finished_at, window_no, clerk_id, recalls, outcome, item_code, transferred_from)
  SELECT id, business_day, service_id, seq, number, priority, state, issued_at, wait_since, due_at,
    called_at, started_at, finished_at, window_no, clerk_id, recalls, outcome, item_code, transferred_from FROM tickets;
  DROP TABLE tickets;
  ALTER TABLE tickets_with_moves RENAME TO tickets;
  CREATE UNIQUE INDEX tickets_numbering ON tickets (business_day, service_id, seq) WHERE seq IS NOT NULL;
  CREATE INDEX tickets_waiting ON tickets (service_id, priority, wait_since, id) WHERE state = 'waiting';
  CREATE INDEX tickets_open ON tickets (business_day) WHERE state IN ('waiting', 'called', 'serving', 'held');
  CREATE INDEX tickets_held ON tickets (window_no, held_at) WHERE state = 'held';
`;

export const migration012: Migration = {
  version: 12,
  name: 'queue moves: held tickets (挂起), re-queued no-shows (过号重排), transfers to one window or one clerk',
  sql: TICKETS_WITH_MOVES,
  rebuildsTables: true,
};
