// The manager's services: list them all (disabled ones too) and save one (create, or update by id).
// A prefix stays unique in the hall; every save is one transaction with its audit row, then the
// queue reloads its configuration and every screen hears hall.changed.
import { HallFault, type Input, type ServiceConfigView } from '../contract';
import type { Db } from '../core/db';
import { localized, type ServiceRow } from '../core/rows';
import type { AuditTrail } from './audit';
import { auditedSave } from './audited-save';

/** A service as the manager sees it (and as the configuration file carries it). */
export const serviceView = (r: ServiceRow): ServiceConfigView => ({
  id: r.id,
  prefix: r.prefix,
  name: localized(r),
  dailyCap: r.daily_cap,
  startNumber: r.start_number,
  enabled: r.enabled === 1,
  sort: r.sort,
});

type ServiceInput = Required<Omit<Input<'config.saveService'>, 'sort'>> & { sort?: number | undefined };

/** Writes one service row (created, or updated by id): the admin page's save and a configuration import. */
export function writeService(db: Db, s: ServiceConfigView, exists: boolean): void {
  const values = [s.prefix, s.name['zh-CN'], s.name['zh-TW'], s.name.en, s.dailyCap, s.startNumber, s.enabled ? 1 : 0, s.sort, s.id];
  const sql = exists
    ? 'UPDATE services SET prefix = ?, name_zh_cn = ?, name_zh_tw = ?, name_en = ?, daily_cap = ?, start_number = ?, enabled = ?, sort = ? WHERE id = ?'
    : 'INSERT INTO services (prefix, name_zh_cn, name_zh_tw, name_en, daily_cap, start_number, enabled, sort, id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)';
  db.prepare(sql).run(...values);
}

export class ServiceCatalog {
  constructor(
    private readonly db: Db,
    private readonly audit: AuditTrail,
    /** The queue re-reads its configuration and the screens hear of it (after the commit). */
    private readonly applied: () => void,
  ) {}

  list(): ServiceConfigView[] {
    return (this.db.prepare('SELECT * FROM services ORDER BY sort, id').all() as ServiceRow[]).map(serviceView);
  }

  save(input: ServiceInput, userId: string): ServiceConfigView {
    const row = () => this.db.prepare('SELECT * FROM services WHERE id = ?').get(input.id) as ServiceRow | undefined;
    const { saved, changed } = auditedSave(this.db, this.audit, userId, {
      what: 'service',
      target: input.id,
      read: () => {
        const r = row();
        return r && serviceView(r);
      },
      check: () => {
        const clash = this.db.prepare('SELECT id FROM services WHERE prefix = ? AND id <> ?').get(input.prefix, input.id) as { id: string } | undefined;
        if (clash) throw new HallFault('bad_request', `prefix: ${input.prefix} is the prefix of service ${clash.id}`, 'prefix');
      },
      write: (exists) => {
        const next = (this.db.prepare('SELECT coalesce(max(sort), 0) + 1 AS next FROM services').get() as { next: number }).next;
        const sort = input.sort ?? row()?.sort ?? next;
        writeService(this.db, { ...input, sort }, exists);
      },
    });
    if (changed) this.applied();
    return saved;
  }
}
