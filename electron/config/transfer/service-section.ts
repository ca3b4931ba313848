// Services in the configuration file: created or updated by id, the prefix unique across what the hall
// keeps and what the file brings.
import type { ServiceEntry } from '../../contract';
import type { Db } from '../../core/db';
import type { ServiceRow } from '../../core/rows';
import { serviceView, writeService } from '../services';
import { entryFault, type EntrySection } from './section';

export const serviceSection: EntrySection<ServiceEntry> = {
  name: 'services',
  what: 'service',
  keyField: 'id',
  keyOf: (s) => s.id,
  entries: (file) => file.services,
  read: (db) => (db.prepare('SELECT * FROM services ORDER BY sort, id').all() as ServiceRow[]).map(serviceView),
  check(entry, at, { db, file }) {
    // Named at the later of two entries with one prefix, or at the entry whose prefix a kept service holds.
    const inFile = file.services.slice(0, file.services.indexOf(entry)).find((s) => s.prefix === entry.prefix && s.id !== entry.id);
    const kept = db.prepare('SELECT id FROM services WHERE prefix = ? AND id <> ?').all(entry.prefix, entry.id) as { id: string }[];
    const clash = inFile?.id ?? kept.find((k) => !file.services.some((s) => s.id === k.id))?.id;
    if (clash) throw entryFault(at, 'prefix', `${entry.prefix} is the prefix of service ${clash}`);
  },
  // Two services may swap prefixes: park the ones that change on their lower-case letter (free, since
  // prefixes are capitals) so no write meets a prefix that is about to move away.
  beforeWrites(db, updated) {
    const park = db.prepare('UPDATE services SET prefix = lower(prefix) WHERE id = ? AND prefix <> ?');
    for (const s of updated) park.run(s.id, s.prefix);
  },
  write: writeService,
};

/** Whether a service id is in the file or already in the hall (items and windows name services). */
export function serviceKnown(id: string, ctx: { db: Db; file: { services: { id: string }[] } }): boolean {
  return ctx.file.services.some((s) => s.id === id) || ctx.db.prepare('SELECT 1 FROM services WHERE id = ?').get(id) !== undefined;
}
