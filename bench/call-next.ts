// Call-next time with 1k, 10k and 100k tickets waiting: the policy sees only queue heads served by
// partial indexes, so the time should not grow with the queue.
import Database from 'better-sqlite3';
import { join } from 'node:path';
import type { Session } from '../electron/contract';
import { MONDAY_9AM, nowMs, summarize, withTempHall } from './util';

const SERVICES = ['A', 'B', 'C', 'D', 'E', 'F', 'Z'];

function fill(dataDir: string, waiting: number): void {
  const db = new Database(join(dataDir, 'tongban.db'));
  const insert = db.prepare(
    `INSERT INTO tickets (business_day, service_id, seq, number, priority, state, issued_at, wait_since)
     VALUES ('2026-11-23', ?, NULL, ?, ?, 'waiting', ?, ?)`,
  );
  db.transaction(() => {
    for (let i = 0; i < waiting; i++) {
      const service = SERVICES[i % SERVICES.length]!;
      const at = MONDAY_9AM - 3600_000 + i;
      insert.run(service, `${service}${i % 1000}`, i % 50 === 0 ? 'priority' : 'normal', at, at);
    }
  })();
  db.close();
}

export function benchCallNext(waiting: number, calls = 300): { p50: number; p99: number; mean: number } {
  return withTempHall(
    (hall) => {
      const login = hall.dispatch('auth.login', { user: '1003', pin: '1234' }, null);
      if (!login.ok) throw new Error('login failed');
      const clerk = login.value as Session;
      hall.dispatch('window.signIn', { window: 3 }, clerk);
      const samples: number[] = [];
      for (let i = 0; i < calls; i++) {
        const start = nowMs();
        const r = hall.dispatch('window.callNext', { window: 3 }, clerk);
        samples.push(nowMs() - start);
        if (!r.ok || !(r.value as { ticket: unknown }).ticket) throw new Error('call next found nothing');
        hall.dispatch('window.noShow', { window: 3 }, clerk);
      }
      return summarize(samples);
    },
    (dataDir) => fill(dataDir, waiting),
  );
}
