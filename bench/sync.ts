// Nightly sync figures: building and sending one 5,000-ticket day (time, peak memory) and a 30-day
// backlog, against a baseline in the same run: a plain unsigned POST of the same bytes to a bare
// HTTP server on loopback (what the wire and the HTTP stack cost without our work).
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { openHallDatabase } from '../electron/core/hall-database';
import { createReceiver } from '../electron/receiver/receiver';
import { openReceiverDb } from '../electron/receiver/store';
import { buildDayBatches, closedDays } from '../electron/sync/batch-builder';
import { Uploader } from '../electron/sync/uploader';
import { ManualClock } from '../electron/core/clock';
import { nowMs } from './util';

const HALL = 'bench-hall';
const SECRET = 'bench-secret-0123456789';
const DAY_MS = 24 * 3600_000;
const FIRST_DAY = Date.parse('2026-10-01T09:00:00+08:00');

/** Fills a hall database with `days` days of `perDay` finished tickets each, straight into the tables. */
function fill(file: string, days: number, perDay: number): void {
  openHallDatabase(file).close();
  const db = new Database(file);
  db.exec("INSERT INTO services (id, prefix, name_zh_cn, name_zh_tw, name_en) VALUES ('A', 'A', '人社', '人社', 'A')");
  const ticket = db.prepare(
    `INSERT INTO tickets (business_day, service_id, seq, number, priority, state, issued_at, wait_since, called_at, started_at, finished_at, window_no, clerk_id, outcome, item_code)
     VALUES (?, 'A', ?, ?, 'normal', 'done', ?, ?, ?, ?, ?, 3, '1003', 'handled', 'A01')`,
  );
  const event = db.prepare("INSERT INTO events (at, business_day, type, ticket_id, data) VALUES (?, ?, 'ticket.done', ?, '{}')");
  db.transaction(() => {
    for (let d = 0; d < days; d++) {
      const day = new Date(FIRST_DAY + d * DAY_MS + 8 * 3600_000).toISOString().slice(0, 10);
      for (let i = 1; i <= perDay; i++) {
        const at = FIRST_DAY + d * DAY_MS + i * 1000;
        const id = ticket.run(day, i, `A${i}`, at, at, at + 60_000, at + 90_000, at + 400_000).lastInsertRowid;
        event.run(at, day, id);
      }
    }
  })();
  db.close();
}

async function bareServer() {
  const server = createServer((req, res) => {
    req.resume();
    req.on('end', () => res.end('{"ok":true}'));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, close: () => new Promise<void>((r) => server.close(() => r())) };
}

export async function benchSync(days: number, perDay: number) {
  const dir = mkdtempSync(join(tmpdir(), 'tongban-bench-sync-'));
  try {
    fill(join(dir, 'hall.db'), days, perDay);
    const db = openHallDatabase(join(dir, 'hall.db'));
    const receiverDb = openReceiverDb(join(dir, 'receiver.db'));
    const clock = new ManualClock(FIRST_DAY + days * DAY_MS);
    const app = createReceiver({ db: receiverDb, halls: { [HALL]: SECRET }, now: () => clock.now() });
    await app.listen({ host: '127.0.0.1', port: 0 });
    const url = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;

    // Baseline: the same day's bytes, plainly posted to a bare server.
    const bodies = closedDays(db, '9999-12-31').flatMap((day) =>
      buildDayBatches(db, day, { hallId: HALL, timeZone: 'Asia/Shanghai', chunkSize: 2000 }).map((c) => JSON.stringify(c)),
    );
    const bare = await bareServer();
    let start = nowMs();
    for (const body of bodies) await (await fetch(bare.url, { method: 'POST', body, headers: { 'content-type': 'application/json' } })).text();
    const baselineMs = nowMs() - start;
    await bare.close();

    const rssBefore = process.memoryUsage().rss;
    let peakRss = rssBefore;
    const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 5);
    const uploader = new Uploader(db, clock, 'Asia/Shanghai', { url, hallId: HALL, secret: SECRET, chunkSize: 2000, deadAfter: 3, timeoutMs: 60_000 });
    start = nowMs();
    const result = await uploader.sendPending();
    const totalMs = nowMs() - start;
    clearInterval(sampler);
    peakRss = Math.max(peakRss, process.memoryUsage().rss);
    if (result.kind !== 'delivered' || result.days.length !== days) throw new Error(`sync bench: ${JSON.stringify(result).slice(0, 200)}`);
    await app.close();
    receiverDb.close();
    db.close();
    return { totalMs, baselineMs, bytes: bodies.reduce((n, b) => n + b.length, 0), chunks: bodies.length, peakRssDeltaMb: (peakRss - rssBefore) / 2 ** 20 };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
