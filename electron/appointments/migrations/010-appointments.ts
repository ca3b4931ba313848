// Migration 10 (never edit it once shipped, add the next number): bookings (预约) made elsewhere or at
// the console. One row per booking code; its state only moves forward and a row is never deleted (a
// cancelled booking stays cancelled). The slot is stored as instants and as the hall-local day, so
// today's list and the check-in find it by day. Name and phone are personal data (docs/SYNC.md).
import type { Migration } from '../../shared/migrate';

export const migration010: Migration = {
  version: 10,
  name: 'appointments: booking code, service, slot, resident (optional), state, the ticket of its check-in',
  sql: `
    CREATE TABLE appointments (
      id INTEGER PRIMARY KEY,
      code TEXT NOT NULL UNIQUE CHECK (length(code) BETWEEN 4 AND 16),
      service_id TEXT NOT NULL REFERENCES services(id),
      business_day TEXT NOT NULL CHECK (length(business_day) = 10),
      slot_start INTEGER NOT NULL,
      slot_end INTEGER NOT NULL CHECK (slot_end > slot_start),
      resident_name TEXT CHECK (resident_name IS NULL OR length(resident_name) <= 32),
      resident_phone TEXT CHECK (resident_phone IS NULL OR length(resident_phone) <= 20),
      state TEXT NOT NULL DEFAULT 'booked' CHECK (state IN ('booked', 'checked_in', 'cancelled', 'converted')),
      source TEXT NOT NULL CHECK (source IN ('import', 'console', 'api')),
      ticket_id INTEGER UNIQUE REFERENCES tickets(id),
      created_at INTEGER NOT NULL,
      updated_at INTEGER NOT NULL,
      checked_in_at INTEGER,
      CHECK ((state IN ('checked_in', 'converted')) = (ticket_id IS NOT NULL))
    );
    CREATE INDEX appointments_day ON appointments (business_day, service_id, slot_start);
  `,
};
