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

/** What the proxy does with each request, in order; after the plan runs out it does `then` (default 'pass'). */
export type ProxyStep = 'pass' | 'cut' | 'lose' | '500' | 'portal' | 'cut-body' | 'stale';

/** What a captive portal (or a misconfigured proxy) answers to anything. */
export const PORTAL_PAGE = '<html>Welcome</html>';

/**
 * A proxy between the hall and the receiver. 'cut' drops the connection before forwarding (nothing
 * reaches the receiver); 'lose' forwards and then drops the answer (the receiver stored it, the hall
 * never hears); '500' answers an error without forwarding; 'portal' answers `200 text/html` with a
 * welcome page without forwarding; 'cut-body' forwards, then writes the receiver's status line and
 * headers (with the full content-length) and half of its receipt straight to the TCP socket and closes
 * it; 'stale' forwards, then answers with the previous answer that went through (a receipt for another
 * chunk, as a caching proxy would).
 */
export async function startProxy(target: () => string, plan: ProxyStep[], onForwarded?: (index: number) => Promise<void> | void, then: ProxyStep = 'pass') {
  const seen: ProxyStep[] = [];
  let previous = '';
  const server = createServer(async (req: IncomingMessage, res) => {
    const step = plan.shift() ?? then;
    seen.push(step);
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    if (step === 'cut') return req.socket.destroy();
    if (step === '500') return res.writeHead(500, { 'content-type': 'text/plain' }).end('upstream busy');
    if (step === 'portal') return res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(PORTAL_PAGE);
    const headers = Object.fromEntries(Object.entries(req.headers).filter(([k]) => k !== 'host' && k !== 'content-length')) as Record<string, string>;
    try {
      const answer = await fetch(target() + req.url, { method: req.method, headers, body: Buffer.concat(chunks) });
      const text = await answer.text();
      await onForwarded?.(seen.length);
      if (step === 'lose') return req.socket.destroy();
      if (step === 'cut-body') {
        const bytes = Buffer.from(text);
        const head = `HTTP/1.1 ${answer.status} OK\r\ncontent-type: application/json; charset=utf-8\r\ncontent-length: ${bytes.length}\r\n\r\n`;
        req.socket.write(Buffer.concat([Buffer.from(head), bytes.subarray(0, bytes.length >> 1)]), () => req.socket.destroy());
        return;
      }
      const body = step === 'stale' ? previous : text;
      previous = text;
      res.writeHead(answer.status, { 'content-type': answer.headers.get('content-type') ?? 'application/json' }).end(body);
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
    // The rating request times out the same morning (the hall's 1 s timer does it; here without waiting).
    t.clock.advance(61_000);
    t.hall.ratings.expireDue();
    t.clock.advance(DAY - 61_000);
  }
  t.clock.set(t.clock.now() - 7 * 3600_000); // 02:00 the night after the last day
  t.hall.engine.rollover();
  return t;
}

export function uploaderFor(t: TestHall, url: string, overrides: Partial<UpstreamConfig> = {}): Uploader {
  const config: UpstreamConfig = { url, hallId: HALL_ID, secret: SECRET, chunkSize: 500, deadAfter: 3, timeoutMs: 5000, ...overrides };
  return new Uploader(t.hall.db, t.clock as ManualClock, 'Asia/Shanghai', config);
}
