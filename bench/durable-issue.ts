// Durable ticket issue over HTTP against the disk's own limit, in the same run: one sequential kiosk
// client issues tickets through the LAN server (each answer only after its WAL commit is synced), and
// a raw loop appends 200 bytes to a file and fdatasyncs it, on the same disk. The ratio is what the
// hall keeps of the physical limit for one-at-a-time durable commits (target ≥ 0.6).
import { closeSync, fdatasyncSync, openSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import type { Session } from '../electron/contract';
import { startServer } from '../electron/server/server';
import { nowMs, withTempHallAsync } from './util';

const BLOCKS = 6;
const PER_BLOCK = 150;
const SERVICES = ['A', 'B', 'C', 'D', 'E', 'F', 'Z'];
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

function rawSyncRate(file: string, count: number): number {
  const fd = openSync(file, 'a');
  const record = Buffer.alloc(200, 0x41);
  try {
    const start = nowMs();
    for (let i = 0; i < count; i++) {
      writeSync(fd, record);
      fdatasyncSync(fd);
    }
    return count / ((nowMs() - start) / 1000);
  } finally {
    closeSync(fd);
  }
}

export async function benchDurableIssue(): Promise<{ http: number; raw: number; ratio: number; tickets: number }> {
  return withTempHallAsync(async (hall, dataDir) => {
    const server = await startServer({ hall, host: '127.0.0.1', port: 0 });
    try {
      const login = hall.dispatch('auth.login', { user: 'kiosk', pin: '8888' }, null);
      if (!login.ok) throw new Error('login failed');
      const headers = { 'content-type': 'application/json', authorization: `Bearer ${(login.value as Session).token}` };
      const httpRates: number[] = [];
      const rawRates: number[] = [];
      let issued = 0;
      // Alternating blocks, so the machine's noise falls on both alike.
      for (let block = 0; block < BLOCKS; block++) {
        const start = nowMs();
        for (let i = 0; i < PER_BLOCK; i++, issued++) {
          const r = await fetch(`${server.url}/api/tickets`, { method: 'POST', headers, body: JSON.stringify({ serviceId: SERVICES[issued % SERVICES.length] }) });
          if (r.status !== 201) throw new Error(`issue failed: ${r.status} ${await r.text()}`);
          await r.arrayBuffer();
        }
        httpRates.push(PER_BLOCK / ((nowMs() - start) / 1000));
        rawRates.push(rawSyncRate(join(dataDir, 'raw-sync.bin'), PER_BLOCK));
      }
      const ratios = httpRates.map((h, i) => h / rawRates[i]!);
      return { http: median(httpRates), raw: median(rawRates), ratio: median(ratios), tickets: issued };
    } finally {
      await server.close();
    }
  });
}
