// Migration 11 (never edit it once shipped, add the next number): pickup records of deferred items
// (承诺件, 收受分离), made at the 办结 of the ticket that accepted the item, with an append-only history
// of every state change (who, when), and the 取件 tickets residents take at the kiosk by pickup code.
// Nothing is deleted: triggers refuse deleting a record and changing or deleting its history.
import type { Migration } from '../../shared/migrate';

export const migration011: Migration = {
  version: 11,
  name: 'pickups: deferred items to pick up, their state history, 取件 tickets',
  sql: `
    CREATE TABLE pickups (
      id INTEGER PRIMARY KEY,
      code TEXT NOT NULL UNIQUE CHECK (length(code) = 6 AND code NOT GLOB '*[^0-9]*'),
      ticket_id INTEGER NOT NULL UNIQUE REFERENCES tickets(id),
      item_code TEXT NOT NULL REFERENCES items(code),
      window_no INTEGER NOT NULL REFERENCES windows(number),
      clerk_id TEXT NOT NULL REFERENCES users(id),
      accepted_day TEXT NOT NULL,
      accepted_at INTEGER NOT NULL,
      promised_day TEXT,
      state TEXT NOT NULL DEFAULT 'accepted' CHECK (state IN ('accepted', 'processing', 'ready', 'handed_over', 'delivered')),
      changed_at INTEGER NOT NULL
    );
    CREATE INDEX pickups_open ON pickups (state, promised_day);
    CREATE TABLE pickup_events (
      id INTEGER PRIMARY KEY,
      pickup_id INTEGER NOT NULL REFERENCES pickups(id),
      at INTEGER NOT NULL,
      from_state TEXT,
      to_state TEXT NOT NULL,
      user_id TEXT NOT NULL,
      ticket_id INTEGER REFERENCES tickets(id)
    );
    CREATE INDEX pickup_events_pickup ON pickup_events (pickup_id, id);
    CREATE TABLE pickup_tickets (
      ticket_id INTEGER PRIMARY KEY REFERENCES tickets(id),
      pickup_id INTEGER NOT NULL REFERENCES pickups(id)
    );
    CREATE INDEX pickup_tickets_pickup ON pickup_tickets (pickup_id);
    CREATE TRIGGER pickups_never_deleted BEFORE DELETE ON pickups BEGIN SELECT RAISE(ABORT, 'pickup records are never deleted'); END;
    CREATE TRIGGER pickup_events_append_only_u BEFORE UPDATE ON pickup_events BEGIN SELECT RAISE(ABORT, 'pickup history is append-only'); END;
    CREATE TRIGGER pickup_events_append_only_d BEFORE DELETE ON pickup_events BEGIN SELECT RAISE(ABORT, 'pickup history is append-only'); END;
  `,
};
