// The manager's report over the LAN server: figures per slice for a range, the manager's only; a bad
// range is refused with the field named.
import { afterEach, beforeEach, expect, test } from 'vitest';
import { startTestServer, type TestServer } from '../support/server';

let s: TestServer;
beforeEach(async () => {
  s = await startTestServer();
});
afterEach(async () => s.close());

test('after two tickets are served, the day by service and by window; clerks may not read it', async () => {
  const kiosk = await s.login('kiosk');
  const clerk = await s.login('1001');
  await s.api('POST', '/api/tickets', { serviceId: 'A' }, kiosk);
  await s.api('POST', '/api/tickets', { serviceId: 'B' }, kiosk);
  const pad = await s.login('pad-1', '6666');
  await s.api('POST', '/api/windows/1/sign-in', {}, clerk);
  for (const level of [5, 4]) {
    await s.api('POST', '/api/windows/1/call-next', {}, clerk);
    expect((await s.api('POST', '/api/windows/1/finish', {}, clerk)).status).toBe(200);
    expect((await s.api('POST', '/api/windows/1/rating', { level }, pad)).status).toBe(200);
  }
  const admin = await s.login('admin');
  const day = (await s.api('GET', '/api/health')).body.businessDay as string;
  const byService = await s.api('GET', `/api/reports/summary?from=${day}&to=${day}&by=service&targetWaitMinutes=5`, undefined, admin);
  expect(byService.status).toBe(200);
  expect(byService.body).toMatchObject({
    from: day,
    to: day,
    by: 'service',
    targetWaitMinutes: 5,
    total: { arrived: 2, served: 2, servedRate: 1, rated: 2, satisfaction: 1, score: 9, stars: [0, 0, 0, 1, 1] },
  });
  expect(byService.body.rows.map((r: { key: string; figures: { served: number } }) => [r.key, r.figures.served])).toEqual([
    ['A', 1],
    ['B', 1],
  ]);
  const byWindow = await s.api('GET', `/api/reports/summary?from=${day}&to=${day}&by=window`, undefined, admin);
  expect(byWindow.body.rows.map((r: { key: string }) => r.key)).toEqual(['1']);
  expect((await s.api('GET', `/api/reports/summary?from=${day}&to=${day}`, undefined, clerk)).status).toBe(403);
});

test('to before from, a range over a year, a bad day or slice: 400 naming the field, nothing read', async () => {
  const admin = await s.login('admin');
  const bad = async (query: string) => {
    const r = await s.api('GET', `/api/reports/summary?${query}`, undefined, admin);
    return { status: r.status, ...r.body.error };
  };
  expect(await bad('from=2026-11-23&to=2026-11-22')).toMatchObject({ status: 400, code: 'bad_request', field: 'to' });
  expect(await bad('from=2025-01-01&to=2026-01-02')).toMatchObject({ status: 400, code: 'bad_request', field: 'to' });
  expect(await bad('from=2026-13-01&to=2026-12-01')).toMatchObject({ status: 400, code: 'bad_request', field: 'from' });
  expect(await bad('from=2026-11-23&to=2026-11-23&by=month')).toMatchObject({ status: 400, code: 'bad_request', field: 'by' });
  expect(await bad('from=2026-11-23&to=2026-11-23&targetWaitMinutes=0')).toMatchObject({ status: 400, code: 'bad_request', field: 'targetWaitMinutes' });
});
