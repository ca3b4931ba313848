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
  // Several slices in one read: each as its own summary says, in the order asked, each once.
  const several = await s.api('GET', `/api/reports/summaries?from=${day}&to=${day}&by=window&by=service&by=window&targetWaitMinutes=5`, undefined, admin);
  expect(several.status).toBe(200);
  expect(several.body.map((r: { by: string }) => r.by)).toEqual(['window', 'service']);
  expect(several.body[1]).toEqual(byService.body);
  expect((await s.api('GET', `/api/reports/summaries?from=${day}&to=${day}&by=planet`, undefined, admin)).body.error).toMatchObject({ field: 'by.0' });
  expect((await s.api('GET', `/api/reports/summaries?from=${day}&to=${day}&by=hall`, undefined, clerk)).status).toBe(403);
  expect(byWindow.body.rows.map((r: { key: string }) => r.key)).toEqual(['1']);
  expect((await s.api('GET', `/api/reports/summary?from=${day}&to=${day}`, undefined, clerk)).status).toBe(403);
});

test('the same report as CSV for Chinese Excel: BOM, Chinese headers, CRLF, the figures as numbers; manager only', async () => {
  const kiosk = await s.login('kiosk');
  const clerk = await s.login('1001');
  const pad = await s.login('pad-1', '6666');
  await s.api('POST', '/api/tickets', { serviceId: 'A' }, kiosk);
  await s.api('POST', '/api/windows/1/sign-in', {}, clerk);
  await s.api('POST', '/api/windows/1/call-next', {}, clerk);
  await s.api('POST', '/api/windows/1/finish', {}, clerk);
  expect((await s.api('POST', '/api/windows/1/rating', { level: 4 }, pad)).status).toBe(200);
  const admin = await s.login('admin');
  const day = (await s.api('GET', '/api/health')).body.businessDay as string;
  const get = (query: string, token = admin) => fetch(`${s.server.url}/api/reports/summary.csv?${query}`, { headers: { authorization: `Bearer ${token}` } });

  const r = await get(`from=${day}&to=${day}&by=service`);
  expect(r.status).toBe(200);
  expect(r.headers.get('content-type')).toBe('text/csv; charset=utf-8');
  expect(r.headers.get('content-disposition')).toBe(`attachment; filename="tongban-report-${day}-${day}-service.csv"`);
  const bytes = Buffer.from(await r.arrayBuffer());
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // the BOM Excel needs to read UTF-8
  const lines = bytes.subarray(3).toString('utf8').split('\r\n');
  expect(lines.at(-1)).toBe(''); // every line ends in CRLF
  const [header, a, total] = lines.map((l) => l.split(','));
  expect(header!.slice(0, 4)).toEqual(['业务', '取号数', '办结数', '办结率']);
  expect(header!.at(-1)).toBe('5星');
  const json = (await s.api('GET', `/api/reports/summary?from=${day}&to=${day}&by=service`, undefined, admin)).body;
  expect(a![0]).toBe('A');
  expect(a!.slice(1, 4).map(Number)).toEqual([json.rows[0].figures.arrived, json.rows[0].figures.served, json.rows[0].figures.servedRate]);
  expect(total![0]).toBe('合计');
  expect(total!.at(-2)).toBe('1'); // one 4-star rating
  expect(total![header!.indexOf('平均等候（秒）')]).toBe(String(json.total.avgWaitSeconds));
  expect(total![header!.indexOf('整改率')]).toBe(''); // no 差评: nothing to divide by

  const english = await (await get(`from=${day}&to=${day}&lang=en`)).text();
  expect(
    english
      .replace(/^\uFEFF/, '')
      .split('\r\n')[0]!
      .startsWith('Hall,Arrived,Served,Served rate'),
  ).toBe(true); // text() drops the BOM if it is there
  expect((await get(`from=${day}&to=${day}&lang=fr`)).status).toBe(400);
  expect((await get(`from=${day}&to=2020-01-01`)).status).toBe(400);
  expect((await get(`from=${day}&to=${day}`, clerk)).status).toBe(403);
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
