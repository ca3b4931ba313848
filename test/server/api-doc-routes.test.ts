// docs/API.md's endpoint table and the routes the LAN server really registers are the same set: a
// route added without its row (or a row without its route) fails here.
import { readFileSync } from 'node:fs';
import { afterEach, expect, test } from 'vitest';
import { startServer } from '../../electron/server/server';
import { openTestHall, type TestHall } from '../support/hall';

let t: TestHall;
afterEach(() => t.cleanup());

/** `GET /api/windows/{n}` → `GET /api/windows/:param` (the doc names parameters its own way). */
const normal = (route: string) => route.replace(/\{[^}]+\}|:[A-Za-z]+/g, ':param');

test('every registered /api route has its row in docs/API.md, and every row its route', async () => {
  t = openTestHall();
  const server = await startServer({ hall: t.hall, host: '127.0.0.1', port: 0 });
  try {
    const documented = [...readFileSync('docs/API.md', 'utf8').matchAll(/^\| `((?:GET|POST) \/api\/[^`]*)`/gm)].map((m) => normal(m[1]!));
    const registered = server.apiRoutes.map(normal);
    expect(registered.length).toBeGreaterThan(40);
    expect([...new Set(documented)].sort()).toEqual([...new Set(registered)].sort());
  } finally {
    await server.close();
  }
});
