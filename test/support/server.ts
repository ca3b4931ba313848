// Test helpers for the LAN server: a demo hall served on a free loopback port, and a JSON client.
import type { InspectableHall } from '../../electron/core/inspectable-hall';
import { startServer, type RunningServer } from '../../electron/server/server';
import { openTestHall, type TestHall, type TestHallOptions } from './hall';

export interface TestServer extends TestHall {
  server: RunningServer;
  api(method: string, path: string, body?: unknown, token?: string, rawBody?: string): Promise<{ status: number; body: any }>;
  login(user: string, pin?: string): Promise<string>;
  close(): Promise<void>;
}

export async function startTestServer(options: TestHallOptions = {}): Promise<TestServer> {
  const t = openTestHall(undefined, options);
  const server = await startServer({ hall: t.hall, host: '127.0.0.1', port: 0 });
  const api: TestServer['api'] = async (method, path, body, token, rawBody) => {
    const headers: Record<string, string> = {};
    if (token) headers.authorization = `Bearer ${token}`;
    if (body !== undefined || rawBody !== undefined) headers['content-type'] = 'application/json';
    const response = await fetch(server.url + path, {
      method,
      headers,
      body: rawBody ?? (body === undefined ? undefined : JSON.stringify(body)),
    });
    const text = await response.text();
    return { status: response.status, body: text ? JSON.parse(text) : null };
  };
  return {
    ...t,
    server,
    api,
    async login(user, pin = user === 'admin' ? '000000' : user === 'kiosk' ? '8888' : '1234') {
      const r = await api('POST', '/api/login', { user, pin });
      if (r.status !== 200) throw new Error(`login ${user} failed: ${JSON.stringify(r.body)}`);
      return r.body.token as string;
    },
    async close() {
      await server.close();
      t.cleanup();
    },
  };
}

/** Everything a refused request must leave untouched: every row of tickets, windows, duty and events. */
export function stateFingerprint(hall: InspectableHall): string {
  const tables = ['tickets', 'windows', 'duty', 'events'];
  return JSON.stringify(tables.map((t) => hall.db.prepare(`SELECT * FROM ${t} ORDER BY 1`).all()));
}
