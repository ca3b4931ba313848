// The item catalogue (事项): list it (retired items too) and save one (create, or update by code). An
// item belongs to a service; a deferred item (承诺件) promises working days. Retiring an item
// (enabled false) keeps it for the tickets that name it; the kiosk and the console no longer offer it.
import { HallFault, type ItemConfigView, type ParsedInput } from '../contract';
import type { Db } from '../core/db';
import { localized, type ItemRow } from '../core/rows';
import type { AuditTrail } from './audit';
import { auditedSave } from './audited-save';

/** An item as the manager sees it (and as the configuration file carries it). */
export const itemView = (r: ItemRow): ItemConfigView => ({
  code: r.code,
  serviceId: r.service_id,
  name: localized(r),
  kind: r.kind,
  promisedDays: r.promised_days,
  enabled: r.enabled === 1,
});

/** Writes one item row (created, or updated by code): the admin page's save and a configuration import. */
export function writeItem(db: Db, i: ItemConfigView, exists: boolean): void {
  const values = [i.serviceId, i.name['zh-CN'], i.name['zh-TW'], i.name.en, i.kind, i.promisedDays, i.enabled ? 1 : 0, i.code];
  const sql = exists
    ? 'UPDATE items SET service_id = ?, name_zh_cn = ?, name_zh_tw = ?, name_en = ?, kind = ?, promised_days = ?, enabled = ? WHERE code = ?'
    : 'INSERT INTO items (service_id, name_zh_cn, name_zh_tw, name_en, kind, promised_days, enabled, code) VALUES (?, ?, ?, ?, ?, ?, ?, ?)';
  db.prepare(sql).run(...values);
}

export class ItemCatalog {
  constructor(
    private readonly db: Db,
    private readonly audit: AuditTrail,
    private readonly applied: () => void,
  ) {}

  list(serviceId?: string): ItemConfigView[] {
    const rows = this.db.prepare('SELECT * FROM items WHERE (? IS NULL OR service_id = ?) ORDER BY service_id, code').all(serviceId ?? null, serviceId ?? null);
    return (rows as ItemRow[]).map(itemView);
  }

  save(input: ParsedInput<'config.saveItem'>, userId: string): ItemConfigView {
    const { saved, changed } = auditedSave(this.db, this.audit, userId, {
      what: 'item',
      target: input.code,
      read: () => {
        const r = this.db.prepare('SELECT * FROM items WHERE code = ?').get(input.code) as ItemRow | undefined;
        return r && itemView(r);
      },
      check: () => {
        if (!this.db.prepare('SELECT 1 FROM services WHERE id = ?').get(input.serviceId)) {
          throw new HallFault('bad_request', `serviceId: no service ${input.serviceId}`, 'serviceId');
        }
      },
      write: (exists) => writeItem(this.db, input, exists),
    });
    if (changed) this.applied();
    return saved;
  }
}
