// Test helpers for the nightly sync: the reference receiver on a loopback port, a proxy in front of it
// that can cut connections or lose answers on cue, and a hall with closed days to send.
import { createServer, type IncomingMessage } from 'node:http';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import type { Db } from '../../electron/core/db';
import { createReceiver, type ReceiverOptions } from '../../electron/receiver/receiver';
import { openReceiverDb } from '../../electron/receiver/store';
import { ManualClock } from '../../electron/core/clock';
import { Uploader, type UpstreamConfig } from '../../electron/sync/uploader';
import { issue, login, makeTempDir, openSeededHall, run, staff, type TestHall } from './hall';

export const HALL_ID = 'hall-test-001';
export const SECRET = 'test-secret-0123456789';

export interface TestReceiver {
  url: string;
  port: number;
  db: Db;
  close(): Promise<void>;
}

export async function startReceiver(options: Partial<ReceiverOptions> = {}, port = 0, dir = makeTempDir('tongban-receiver-')): Promise<TestReceiver> {
  const db = options.db ?? openReceiverDb(join(dir, 'receiver.db'));
  const app = createReceiver({ halls: { [HALL_ID]: SECRET }, ...options, db });
  await app.listen({ host: '127.0.0.1', port });
  const actual = (app.server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${actual}`,
    port: actual,
    db,
    async close() {
      await app.close();
      if (!options.db) db.close();
    },
  };
}

/** What the proxy does with each request, in order; after the plan runs out it passes everything. */
export type ProxyStep = 'pass' | 'cut' | 'lose' | '500';

/**
 * A proxy between the hall and the receiver. 'cut' drops the connection before forwarding (nothing
 * reaches the receiver); 'lose' forwards and then drops the answer (the receiver stored it, the hall
 * never hears); '500' answers an error without forwarding.
 */
export async function startProxy(target: () => string, plan: ProxyStep[], onForwarded?: (index: number) => Promise<void> | void) {
  const seen: ProxyStep[] = [];
  const server = createServer(async (req: IncomingMessage, res) => {
    const step = plan.shift() ?? 'pass';
    seen.push(step);
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    if (step === 'cut') return req.socket.destroy();
    if (step === '500') return res.writeHead(500, { 'content-type': 'text/plain' }).end('upstream busy');
    const headers = Object.fromEntries(Object.entries(req.headers).filter(([k]) => k !== 'host' && k !== 'content-length')) as Record<string, string>;
    try {
      const answer = await fetch(target() + req.url, { method: req.method, headers, body: Buffer.concat(chunks) });
      const text = await answer.text();
      await onForwarded?.(seen.length);
      if (step === 'lose') return req.socket.destroy();
      res.writeHead(answer.status, { 'content-type': answer.headers.get('content-type') ?? 'application/json' }).end(text);
    } catch {
      req.socket.destroy();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    seen,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

export function receivedDays(db: Db): { day: string; tickets: number }[] {
  return db.prepare('SELECT business_day AS day, tickets FROM batches ORDER BY business_day').all() as { day: string; tickets: number }[];
}

export function chunkRows(db: Db): number {
  return (db.prepare('SELECT count(*) AS n FROM chunks').get() as { n: number }).n;
}

export const DAY = 24 * 3600_000;

/** A hall that worked `days` days from Monday 2026-11-23 (tickets per day), now at 02:00 after the last. */
export function hallWithClosedDays(days: number, ticketsPerDay = 3): TestHall {
  const t = openSeededHall();
  for (let d = 0; d < days; d++) {
    const kiosk = login(t.hall, 'kiosk');
    for (let i = 0; i < ticketsPerDay; i++) issue(t.hall, kiosk, 'ABCDEFZ'[i % 7]!);
    const clerk = staff(t.hall, '1003', 3);
    run(t.hall, 'window.callNext', { window: 3 }, clerk);
    run(t.hall, 'window.finish', { window: 3 }, clerk);
    t.clock.advance(DAY);
  }
  t.clock.set(t.clock.now() - 7 * 3600_000); // 02:00 the night after the last day
  t.hall.engine.rollover();
  return t;
}

export function uploaderFor(t: TestHall, url: string, overrides: Partial<UpstreamConfig> = {}): Uploader {
  const config: UpstreamConfig = { url, hallId: HALL_ID, secret: SECRET, chunkSize: 500, deadAfter: 3, timeoutMs: 5000, ...overrides };
  return new Uploader(t.hall.db, t.clock as ManualClock, 'Asia/Shanghai', config);
}
