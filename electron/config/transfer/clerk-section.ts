// Clerks and managers in the configuration file (users of role clerk / admin), never their PINs. A clerk
// new to this hall is written with no usable PIN (NO_PIN matches no PIN at all: core/auth.ts checks only
// scrypt hashes) and cannot log in until a manager resets the PIN; an existing one keeps theirs. A
// manager's import may not disable or demote their own account.
import type { ClerkEntry } from '../../contract';
import { entryFault, type EntrySection } from './section';

/** The stored "PIN" of an imported clerk: no PIN verifies against it. */
export const NO_PIN = 'none:reset-by-manager';

export const clerkSection: EntrySection<ClerkEntry> = {
  name: 'clerks',
  what: 'clerk',
  keyField: 'id',
  keyOf: (c) => c.id,
  entries: (file) => file.clerks,
  read: (db) =>
    (db.prepare("SELECT id, name, role, active FROM users WHERE role IN ('clerk', 'admin') ORDER BY id").all() as ClerkRow[]).map((r) => ({
      id: r.id,
      name: r.name,
      role: r.role,
      active: r.active === 1,
    })),
  check(entry, at, { db, userId }) {
    const row = db.prepare('SELECT role FROM users WHERE id = ?').get(entry.id) as { role: string } | undefined;
    if (row && row.role !== 'clerk' && row.role !== 'admin') throw entryFault(at, 'id', `${entry.id} is a device account (${row.role}) in this hall`);
    if (entry.id === userId && (entry.role !== 'admin' || !entry.active)) {
      throw entryFault(at, entry.active ? 'role' : 'active', `the import would take away your own manager account (${userId})`);
    }
  },
  write(db, c, exists) {
    if (!exists) {
      db.prepare('INSERT INTO users (id, name, role, pin_hash, active) VALUES (?, ?, ?, ?, ?)').run(c.id, c.name, c.role, NO_PIN, c.active ? 1 : 0);
      return;
    }
    db.prepare('UPDATE users SET name = ?, role = ?, active = ? WHERE id = ?').run(c.name, c.role, c.active ? 1 : 0, c.id);
    if (!c.active) db.prepare('DELETE FROM sessions WHERE user_id = ?').run(c.id); // a disabled account is logged out
  },
  warning: (c, exists) =>
    exists ? undefined : { code: 'clerk_without_pin', message: `${c.id} ${c.name} has no PIN in this hall: a manager resets it before they can log in` },
};

interface ClerkRow {
  id: string;
  name: string;
  role: 'clerk' | 'admin';
  active: number;
}
