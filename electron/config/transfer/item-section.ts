// Items (事项) in the configuration file: created or updated by code, each naming a service of the
// file or the hall.
import type { ItemEntry } from '../../contract';
import { localized, type ItemRow } from '../../core/rows';
import { entryFault, type EntrySection } from './section';
import { serviceKnown } from './service-section';

export const itemSection: EntrySection<ItemEntry> = {
  name: 'items',
  what: 'item',
  keyField: 'code',
  keyOf: (i) => i.code,
  entries: (file) => file.items,
  read: (db) =>
    (db.prepare('SELECT * FROM items ORDER BY service_id, code').all() as ItemRow[]).map((r) => ({
      code: r.code,
      serviceId: r.service_id,
      name: localized(r),
      kind: r.kind,
      promisedDays: r.promised_days,
      enabled: r.enabled === 1,
    })),
  check(entry, at, ctx) {
    if (!serviceKnown(entry.serviceId, ctx)) throw entryFault(at, 'serviceId', `no service ${entry.serviceId} in this file or hall`);
  },
  write(db, i, exists) {
    const values = [i.serviceId, i.name['zh-CN'], i.name['zh-TW'], i.name.en, i.kind, i.promisedDays, i.enabled ? 1 : 0, i.code];
    const sql = exists
      ? 'UPDATE items SET service_id = ?, name_zh_cn = ?, name_zh_tw = ?, name_en = ?, kind = ?, promised_days = ?, enabled = ? WHERE code = ?'
      : 'INSERT INTO items (service_id, name_zh_cn, name_zh_tw, name_en, kind, promised_days, enabled, code) VALUES (?, ?, ?, ?, ?, ?, ?, ?)';
    db.prepare(sql).run(...values);
  },
};
