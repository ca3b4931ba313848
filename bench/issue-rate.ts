// Ticket issue rate through the whole engine (validation, numbering, cap check, ticket row and
// event row in one transaction) against a raw better-sqlite3 insert of the same ticket row, each in
// its own transaction, on the same kind of database file in the same run.
import Database from 'better-sqlite3';
import { join } from 'node:path';
import type { Session } from '../electron/contract';
import { nowMs, withTempHall } from './util';

const SERVICES = ['A', 'B', 'C', 'D', 'E', 'F', 'Z'];
const PER_SERVICE = 900;

export function benchIssueRate(): { engine: number; raw: number; ratio: number; tickets: number } {
  const total = SERVICES.length * PER_SERVICE;
  const engine = withTempHall((hall) => {
    const kiosk = hall.dispatch('auth.login', { user: 'kiosk', pin: '8888' }, null);
    if (!kiosk.ok) throw new Error('login failed');
    const session = kiosk.value as Session;
    const start = nowMs();
    for (let i = 0; i < total; i++) {
      const r = hall.dispatch('tickets.issue', { serviceId: SERVICES[i % SERVICES.length] }, session);
      if (!r.ok) throw new Error(r.error.message);
    }
    return total / ((nowMs() - start) / 1000);
  });
  const raw = withTempHall((hall, dataDir) => {
    hall.close();
    const db = new Database(join(dataDir, 'tongban.db'));
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    const insert = db.prepare(
      `INSERT INTO tickets (business_day, service_id, seq, number, priority, state, issued_at, wait_since)
       VALUES (?, ?, ?, ?, 'normal', 'waiting', ?, ?)`,
    );
    const start = nowMs();
    for (let i = 0; i < total; i++) {
      const service = SERVICES[i % SERVICES.length]!;
      const seq = Math.floor(i / SERVICES.length) + 1;
      insert.run('2026-11-23', service, seq, `${service}${String(seq).padStart(3, '0')}`, Date.now(), Date.now());
    }
    const rate = total / ((nowMs() - start) / 1000);
    db.close();
    return rate;
  });
  return { engine, raw, ratio: engine / raw, tickets: total };
}
