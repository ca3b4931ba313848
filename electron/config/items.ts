// The item catalogue (事项): list it (retired items too) and save one (create, or update by code). An
// item belongs to a service; a deferred item (承诺件) promises working days. Retiring an item
// (enabled false) keeps it for the tickets that name it; the kiosk and the console no longer offer it.
import { HallFault, type ItemConfigView, type ParsedInput } from '../contract';
import type { Db } from '../core/db';
import { localized, type ItemRow } from '../core/rows';
import type { AuditTrail } from './audit';
import { auditedSave } from './audited-save';

const view = (r: ItemRow): ItemConfigView => ({
  code: r.code,
  serviceId: r.service_id,
  name: localized(r),
  kind: r.kind,
  promisedDays: r.promised_days,
  enabled: r.enabled === 1,
});

export class ItemCatalog {
  constructor(
    private readonly db: Db,
    private readonly audit: AuditTrail,
    private readonly applied: () => void,
  ) {}

  list(serviceId?: string): ItemConfigView[] {
    const rows = this.db.prepare('SELECT * FROM items WHERE (? IS NULL OR service_id = ?) ORDER BY service_id, code').all(serviceId ?? null, serviceId ?? null);
    return (rows as ItemRow[]).map(view);
  }

  save(input: ParsedInput<'config.saveItem'>, userId: string): ItemConfigView {
    const { saved, changed } = auditedSave(this.db, this.audit, userId, {
      what: 'item',
      target: input.code,
      read: () => {
        const r = this.db.prepare('SELECT * FROM items WHERE code = ?').get(input.code) as ItemRow | undefined;
        return r && view(r);
      },
      check: () => {
        if (!this.db.prepare('SELECT 1 FROM services WHERE id = ?').get(input.serviceId)) {
          throw new HallFault('bad_request', `serviceId: no service ${input.serviceId}`, 'serviceId');
        }
      },
      write: (exists) => {
        const values = [
          input.serviceId,
          input.name['zh-CN'],
          input.name['zh-TW'],
          input.name.en,
          input.kind,
          input.promisedDays,
          input.enabled ? 1 : 0,
          input.code,
        ];
        const sql = exists
          ? 'UPDATE items SET service_id = ?, name_zh_cn = ?, name_zh_tw = ?, name_en = ?, kind = ?, promised_days = ?, enabled = ? WHERE code = ?'
          : 'INSERT INTO items (service_id, name_zh_cn, name_zh_tw, name_en, kind, promised_days, enabled, code) VALUES (?, ?, ?, ?, ?, ?, ?, ?)';
        this.db.prepare(sql).run(...values);
      },
    });
    if (changed) this.applied();
    return saved;
  }
}
