// Call → WebSocket event latency, each figure against a bare `ws` baseline in the same run. The
// listening client (the caller screen) runs in a worker thread, on its own event loop as a browser
// would, and reports absolute arrival times.
// - push: from the moment the hall emits ticket.called (after the commit) until the caller's socket
//   receives it, against a bare ws server's send → receive;
// - end to end: a clerk's call-next over a WebSocket until the caller receives the event (includes
//   validation and the SQLite transaction), against a bare ws echo round trip.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import WebSocket, { WebSocketServer } from 'ws';
import { ManualClock } from '../electron/core/clock';
import { openHall } from '../electron/core/hall';
import { startServer } from '../electron/server/server';
import { MONDAY_9AM, summarize } from './util';

const absNow = () => performance.timeOrigin + performance.now();
const CALLED = JSON.stringify({ type: 'event', name: 'ticket.called', data: { number: 'A001', windowNo: 3, at: '', recall: 0 } });

const open = (url: string) =>
  new Promise<WebSocket>((resolve, reject) => {
    const ws = new WebSocket(url);
    ws.once('open', () => resolve(ws));
    ws.once('error', reject);
  });

/** A caller-screen client in a worker thread; `arrival()` resolves with the next event's arrival time. */
async function listener(url: string) {
  const worker = new Worker(new URL('./ws-listener.mjs', import.meta.url), { workerData: { url } });
  await new Promise<void>((resolve) => worker.once('message', () => resolve()));
  return {
    arrival: () => new Promise<number>((resolve) => worker.once('message', (m: { at: number }) => resolve(m.at))),
    close: () => worker.terminate(),
  };
}

export async function benchBareWs(rounds: number) {
  const server = new WebSocketServer({ host: '127.0.0.1', port: 0 });
  server.on('connection', (ws) => ws.on('message', (data) => ws.send(String(data))));
  await new Promise((r) => server.once('listening', r));
  const url = `ws://127.0.0.1:${(server.address() as { port: number }).port}`;
  const far = await listener(url);
  const farSocket = [...server.clients][0]!;
  const oneWay: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const arrived = far.arrival();
    const sentAt = absNow();
    farSocket.send(CALLED);
    oneWay.push((await arrived) - sentAt);
  }
  const ws = await open(url);
  const roundTrip: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const start = absNow();
    const back = new Promise((resolve) => ws.once('message', resolve));
    ws.send(JSON.stringify({ type: 'cmd', id: i, name: 'window.callNext', input: { window: 3 } }));
    await back;
    roundTrip.push(absNow() - start);
  }
  ws.close();
  await far.close();
  server.close();
  return { oneWay: summarize(oneWay), roundTrip: summarize(roundTrip) };
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
    let emittedAt = 0;
    hall.subscribe((event) => {
      if (event.name === 'ticket.called') emittedAt = absNow();
    });
    const caller = await listener(wsUrl);
    const clerk = await open(wsUrl);
    const answer = (id: number) =>
      new Promise<void>((resolve) => {
        const onMessage = (raw: WebSocket.RawData) => {
          if (JSON.parse(String(raw)).id === id) {
            clerk.off('message', onMessage);
            resolve();
          }
        };
        clerk.on('message', onMessage);
      });
    const command = (id: number, name: string, input: object) => {
      const answered = answer(id);
      clerk.send(JSON.stringify({ type: 'cmd', id, name, input }));
      return answered;
    };
    await command(1, 'auth.login', { user: '1003', pin: '1234' });
    await command(2, 'window.signIn', { window: 3 });
    const endToEnd: number[] = [];
    const push: number[] = [];
    for (let i = 0; i < rounds; i++) {
      const arrived = caller.arrival();
      const start = absNow();
      clerk.send(JSON.stringify({ type: 'cmd', id: 10 + i, name: 'window.callNext', input: { window: 3 } }));
      const at = await arrived;
      endToEnd.push(at - start);
      push.push(at - emittedAt);
      await command(100_000 + i, 'window.noShow', { window: 3 });
    }
    clerk.close();
    await caller.close();
    return { endToEnd: summarize(endToEnd), push: summarize(push) };
  } finally {
    await server.close();
    hall.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
