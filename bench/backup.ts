// Backup figures for a year-sized hall (500,000 tickets with their events): the online backup
// (copy in steps, verify with integrity_check on a worker, fsync, rename) with its peak memory and
// the longest the hall's event loop is held up meanwhile, next to a baseline in the same run: a
// plain file copy + fsync of the same database. Also the start-up quick_check of that database.
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import Database from 'better-sqlite3';
import { fsyncFile } from '../electron/backup/files';
import { takeBackup } from '../electron/backup/take-backup';
import { runCheck } from '../electron/backup/verify';
import { openHallDatabase } from '../electron/core/hall-database';
import { nowMs } from './util';

const DAY_MS = 24 * 3600_000;
const FIRST_DAY = Date.parse('2025-12-01T09:00:00+08:00');

/** 500,000 finished tickets over 250 business days, each with its issue and finish events, in one transaction. */
function fillYear(file: string, tickets: number): void {
  openHallDatabase(file).close();
  const db = new Database(file);
  db.exec("INSERT INTO services (id, prefix, name_zh_cn, name_zh_tw, name_en) VALUES ('A', 'A', '人社', '人社', 'A')");
  const ticket = db.prepare(
    `INSERT INTO tickets (business_day, service_id, seq, number, priority, state, issued_at, wait_since, called_at, started_at, finished_at, window_no, clerk_id, outcome, item_code)
     VALUES (?, 'A', ?, ?, 'normal', 'done', ?, ?, ?, ?, ?, 3, '1003', 'handled', 'A01')`,
  );
  const event = db.prepare('INSERT INTO events (at, business_day, type, ticket_id, window_no, user_id, data) VALUES (?, ?, ?, ?, 3, ?, ?)');
  const perDay = 2000;
  db.transaction(() => {
    for (let i = 0; i < tickets; i++) {
      const d = Math.floor(i / perDay);
      const seq = (i % perDay) + 1;
      const day = new Date(FIRST_DAY + d * DAY_MS + 8 * 3600_000).toISOString().slice(0, 10);
      const at = FIRST_DAY + d * DAY_MS + seq * 1000;
      const id = ticket.run(day, seq, `A${seq}`, at, at, at + 60_000, at + 90_000, at + 400_000).lastInsertRowid;
      event.run(at, day, 'ticket.issued', id, 'kiosk', `{"number":"A${seq}"}`);
      event.run(at + 400_000, day, 'ticket.done', id, '1003', '{"outcome":"handled","itemCode":"A01"}');
    }
  })();
  db.close();
}

const rssMb = () => process.memoryUsage.rss() / 2 ** 20;

export async function benchBackup(tickets = 500_000) {
  const dir = mkdtempSync(join(tmpdir(), 'tongban-bench-backup-'));
  try {
    const file = join(dir, 'tongban.db');
    const built = nowMs();
    fillYear(file, tickets);
    const buildMs = nowMs() - built;
    const dbBytes = statSync(file).size;

    // Baseline: a plain copy of the closed file, flushed to the disk.
    const copies = join(dir, 'copies');
    mkdirSync(copies);
    const rssBeforeCopy = rssMb();
    const copyStart = nowMs();
    copyFileSync(file, join(copies, 'plain.db'));
    fsyncFile(join(copies, 'plain.db'));
    const copyMs = nowMs() - copyStart;
    const copyRss = rssMb() - rssBeforeCopy;
    rmSync(join(copies, 'plain.db'));

    // The hall's way: online, from the open WAL database, in steps, verified.
    const db = openHallDatabase(file);
    try {
      const quickStart = nowMs();
      runCheck(db, 'quick_check');
      const quickMs = nowMs() - quickStart;
      const rssBefore = rssMb();
      let peak = rssBefore;
      let steps = 0;
      let lastStep = 0;
      let longestGap = 0;
      let copiedAt = 0;
      const lag = monitorEventLoopDelay({ resolution: 5 });
      lag.enable();
      // RSS sampled all along (the worker's verification included), not only between copy steps.
      const sampler = setInterval(() => (peak = Math.max(peak, rssMb())), 20);
      const start = nowMs();
      lastStep = start;
      const record = await takeBackup(db, copies, Date.now(), {
        onStep: ({ remainingPages }) => {
          const now = nowMs();
          longestGap = Math.max(longestGap, now - lastStep);
          lastStep = now;
          steps += 1;
          peak = Math.max(peak, rssMb());
          if (remainingPages === 0) copiedAt = now;
        },
      });
      const totalMs = nowMs() - start;
      lag.disable();
      clearInterval(sampler);
      peak = Math.max(peak, rssMb());
      return {
        tickets,
        buildMs,
        dbBytes,
        copyMs,
        copyRssMb: copyRss,
        quickMs,
        totalMs,
        onlineCopyMs: (copiedAt || lastStep) - start,
        steps,
        longestStepMs: longestGap,
        peakRssDeltaMb: peak - rssBefore,
        maxLoopDelayMs: lag.max / 1e6,
        copyBytes: record.size,
        integrity: record.integrity,
      };
    } finally {
      db.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
