// Windows in the configuration file: number, name, the A岗/X岗 profile (tables windows and
// window_services), the LED screen and keypad addresses on the hall buses, retired or not. A window's
// profile is part of the window: importing it sets the window's services to the file's (a change shown
// before → after); a window the file does not name is kept as it is. A new window starts closed; an
// existing one keeps its state (open, paused, who is signed in). As on the Windows page, an address
// belongs to one window in use (across the file and the windows it keeps), and a staffed window is
// not retired.
import type { WindowEntry } from '../../contract';
import type { Db } from '../../core/db';
import { entryFault, type EntrySection, type ImportContext } from './section';
import { serviceKnown } from './service-section';

interface WindowRow {
  number: number;
  name: string;
  led_address: number | null;
  keypad_address: number | null;
  enabled: number;
  clerk_id: string | null;
}

const ADDRESSES = [
  ['ledAddress', 'led_address', 'LED screen'],
  ['keypadAddress', 'keypad_address', 'keypad'],
] as const;

export const windowSection: EntrySection<WindowEntry> = {
  name: 'windows',
  what: 'window',
  keyField: 'number',
  keyOf: (w) => String(w.number),
  entries: (file) => file.windows,
  read(db) {
    const windows = db.prepare('SELECT * FROM windows ORDER BY number').all() as WindowRow[];
    const links = db
      .prepare(
        'SELECT ws.window_no, ws.service_id, ws.role FROM window_services ws JOIN services s ON s.id = ws.service_id ORDER BY ws.window_no, s.sort, s.id',
      )
      .all() as { window_no: number; service_id: string; role: 'primary' | 'backup' }[];
    return windows.map((w) => {
      const own = links.filter((l) => l.window_no === w.number);
      const of = (role: string) => own.filter((l) => l.role === role).map((l) => l.service_id);
      return {
        number: w.number,
        name: w.name,
        primary: of('primary'),
        backup: of('backup'),
        ledAddress: w.led_address,
        keypadAddress: w.keypad_address,
        enabled: w.enabled === 1,
      };
    });
  },
  check(entry, at, ctx) {
    const seen = new Set<string>();
    for (const role of ['primary', 'backup'] as const) {
      entry[role].forEach((id, i) => {
        if (!serviceKnown(id, ctx)) throw entryFault(at, `${role}[${i}]`, `no service ${id} in this file or hall`);
        if (seen.has(id)) throw entryFault(at, `${role}[${i}]`, `${id} is named twice in this window's profile`);
        seen.add(id);
      });
    }
    if (entry.enabled) checkAddresses(entry, at, ctx);
    const row = ctx.db.prepare('SELECT clerk_id, enabled FROM windows WHERE number = ?').get(entry.number) as
      Pick<WindowRow, 'clerk_id' | 'enabled'> | undefined;
    if (!entry.enabled && row?.enabled === 1 && row.clerk_id !== null) {
      throw entryFault(at, 'enabled', `window ${entry.number} is staffed by ${row.clerk_id}; they must sign out before it is retired`);
    }
  },
  // Two windows may swap addresses: clear the ones that change first, so no write meets an old one.
  beforeWrites(db, updated) {
    const clear = db.prepare('UPDATE windows SET led_address = NULL, keypad_address = NULL WHERE number = ?');
    for (const w of updated) clear.run(w.number);
  },
  write(db, w, exists) {
    const values = [w.name, w.ledAddress, w.keypadAddress, w.enabled ? 1 : 0, w.number];
    const sql = exists
      ? 'UPDATE windows SET name = ?, led_address = ?, keypad_address = ?, enabled = ? WHERE number = ?'
      : 'INSERT INTO windows (name, led_address, keypad_address, enabled, number) VALUES (?, ?, ?, ?, ?)';
    db.prepare(sql).run(...values);
    db.prepare('DELETE FROM window_services WHERE window_no = ?').run(w.number);
    const link = db.prepare('INSERT INTO window_services (window_no, service_id, role) VALUES (?, ?, ?)');
    for (const id of w.primary) link.run(w.number, id, 'primary');
    for (const id of w.backup) link.run(w.number, id, 'backup');
  },
};

/** An address of a window in use is no other window's in use: an earlier one of the file, or one the file keeps. */
function checkAddresses(entry: WindowEntry, at: string, { db, file }: ImportContext): void {
  const earlier = file.windows.slice(0, file.windows.indexOf(entry)).filter((w) => w.enabled && w.number !== entry.number);
  for (const [field, column, what] of ADDRESSES) {
    const address = entry[field];
    if (address === null) continue;
    const inFile = earlier.find((w) => w[field] === address);
    const kept = keptWith(db, column, address, entry.number).find((n) => !file.windows.some((w) => w.number === n));
    const clash = inFile?.number ?? kept;
    if (clash !== undefined) throw entryFault(at, field, `${address} is the ${what} address of window ${clash}`);
  }
}

function keptWith(db: Db, column: string, address: number, self: number): number[] {
  const rows = db.prepare(`SELECT number FROM windows WHERE ${column} = ? AND enabled = 1 AND number <> ?`).all(address, self) as { number: number }[];
  return rows.map((r) => r.number);
}
