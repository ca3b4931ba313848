// Clerks and managers in the configuration file (users of role clerk / admin), with their photos, never
// their PINs. A clerk new to this hall is written with no usable PIN (NO_PIN matches no PIN at all:
// core/auth.ts checks only scrypt hashes) and cannot log in until a manager sets the PIN; an existing
// one keeps theirs. A manager's import may not disable or demote their own account. The plan and the
// audit show a photo as its type, size and a short hash, never the image (as config.setClerkPhoto).
import { createHash } from 'node:crypto';
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
    (db.prepare("SELECT id, name, role, active, photo FROM users WHERE role IN ('clerk', 'admin') ORDER BY id").all() as ClerkRow[]).map((r) => ({
      id: r.id,
      name: r.name,
      role: r.role,
      active: r.active === 1,
      photo: r.photo,
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
      db.prepare('INSERT INTO users (id, name, role, pin_hash, active, photo) VALUES (?, ?, ?, ?, ?, ?)').run(
        c.id,
        c.name,
        c.role,
        NO_PIN,
        c.active ? 1 : 0,
        c.photo,
      );
      return;
    }
    db.prepare('UPDATE users SET name = ?, role = ?, active = ?, photo = ? WHERE id = ?').run(c.name, c.role, c.active ? 1 : 0, c.photo, c.id);
    if (!c.active) db.prepare('DELETE FROM sessions WHERE user_id = ?').run(c.id); // a disabled account is logged out
  },
  describe: (c) => ({ ...c, photo: describePhoto(c.photo) }),
  warning: (c, exists) =>
    exists ? undefined : { code: 'clerk_without_pin', message: `${c.id} ${c.name} has no PIN in this hall: a manager resets it before they can log in` },
};

/** `image/jpeg 23 KiB #1a2b3c4d`: enough to see that a photo changed, nothing of the image itself. */
export function describePhoto(photo: string | null): string | null {
  if (photo === null) return null;
  const type = photo.slice(5, photo.indexOf(';'));
  const kib = Math.ceil((((photo.length - photo.indexOf(',') - 1) * 3) / 4 / 1024) * 10) / 10;
  return `${type} ${kib} KiB #${createHash('sha256').update(photo).digest('hex').slice(0, 8)}`;
}

interface ClerkRow {
  id: string;
  name: string;
  role: 'clerk' | 'admin';
  active: number;
  photo: string | null;
}
