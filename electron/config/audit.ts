// The audit trail: one append-only row per manager change (who, when, what, before → after), written
// inside the change's own transaction so a change and its record commit or roll back together.
import type { AuditEntry, AuditPage } from '../contract';
import { businessDayOf, type Clock } from '../core/clock';
import type { Db } from '../core/db';

interface AuditRow {
  id: number;
  at: number;
  business_day: string;
  user_id: string;
  action: string;
  target: string | null;
  before: string | null;
  after: string | null;
}

export class AuditTrail {
  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
    private readonly timeZone: () => string,
  ) {}

  /** A trail that records nothing: the demo hall's own setup, which is no manager's change. */
  static silent(): AuditTrail {
    return Object.assign(Object.create(AuditTrail.prototype) as AuditTrail, { record: () => {} });
  }

  /** Call inside the change's transaction. */
  record(userId: string, action: string, target: string | null, before: unknown, after: unknown): void {
    const at = this.clock.now();
    this.db
      .prepare('INSERT INTO audit (at, business_day, user_id, action, target, before, after) VALUES (?, ?, ?, ?, ?, ?, ?)')
      .run(
        at,
        businessDayOf(at, this.timeZone()),
        userId,
        action,
        target,
        before === null ? null : JSON.stringify(before),
        after === null ? null : JSON.stringify(after),
      );
  }

  list(query: { before?: number | undefined; limit: number; userId?: string | undefined; action?: string | undefined }): AuditPage {
    const rows = this.db
      .prepare(
        `SELECT * FROM audit WHERE (? IS NULL OR id < ?) AND (? IS NULL OR user_id = ?) AND (? IS NULL OR action = ?)
         ORDER BY id DESC LIMIT ?`,
      )
      .all(
        query.before ?? null,
        query.before ?? null,
        query.userId ?? null,
        query.userId ?? null,
        query.action ?? null,
        query.action ?? null,
        query.limit + 1,
      ) as AuditRow[];
    const page = rows.slice(0, query.limit);
    return { entries: page.map(entryOf), next: rows.length > query.limit ? page.at(-1)!.id : null };
  }
}

const entryOf = (r: AuditRow): AuditEntry => ({
  id: r.id,
  at: new Date(r.at).toISOString(),
  businessDay: r.business_day,
  userId: r.user_id,
  action: r.action,
  target: r.target,
  before: r.before === null ? null : JSON.parse(r.before),
  after: r.after === null ? null : JSON.parse(r.after),
});
