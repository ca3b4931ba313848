// The hall's answer to a read (GET /api/hall) during a flood of wrong logins, against the same read with
// no flood, over loopback HTTP. Each flood is 100 concurrent wrong logins from 100 PCs (each client binds
// its own 127.0.x.y, one try per PC, so every PIN is really checked and none is refused by the throttle).
// The PINs are checked on libuv's thread pool, at most cores − 1 at once (core/pins.ts): the read only
// waits for its turn on the main thread.
// For contrast: how long the same 100 checks take on the main thread (the old way), which is how long
// a read issued at the start of such a flood would have waited.
import { Agent, request } from 'node:http';
import { verifyPin, hashPin } from '../electron/core/auth';
import { startServer } from '../electron/server/server';
import { nowMs, summarize, withTempHallAsync } from './util';

const FLOOD = 100;

function call(url: string, method: 'GET' | 'POST', path: string, options: { agent?: Agent; localAddress?: string }, body?: unknown): Promise<number> {
  const text = body === undefined ? undefined : JSON.stringify(body);
  return new Promise((resolve, reject) => {
    const headers: Record<string, string> = text === undefined ? {} : { 'content-type': 'application/json' };
    const req = request(`${url}${path}`, { method, headers, agent: options.agent ?? false, localAddress: options.localAddress }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode!));
    });
    req.on('error', reject);
    req.end(text);
  });
}

export async function benchLoginFlood(reads = 200, floods = 2) {
  return withTempHallAsync(async (hall) => {
    const server = await startServer({ hall, host: '127.0.0.1', port: 0 });
    const reader = new Agent({ keepAlive: true, maxSockets: 1, localAddress: '127.0.0.3' });
    const read = async () => {
      const start = nowMs();
      if ((await call(server.url, 'GET', '/api/hall', { agent: reader })) !== 200) throw new Error('the read failed');
      return nowMs() - start;
    };
    try {
      for (let i = 0; i < 20; i++) await read(); // warm up
      const quiet: number[] = [];
      for (let i = 0; i < reads; i++) quiet.push(await read());

      const during: number[] = [];
      const floodMs: number[] = [];
      for (let f = 0; f < floods; f++) {
        let settled = false;
        const start = nowMs();
        const flood = Promise.all(
          Array.from({ length: FLOOD }, (_, i) =>
            call(server.url, 'POST', '/api/login', { localAddress: `127.0.${f + 10}.${i + 1}` }, { user: '1001', pin: '0000' }).then((status) => {
              if (status !== 401) throw new Error(`a flood login answered ${status}`);
            }),
          ),
        ).then(() => {
          settled = true;
          floodMs.push(nowMs() - start);
        });
        while (!settled) {
          const ms = await read();
          if (!settled) during.push(ms);
        }
        await flood;
      }

      const stored = hashPin('1234');
      const start = nowMs();
      for (let i = 0; i < FLOOD; i++) verifyPin('0000', stored);
      const mainThreadMs = nowMs() - start;
      return { quiet: summarize(quiet), during: summarize(during), samples: during.length, flood: summarize(floodMs), mainThreadMs };
    } finally {
      reader.destroy();
      await server.close();
    }
  });
}
