// Durable ticket issue over HTTP against the disk's own limit, in the same run: one sequential kiosk
// client issues tickets through the LAN server (each answer only after its WAL commit is synced), and
// a raw loop appends 200 bytes to a file and fdatasyncs it, on the same disk. The ratio is what the
// hall keeps of the physical limit for one-at-a-time durable commits (target ≥ 0.6). Two more figures
// say where the rest goes: the same tickets dispatched in-process (the SQLite commit alone), and a bare
// node:http server that only appends + fdatasyncs per request (the ceiling of any Node HTTP server here).
import { closeSync, fdatasyncSync, openSync, writeSync } from 'node:fs';
import { Agent, createServer, request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { Session } from '../electron/contract';
import { startServer } from '../electron/server/server';
import { nowMs, withTempHallAsync } from './util';

const BLOCKS = 6;
const PER_BLOCK = 150;
const SERVICES = ['A', 'B', 'C', 'D', 'E', 'F', 'Z'];
const RECORD = Buffer.alloc(200, 0x41);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

function appendAndSync(fd: number): void {
  writeSync(fd, RECORD);
  fdatasyncSync(fd);
}

/** Calls per second of `once`, run `count` times one after another. */
async function rate(count: number, once: (i: number) => unknown): Promise<number> {
  const start = nowMs();
  for (let i = 0; i < count; i++) await once(i);
  return count / ((nowMs() - start) / 1000);
}

/**
 * One POST on a kept-alive connection, as a kiosk's browser sends it. node:http rather than fetch:
 * undici's own client work (~0.6 ms a request here) is the bench's cost, not the hall's.
 */
function post(agent: Agent, url: string, headers: Record<string, string>, body: string): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method: 'POST', headers, agent }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (d: string) => (text += d));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, text }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

/** A server that answers each POST with 201 after appending 200 bytes and syncing them: no hall at all. */
async function bareSyncServer(fd: number): Promise<{ url: string; close(): void }> {
  const server = createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      appendAndSync(fd);
      res.writeHead(201, { 'content-type': 'application/json' }).end('{"ok":true}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`, close: () => server.close() };
}

export interface DurableIssueFigures {
  http: number;
  raw: number;
  ratio: number;
  tickets: number;
  /** The same tickets dispatched in-process (no HTTP), durable: what the SQLite commit costs. */
  engine: number;
  /** A bare node:http server that appends + fdatasyncs per request: no Node HTTP server can beat it. */
  bareHttp: number;
}

export async function benchDurableIssue(): Promise<DurableIssueFigures> {
  return withTempHallAsync(async (hall, dataDir) => {
    const server = await startServer({ hall, host: '127.0.0.1', port: 0 });
    const fd = openSync(join(dataDir, 'raw-sync.bin'), 'a');
    const bare = await bareSyncServer(fd);
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    try {
      const login = hall.dispatch('auth.login', { user: 'kiosk', pin: '8888' }, null);
      if (!login.ok) throw new Error('login failed');
      const session = login.value as Session;
      const headers = { 'content-type': 'application/json', authorization: `Bearer ${session.token}` };
      const figures = { http: [] as number[], raw: [] as number[], engine: [] as number[], bareHttp: [] as number[] };
      let issued = 0;
      const service = () => SERVICES[issued++ % SERVICES.length]!;
      // Alternating blocks, so the machine's noise falls on all alike.
      for (let block = 0; block < BLOCKS; block++) {
        figures.http.push(
          await rate(PER_BLOCK, async () => {
            const r = await post(agent, `${server.url}/api/tickets`, headers, JSON.stringify({ serviceId: service() }));
            if (r.status !== 201) throw new Error(`issue failed: ${r.status} ${r.text}`);
          }),
        );
        figures.engine.push(
          await rate(PER_BLOCK, () => {
            const r = hall.dispatch('tickets.issue', { serviceId: service() }, session);
            if (!r.ok) throw new Error(`issue failed: ${r.error.code}`);
          }),
        );
        figures.bareHttp.push(await rate(PER_BLOCK, () => post(agent, bare.url, { 'content-type': 'application/json' }, '{"serviceId":"A"}')));
        figures.raw.push(await rate(PER_BLOCK, () => appendAndSync(fd)));
      }
      const ratios = figures.http.map((h, i) => h / figures.raw[i]!);
      return {
        http: median(figures.http),
        raw: median(figures.raw),
        ratio: median(ratios),
        tickets: issued,
        engine: median(figures.engine),
        bareHttp: median(figures.bareHttp),
      };
    } finally {
      agent.destroy();
      bare.close();
      closeSync(fd);
      await server.close();
    }
  });
}
