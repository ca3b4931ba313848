// In-memory counts the engine answers from without touching the disk on every kiosk refresh: tickets
// waiting per service and class, and numbers issued per service today. Rebuilt from the rows at start,
// on a new business day and after any rolled-back transaction, so they never drift from the store.
import type { PriorityClass } from '../contract';
import type { statementCache } from './db';

type Sql = ReturnType<typeof statementCache>;

export class QueueCounts {
  private waitingBy = new Map<string, Record<PriorityClass, number>>();
  private issuedBy = new Map<string, number>();
  private lastSeqBy = new Map<string, number>();

  constructor(private readonly sql: Sql) {}

  load(day: string): void {
    this.waitingBy.clear();
    this.issuedBy.clear();
    this.lastSeqBy.clear();
    const waiting = this.sql("SELECT service_id, priority, count(*) AS n FROM tickets WHERE state = 'waiting' GROUP BY service_id, priority").all() as {
      service_id: string;
      priority: PriorityClass;
      n: number;
    }[];
    for (const r of waiting) this.classes(r.service_id)[r.priority] = r.n;
    const issued = this.sql(
      'SELECT service_id, count(*) AS n, max(seq) AS last FROM tickets WHERE business_day = ? AND seq IS NOT NULL GROUP BY service_id',
    ).all(day) as { service_id: string; n: number; last: number }[];
    for (const r of issued) {
      this.issuedBy.set(r.service_id, r.n);
      this.lastSeqBy.set(r.service_id, r.last);
    }
  }

  waiting(serviceId: string): number {
    const c = this.waitingBy.get(serviceId);
    return c ? c.normal + c.priority + c.appointment : 0;
  }

  waitingIn(serviceId: string, priority: PriorityClass): number {
    return this.waitingBy.get(serviceId)?.[priority] ?? 0;
  }

  /** How many tickets of this service the policy calls before a new ticket of this class. */
  ahead(serviceId: string, priority: PriorityClass): number {
    const c = this.waitingBy.get(serviceId);
    if (!c) return 0;
    return priority === 'normal' ? c.normal + c.priority + c.appointment : c.priority + c.appointment;
  }

  issued(serviceId: string): number {
    return this.issuedBy.get(serviceId) ?? 0;
  }

  /** The last sequence number issued today in this service, or null before the first. */
  lastSeq(serviceId: string): number | null {
    return this.lastSeqBy.get(serviceId) ?? null;
  }

  /** A ticket joined a queue; `seq` when it took a new number (a transfer keeps its old one: null). */
  joined(serviceId: string, priority: PriorityClass, seq: number | null): void {
    this.classes(serviceId)[priority] += 1;
    if (seq !== null) {
      this.issuedBy.set(serviceId, this.issued(serviceId) + 1);
      this.lastSeqBy.set(serviceId, seq);
    }
  }

  left(serviceId: string, priority: PriorityClass): void {
    this.classes(serviceId)[priority] -= 1;
  }

  private classes(serviceId: string): Record<PriorityClass, number> {
    let c = this.waitingBy.get(serviceId);
    if (!c) {
      c = { normal: 0, priority: 0, appointment: 0 };
      this.waitingBy.set(serviceId, c);
    }
    return c;
  }
}
