// Device accounts (kiosks and rating pads, pairing/) in the configuration file, by name: kind, the
// window a pad stands at, revoked or not; never a pairing code, a token or a session. An entry whose
// name no account of this hall has is made here unpaired (no PIN, no code): the device is paired on
// this hall with a fresh code. An account that exists by name (the one in use; else the newest revoked
// one) keeps its id, its pairing and its sessions, and takes the file's window; the file may revoke it
// (final: its sessions end), but never un-revoke it: an entry in use whose namesake here is revoked is a
// new account, as on the Devices page. Its kind is what it is: a kiosk never becomes a pad.
import { randomBytes } from 'node:crypto';
import type { DeviceEntry } from '../../contract';
import type { Db } from '../../core/db';
import { endSessions } from '../../pairing/device-sessions';
import { entryFault, type EntrySection, type ImportContext } from './section';

interface DeviceRow {
  id: string;
  name: string;
  role: 'kiosk' | 'pad';
  active: number;
  window_no: number | null;
}

/** The hall's accounts, one per name: the one in use, else the newest revoked one. */
function accountsByName(db: Db): Map<string, DeviceRow> {
  const rows = db
    .prepare(
      `SELECT u.id, u.name, u.role, u.active, p.window_no FROM users u
       LEFT JOIN rating_pads p ON p.user_id = u.id LEFT JOIN device_accounts d ON d.user_id = u.id
       WHERE u.role IN ('kiosk', 'pad') ORDER BY u.active, coalesce(d.revoked_at, 0), u.rowid`,
    )
    .all() as DeviceRow[];
  return new Map(rows.map((r) => [r.name, r])); // later rows win: in use over revoked, newer over older
}

const entryOf = (r: DeviceRow): DeviceEntry => ({ name: r.name, kind: r.role, window: r.window_no, revoked: r.active === 0 });

export const deviceSection: EntrySection<DeviceEntry> = {
  name: 'devices',
  what: 'device',
  keyField: 'name',
  keyOf: (d) => d.name,
  entries: (file) => file.devices,
  read: (db) => [...accountsByName(db).values()].sort((a, b) => (a.role === b.role ? (a.name < b.name ? -1 : 1) : a.role < b.role ? -1 : 1)).map(entryOf),
  check(entry, at, ctx) {
    const here = accountsByName(ctx.db).get(entry.name);
    if (here && here.role !== entry.kind) throw entryFault(at, 'kind', `${entry.name} is a ${here.role} in this hall`);
    if (entry.window === null) return;
    const { db, file } = ctx;
    const windowKnown = file.windows.some((w) => w.number === entry.window) || db.prepare('SELECT 1 FROM windows WHERE number = ?').get(entry.window);
    if (!windowKnown) throw entryFault(at, 'window', `no window ${entry.window} in this file or hall`);
    if (entry.revoked) return;
    const earlier = file.devices.slice(0, file.devices.indexOf(entry)).find((d) => !d.revoked && d.window === entry.window);
    if (earlier) throw entryFault(at, 'window', `window ${entry.window} already has pad ${earlier.name} in this file`);
    const holder = padAt(db, entry.window, here?.id);
    if (holder && !file.devices.some((d) => d.name === holder.name)) {
      throw entryFault(at, 'window', `window ${entry.window} already has pad ${holder.name} in this hall`);
    }
  },
  write(db, d, exists, ctx) {
    const here = exists ? accountsByName(db).get(d.name) : undefined;
    if (!here || (here.active === 0 && !d.revoked)) return void create(db, d, ctx);
    if (d.window !== null && d.window !== here.window_no) takeWindow(db, here.id, d.window);
    if (d.revoked && here.active === 1) revoke(db, here.id, ctx.now);
  },
  warning: (d, exists) =>
    exists || d.revoked ? undefined : { code: 'device_unpaired', message: `${d.name} is new here: pair the device with a new code on the Devices page` },
};

/** An account in use at the window, other than `self`. */
function padAt(db: Db, windowNo: number, self: string | undefined): { id: string; name: string } | undefined {
  return db
    .prepare('SELECT u.id, u.name FROM rating_pads p JOIN users u ON u.id = p.user_id WHERE p.window_no = ? AND u.active = 1 AND u.id <> ?')
    .get(windowNo, self ?? '') as { id: string; name: string } | undefined;
}

/** A new account as the Devices page makes one (pairing/device-accounts.ts): no PIN opens it, only a code. */
function create(db: Db, d: DeviceEntry, ctx: ImportContext): void {
  let id: string;
  do id = `${d.kind}-${randomBytes(3).toString('hex')}`;
  while (db.prepare('SELECT 1 FROM users WHERE id = ?').get(id));
  db.prepare('INSERT INTO users (id, name, role, pin_hash, active) VALUES (?, ?, ?, ?, ?)').run(id, d.name, d.kind, 'paired-only', d.revoked ? 0 : 1);
  db.prepare('INSERT INTO device_accounts (user_id, created_at, revoked_at) VALUES (?, ?, ?)').run(id, ctx.now, d.revoked ? ctx.now : null);
  if (d.window !== null) takeWindow(db, id, d.window);
}

/** One pad per window (rating_pads.window_no is unique): whoever else is named there gives it up. */
function takeWindow(db: Db, id: string, windowNo: number): void {
  db.prepare('DELETE FROM rating_pads WHERE window_no = ? AND user_id <> ?').run(windowNo, id);
  db.prepare('INSERT INTO rating_pads (user_id, window_no) VALUES (?, ?) ON CONFLICT (user_id) DO UPDATE SET window_no = excluded.window_no').run(id, windowNo);
}

function revoke(db: Db, id: string, now: number): void {
  db.prepare('UPDATE users SET active = 0 WHERE id = ?').run(id);
  db.prepare('INSERT INTO device_accounts (user_id) VALUES (?) ON CONFLICT (user_id) DO NOTHING').run(id);
  db.prepare('UPDATE device_accounts SET revoked_at = ?, code_hash = NULL, code_expires_at = NULL WHERE user_id = ?').run(now, id);
  endSessions(db, id);
}
