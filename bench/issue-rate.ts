// Ticket issue rate through the whole engine (validation, numbering, cap check, ticket row and
// event row in one transaction) against a raw better-sqlite3 insert of the same ticket row, each in
// its own transaction, into a second copy of the same schema. The two run in alternating blocks so
// that the machine's noise falls on both alike; the ratio is the median of the blocks' ratios.
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Session } from '../electron/contract';
import { openHallDatabase } from '../electron/core/hall-database';
import { nowMs, withTempHall } from './util';

const SERVICES = ['A', 'B', 'C', 'D', 'E', 'F', 'Z'];
const PER_SERVICE = 150; // each commit is an fdatasync now: ~1k tickets a side keep the run short
const BLOCKS = 10;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

export function benchIssueRate(): { engine: number; raw: number; ratio: number; tickets: number } {
  const total = SERVICES.length * PER_SERVICE;
  const perBlock = total / BLOCKS;
  const rawDir = mkdtempSync(join(tmpdir(), 'tongban-bench-raw-'));
  try {
    openHallDatabase(join(rawDir, 'raw.db')).close(); // the same schema, migrated the same way
    const raw = new Database(join(rawDir, 'raw.db'));
    raw.pragma('journal_mode = WAL');
    raw.pragma('synchronous = FULL'); // the hall's own durability, so the ratio compares like with like
    raw.prepare("INSERT INTO services (id, prefix, name_zh_cn, name_zh_tw, name_en) VALUES ('A', 'A', '', '', '')").run();
    const insert = raw.prepare(
      `INSERT INTO tickets (business_day, service_id, seq, number, priority, state, issued_at, wait_since)
       VALUES (?, 'A', ?, ?, 'normal', 'waiting', ?, ?)`,
    );
    return withTempHall((hall) => {
      const login = hall.dispatch('auth.login', { user: 'kiosk', pin: '8888' }, null);
      if (!login.ok) throw new Error('login failed');
      const session = login.value as Session;
      const engineRates: number[] = [];
      const rawRates: number[] = [];
      let issued = 0;
      let seq = 0;
      for (let block = 0; block < BLOCKS; block++) {
        let start = nowMs();
        for (let i = 0; i < perBlock; i++, issued++) {
          const r = hall.dispatch('tickets.issue', { serviceId: SERVICES[issued % SERVICES.length] }, session);
          if (!r.ok) throw new Error(r.error.message);
        }
        engineRates.push(perBlock / ((nowMs() - start) / 1000));
        start = nowMs();
        for (let i = 0; i < perBlock; i++) {
          seq++;
          insert.run('2026-11-23', seq, `A${seq}`, Date.now(), Date.now());
        }
        rawRates.push(perBlock / ((nowMs() - start) / 1000));
      }
      raw.close();
      const ratios = engineRates.map((e, i) => e / rawRates[i]!);
      return { engine: median(engineRates), raw: median(rawRates), ratio: median(ratios), tickets: total };
    });
  } finally {
    rmSync(rawDir, { recursive: true, force: true });
  }
}
