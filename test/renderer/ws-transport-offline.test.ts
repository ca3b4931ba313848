// The browser's WebSocket transport (Node's own WebSocket here) against real servers that go away:
// a lost or missing link is answered as the `offline` code, never as English words to match.
import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import { WebSocketServer } from 'ws';
import { afterEach, expect, test } from 'vitest';
import { wsTransport } from '../../renderer/src/client/ws-transport';
import type { ConnectionState } from '../../renderer/src/client/hall-client';
import { startTestServer } from '../support/server';

const closers: (() => unknown)[] = [];
afterEach(async () => {
  for (const close of closers.splice(0).reverse()) await close();
});

function memoryStorage() {
  const items = new Map<string, string>();
  return {
    getItem: (k: string) => items.get(k) ?? null,
    setItem: (k: string, v: string) => void items.set(k, v),
    removeItem: (k: string) => void items.delete(k),
  };
}

function open(url: string, timeoutMs?: number) {
  const transport = wsTransport({ url, storage: memoryStorage(), timeoutMs });
  closers.push(() => transport.close());
  const reached = (wanted: ConnectionState) =>
    new Promise<void>((resolve) => {
      const off = transport.onConnection((state) => {
        if (state === wanted) {
          queueMicrotask(() => off());
          resolve();
        }
      });
    });
  return { transport, reached };
}

test('the hall going away: commands after it answer offline (and before it, the real answer)', async () => {
  const s = await startTestServer();
  const { transport, reached } = open(s.server.url.replace('http', 'ws') + '/api/events');
  await reached('connected');
  expect(await transport.invoke('services.list', {})).toMatchObject({ ok: true });
  const lost = reached('disconnected');
  await s.close();
  await lost;
  expect(await transport.invoke('services.list', {})).toEqual({ ok: false, error: { code: 'offline', message: expect.stringContaining('not connected') } });
});

test('a command out when the link drops answers offline; one never answered times out as offline', async () => {
  // A server that takes commands and never answers, then drops every socket.
  const server = new WebSocketServer({ host: '127.0.0.1', port: 0 });
  await once(server, 'listening');
  closers.push(() => new Promise((resolve) => server.close(resolve)));
  const received = new Set<() => void>();
  server.on('connection', (socket) => socket.on('message', () => received.forEach((r) => r())));
  const url = `ws://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const slow = open(url, 100);
  await slow.reached('connected');
  // A report is a long read with a timeout of its own: still out when a plain command asked after it has timed out.
  let report: unknown = 'pending';
  void slow.transport.invoke('reports.summary', { from: '2026-11-23', to: '2026-11-23' }).then((r) => (report = r));
  expect(await slow.transport.invoke('services.list', {})).toEqual({ ok: false, error: { code: 'offline', message: 'the hall did not answer in time' } });
  expect(report).toBe('pending');

  const { transport, reached } = open(url);
  await reached('connected');
  const arrived = new Promise<void>((resolve) => received.add(resolve));
  const answer = transport.invoke('services.list', {});
  await arrived; // the command is with the server, unanswered
  for (const socket of server.clients) socket.terminate();
  expect(await answer).toEqual({ ok: false, error: { code: 'offline', message: 'connection to the hall lost; try again' } });
});
