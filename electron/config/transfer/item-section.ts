// Items (事项) in the configuration file: created or updated by code, each naming a service of the
// file or the hall.
import type { ItemEntry } from '../../contract';
import type { ItemRow } from '../../core/rows';
import { itemView, writeItem } from '../items';
import { entryFault, type EntrySection } from './section';
import { serviceKnown } from './service-section';

export const itemSection: EntrySection<ItemEntry> = {
  name: 'items',
  what: 'item',
  keyField: 'code',
  keyOf: (i) => i.code,
  entries: (file) => file.items,
  read: (db) => (db.prepare('SELECT * FROM items ORDER BY service_id, code').all() as ItemRow[]).map(itemView),
  check(entry, at, ctx) {
    if (!serviceKnown(entry.serviceId, ctx)) throw entryFault(at, 'serviceId', `no service ${entry.serviceId} in this file or hall`);
  },
  write: writeItem,
};
