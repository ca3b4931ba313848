// Call → WebSocket event latency: a clerk's call-next sent over one WebSocket until the
// ticket.called event arrives on another (the caller screen's), against a bare `ws` echo round trip
// on the same machine in the same run.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import WebSocket, { WebSocketServer } from 'ws';
import { ManualClock } from '../electron/core/clock';
import { openHall } from '../electron/core/hall';
import { startServer } from '../electron/server/server';
import { MONDAY_9AM, nowMs, summarize } from './util';

const open = (url: string) =>
  new Promise<WebSocket>((resolve, reject) => {
    const ws = new WebSocket(url);
    ws.once('open', () => resolve(ws));
    ws.once('error', reject);
  });

const nextMessage = (ws: WebSocket, match: (m: any) => boolean) =>
  new Promise<void>((resolve) => {
    const onMessage = (raw: WebSocket.RawData) => {
      if (match(JSON.parse(String(raw)))) {
        ws.off('message', onMessage);
        resolve();
      }
    };
    ws.on('message', onMessage);
  });

export async function benchEcho(rounds: number) {
  const server = new WebSocketServer({ host: '127.0.0.1', port: 0 });
  server.on('connection', (ws) => ws.on('message', (data) => ws.send(String(data))));
  await new Promise((r) => server.once('listening', r));
  const port = (server.address() as { port: number }).port;
  const ws = await open(`ws://127.0.0.1:${port}`);
  const samples: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const start = nowMs();
    const got = nextMessage(ws, () => true);
    ws.send(JSON.stringify({ type: 'cmd', id: i, name: 'window.callNext', input: { window: 3 } }));
    await got;
    samples.push(nowMs() - start);
  }
  ws.close();
  server.close();
  return summarize(samples);
}

export async function benchCallEvent(rounds: number) {
  const dataDir = mkdtempSync(join(tmpdir(), 'tongban-bench-'));
  const hall = openHall({ dataDir, demo: true, clock: new ManualClock(MONDAY_9AM), log: () => {} });
  const server = await startServer({ hall, host: '127.0.0.1', port: 0 });
  const wsUrl = server.url.replace('http', 'ws') + '/api/events';
  try {
    const kiosk = hall.dispatch('auth.login', { user: 'kiosk', pin: '8888' }, null);
    if (!kiosk.ok) throw new Error('login');
    for (let i = 0; i < rounds; i++) hall.dispatch('tickets.issue', { serviceId: 'ABCDEFZ'[i % 7]! }, kiosk.value as never);
    const clerk = await open(wsUrl);
    const caller = await open(wsUrl);
    const login = nextMessage(clerk, (m) => m.id === 0);
    clerk.send(JSON.stringify({ type: 'cmd', id: 0, name: 'auth.login', input: { user: '1003', pin: '1234' } }));
    await login;
    clerk.send(JSON.stringify({ type: 'cmd', id: 1, name: 'window.signIn', input: { window: 3 } }));
    const samples: number[] = [];
    for (let i = 0; i < rounds; i++) {
      const start = nowMs();
      const pushed = nextMessage(caller, (m) => m.type === 'event' && m.name === 'ticket.called');
      clerk.send(JSON.stringify({ type: 'cmd', id: 10 + i, name: 'window.callNext', input: { window: 3 } }));
      await pushed;
      samples.push(nowMs() - start);
      const released = nextMessage(clerk, (m) => m.id === 100_000 + i);
      clerk.send(JSON.stringify({ type: 'cmd', id: 100_000 + i, name: 'window.noShow', input: { window: 3 } }));
      await released;
    }
    clerk.close();
    caller.close();
    return summarize(samples);
  } finally {
    await server.close();
    hall.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
