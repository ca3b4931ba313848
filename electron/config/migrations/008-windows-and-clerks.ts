// Migration 8 (never edit it once shipped, add the next number): what the manager configures of
// windows and clerks (issue 11). A window gets its bus addresses (its LED screen, its call keypad /
// evaluator) and a retired state; a user gets an optional photo. Nothing is deleted: a window or a
// clerk with history is retired or disabled. An address belongs to one window still in use.
import type { Migration } from '../../shared/migrate';

export const migration008: Migration = {
  version: 8,
  name: 'windows and clerks: LED screen and keypad addresses, retired windows, clerk photos',
  sql: `
    ALTER TABLE windows ADD COLUMN led_address INTEGER CHECK (led_address IS NULL OR led_address BETWEEN 0 AND 65534);
    ALTER TABLE windows ADD COLUMN keypad_address INTEGER CHECK (keypad_address IS NULL OR keypad_address BETWEEN 0 AND 255);
    ALTER TABLE windows ADD COLUMN enabled INTEGER NOT NULL DEFAULT 1 CHECK (enabled IN (0, 1));
    CREATE UNIQUE INDEX windows_led_address ON windows (led_address) WHERE led_address IS NOT NULL AND enabled = 1;
    CREATE UNIQUE INDEX windows_keypad_address ON windows (keypad_address) WHERE keypad_address IS NOT NULL AND enabled = 1;
    ALTER TABLE users ADD COLUMN photo TEXT;
  `,
};
