// Windows in the configuration file: number, name and the A岗/X岗 profile (tables windows and
// window_services). A window's profile is part of the window: importing it sets the window's services
// to the file's (a change shown before → after); a window the file does not name is kept as it is.
// A new window starts closed; an existing one keeps its state (open, paused, who is signed in).
import type { WindowEntry } from '../../contract';
import { entryFault, type EntrySection } from './section';
import { serviceKnown } from './service-section';

export const windowSection: EntrySection<WindowEntry> = {
  name: 'windows',
  what: 'window',
  keyField: 'number',
  keyOf: (w) => String(w.number),
  entries: (file) => file.windows,
  read(db) {
    const windows = db.prepare('SELECT number, name FROM windows ORDER BY number').all() as { number: number; name: string }[];
    const links = db
      .prepare(
        'SELECT ws.window_no, ws.service_id, ws.role FROM window_services ws JOIN services s ON s.id = ws.service_id ORDER BY ws.window_no, s.sort, s.id',
      )
      .all() as { window_no: number; service_id: string; role: 'primary' | 'backup' }[];
    return windows.map((w) => {
      const own = links.filter((l) => l.window_no === w.number);
      const of = (role: string) => own.filter((l) => l.role === role).map((l) => l.service_id);
      return { number: w.number, name: w.name, primary: of('primary'), backup: of('backup') };
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
  },
  write(db, w, exists) {
    if (exists) db.prepare('UPDATE windows SET name = ? WHERE number = ?').run(w.name, w.number);
    else db.prepare('INSERT INTO windows (number, name) VALUES (?, ?)').run(w.number, w.name);
    db.prepare('DELETE FROM window_services WHERE window_no = ?').run(w.number);
    const link = db.prepare('INSERT INTO window_services (window_no, service_id, role) VALUES (?, ?, ?)');
    for (const id of w.primary) link.run(w.number, id, 'primary');
    for (const id of w.backup) link.run(w.number, id, 'backup');
  },
};
