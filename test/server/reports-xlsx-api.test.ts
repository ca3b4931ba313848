// The xlsx export over the LAN server: GET /api/reports/export.xlsx streams the workbook (the manager's
// only; a bad range is 400 naming the field, nothing written), and the hall keeps answering while a
// long export is written.
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, expect, test } from 'vitest';
import type { ReportExportPlan } from '../../electron/contract';
import { KEY_TTL_MS, type ReportExportDoor } from '../../electron/reports/export-door';
import { startTestServer, stateFingerprint, type TestServer } from '../support/server';

let s: TestServer;
beforeEach(async () => {
  s = await startTestServer();
});
afterEach(async () => s.close());

const get = (path: string, token?: string) => fetch(`${s.server.url}${path}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });

/** Tickets (and their issue and call events) of one day, written straight into the store as the commands write them. */
function seedTickets(day: string, count: number) {
  const ticket = s.hall.db.prepare(
    `INSERT INTO tickets (business_day, service_id, seq, number, priority, state, issued_at, wait_since, called_at, finished_at, window_no, clerk_id)
     VALUES (?, 'A', ?, ?, 'normal', 'done', ?, ?, ?, ?, 1, '1001')`,
  );
  const event = s.hall.db.prepare('INSERT INTO events (at, business_day, type, ticket_id, window_no, user_id) VALUES (?, ?, ?, ?, ?, ?)');
  const open = Date.parse(`${day}T09:00:00+08:00`);
  s.hall.db.transaction(() => {
    for (let n = 1; n <= count; n++) {
      const issued = open + n * 1000;
      const id = Number(ticket.run(day, 1000 + n, `A${n}`, issued, issued, issued + 60_000, issued + 120_000).lastInsertRowid);
      event.run(issued, day, 'ticket.issued', id, null, 'kiosk');
      event.run(issued + 60_000, day, 'ticket.called', id, 1, '1001');
    }
  })();
}

test('200 with the xlsx type and its file name; the workbook parses and holds the day’s tickets', async () => {
  const kiosk = await s.login('kiosk');
  await s.api('POST', '/api/tickets', { serviceId: 'A' }, kiosk);
  await s.api('POST', '/api/tickets', { serviceId: 'B' }, kiosk);
  const admin = await s.login('admin');
  const day = (await s.api('GET', '/api/health')).body.businessDay as string;
  const plan = (await s.api('GET', `/api/reports/export?from=${day}&to=${day}`, undefined, admin)).body as ReportExportPlan;
  expect(plan).toMatchObject({ name: `tongban-report-${day}-${day}.xlsx`, tickets: 2, lang: 'zh-CN', targetWaitMinutes: 15 });
  const r = await get(plan.path, admin);
  expect(r.status).toBe(200);
  expect(r.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
  expect(r.headers.get('content-disposition')).toBe(`attachment; filename="${plan.name}"`);
  expect(r.headers.get('x-ticket-rows')).toBe('2');
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await r.arrayBuffer()) as never);
  expect(wb.getWorksheet('汇总')!.getRow(2).getCell(2).value).toBe(2); // 取号数
  expect(wb.getWorksheet('明细')!.actualRowCount).toBe(3);
});

test('401 without a valid token, 403 for a clerk; a bad range or language is 400 naming the field, nothing changed', async () => {
  const clerk = await s.login('1001');
  const admin = await s.login('admin');
  const before = stateFingerprint(s.hall);
  expect((await get('/api/reports/export.xlsx?from=2026-11-23&to=2026-11-23')).status).toBe(401); // nobody logged in
  expect((await get('/api/reports/export.xlsx?from=2026-11-23&to=2026-11-23', 'made-up')).status).toBe(401);
  expect((await get('/api/reports/export.xlsx?from=2026-11-23&to=2026-11-23', clerk)).status).toBe(403);
  const bad = async (query: string) => {
    const r = await get(`/api/reports/export.xlsx?${query}`, admin);
    expect(r.headers.get('content-type')).toMatch(/^application\/json/);
    return { status: r.status, ...((await r.json()) as { error: object }).error };
  };
  expect(await bad('from=2026-11-23&to=2026-11-22')).toMatchObject({ status: 400, code: 'bad_request', field: 'to' });
  expect(await bad('from=2025-01-01&to=2026-01-02')).toMatchObject({ status: 400, code: 'bad_request', field: 'to' });
  expect(await bad('from=2026-02-30&to=2026-03-01')).toMatchObject({ status: 400, code: 'bad_request', field: 'from' });
  expect(await bad('from=2026-11-23&to=2026-11-23&lang=fr')).toMatchObject({ status: 400, code: 'bad_request', field: 'lang' });
  expect(await bad('from=2026-11-23&to=2026-11-23&by=clerk')).toMatchObject({ status: 400, code: 'bad_request' });
  expect(stateFingerprint(s.hall)).toBe(before);
});

test('during a long export over HTTP, a ticket issued over HTTP is answered while the export is held mid-way in its worker', async () => {
  const day = (await s.api('GET', '/api/health')).body.businessDay as string;
  seedTickets(day, 20_000);
  const kiosk = await s.login('kiosk');
  const admin = await s.login('admin');
  // The server's own door, watched: after its first chunk of rows the export's worker waits until the
  // kiosk's ticket has been answered.
  const door = s.hall.reportExport;
  const heard: number[] = [];
  let started!: () => void;
  const midway = new Promise<void>((resolve) => (started = resolve));
  let go!: () => void;
  const answered = new Promise<void>((resolve) => (go = resolve));
  const watched: ReportExportDoor = {
    ...door,
    xlsx: (plan, out) =>
      door.xlsx(plan, out, {
        onRows: (n) => {
          heard.push(n);
          if (heard.length > 1) return;
          started();
          return answered;
        },
      }),
  };
  Object.defineProperty(s.hall, 'reportExport', { value: watched });
  const download = get(`/api/reports/export.xlsx?from=${day}&to=${day}`, admin).then((r) => r.arrayBuffer());
  await midway; // the first chunk of rows is written, and the worker waits
  const issued = await s.api('POST', '/api/tickets', { serviceId: 'B' }, kiosk);
  expect(issued.status).toBe(201);
  expect(heard).toEqual([2_000]); // answered while the export had written one chunk of 20,000
  go();
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await download) as never);
  expect(wb.getWorksheet('明细')!.actualRowCount).toBe(20_001); // its snapshot: the ticket issued meanwhile is not in it
  expect(heard.at(-1)).toBe(20_000);
});

test("a reader that goes away stops the export's worker, held mid-way (the export fails, nothing hangs); the hall goes on", async () => {
  const day = (await s.api('GET', '/api/health')).body.businessDay as string;
  seedTickets(day, 20_000);
  const admin = await s.login('admin');
  const door = s.hall.reportExport;
  let started!: () => void;
  const midway = new Promise<void>((resolve) => (started = resolve));
  let ended: Promise<number> | null = null;
  const watched: ReportExportDoor = {
    ...door,
    xlsx: (plan, out) =>
      (ended = door.xlsx(plan, out, {
        // Held after its first chunk until the reader's leaving ends it: the worker is stopped, not waited for.
        onRows: () => {
          started();
          return new Promise<void>(() => {});
        },
      })),
  };
  Object.defineProperty(s.hall, 'reportExport', { value: watched });
  const controller = new AbortController();
  const response = await fetch(`${s.server.url}/api/reports/export.xlsx?from=${day}&to=${day}`, {
    headers: { authorization: `Bearer ${admin}` },
    signal: controller.signal,
  });
  expect(response.status).toBe(200);
  await midway;
  controller.abort();
  await expect(ended!).rejects.toThrow(/cancelled|premature|aborted|destroyed/i);
  const kiosk = await s.login('kiosk');
  expect((await s.api('POST', '/api/tickets', { serviceId: 'A' }, kiosk)).status).toBe(201);
});

test("a one-time key: the plain link of a page with no token (the Electron app's window) downloads once, then 401; an unknown key 401; it expires", async () => {
  const kiosk = await s.login('kiosk');
  await s.api('POST', '/api/tickets', { serviceId: 'A' }, kiosk);
  const admin = await s.login('admin');
  const day = (await s.api('GET', '/api/health')).body.businessDay as string;
  const plan = (await s.api('GET', `/api/reports/export?from=${day}&to=${day}&lang=en`, undefined, admin)).body as ReportExportPlan;
  expect(plan.keyPath).toMatch(/^\/api\/reports\/export\.xlsx\?key=[\w-]{24}$/);
  // The key's plan, whatever else the query asks (another range, another language).
  const r = await get(`${plan.keyPath}&from=2020-01-01&lang=zh-CN`);
  expect(r.status).toBe(200);
  expect(r.headers.get('content-disposition')).toBe(`attachment; filename="tongban-report-${day}-${day}.xlsx"`);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await r.arrayBuffer()) as never);
  expect(wb.getWorksheet('Summary')!.getRow(2).getCell(2).value).toBe(1);
  // A HEAD (a link prefetcher) neither runs an export nor spends a key.
  const head = await s.api('GET', `/api/reports/export?from=${day}&to=${day}`, undefined, admin);
  const headKey = (head.body as ReportExportPlan).keyPath;
  expect((await fetch(`${s.server.url}${headKey}`, { method: 'HEAD' })).status).toBe(404);
  expect((await get(headKey)).status).toBe(200);
  const again = await get(plan.keyPath);
  expect(again.status).toBe(401);
  expect(((await again.json()) as { error: { code: string } }).error.code).toBe('unauthenticated');
  expect((await get('/api/reports/export.xlsx?key=made-up-key')).status).toBe(401);

  const later = (await s.api('GET', `/api/reports/export?from=${day}&to=${day}`, undefined, admin)).body as ReportExportPlan;
  s.clock.advance(KEY_TTL_MS);
  expect((await get(later.keyPath)).status).toBe(401);
  // A clerk is refused the key itself.
  const clerk = await s.login('1001');
  expect((await s.api('GET', `/api/reports/export?from=${day}&to=${day}`, undefined, clerk)).status).toBe(403);
});
