// The one way a configuration row is saved: in one transaction, read it as it was, check, write it,
// read it as it is, and record the change (created or updated, before → after) in the audit trail;
// a save that changes nothing writes no audit row. The caller applies the change after the commit.
import type { Db } from '../core/db';
import type { AuditTrail } from './audit';

export interface AuditedSave<V> {
  /** `service`, `item`, …: the audit action is `<what>.created` or `<what>.updated`. */
  what: string;
  target: string;
  /** The row as the manager sees it, or undefined when there is none yet. */
  read(): V | undefined;
  /** Throws a HallFault for a clash with another row (runs before anything is written). */
  check?(): void;
  write(exists: boolean): void;
}

export function auditedSave<V>(db: Db, audit: AuditTrail, userId: string, save: AuditedSave<V>): { saved: V; changed: boolean } {
  return db.transaction(() => {
    const before = save.read();
    save.check?.();
    save.write(before !== undefined);
    const saved = save.read()!;
    const changed = before === undefined || JSON.stringify(before) !== JSON.stringify(saved);
    if (changed) audit.record(userId, `${save.what}.${before === undefined ? 'created' : 'updated'}`, save.target, before ?? null, saved);
    return { saved, changed };
  })();
}
