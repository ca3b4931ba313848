// The reports over the LAN (HTTP, the CSV download, the xlsx export's plan, the WebSocket) take the
// hall's paced door: a report held between its steps (a gate on the hall's read pace) while the kiosk
// issues a ticket and the hall answers; the report then answers with the moment it was asked.
import { afterEach, beforeEach, expect, test } from 'vitest';
import { readGate, type ReadGate } from '../support/read-gate';
import { startTestServer, type TestServer } from '../support/server';
import { connectEvents } from '../support/ws';

let s: TestServer;
let gate: ReadGate;
let admin: string;
let kiosk: string;
let day: string;
beforeEach(async () => {
  gate = readGate();
  s = await startTestServer({ readPace: gate.pace });
  admin = await s.login('admin');
  kiosk = await s.login('kiosk');
  day = (await s.api('GET', '/api/health')).body.businessDay as string;
  await s.api('POST', '/api/tickets', { serviceId: 'A' }, kiosk);
});
afterEach(async () => s.close());

test.each([
  ['the summary', () => `/api/reports/summary?from=${day}&to=${day}`],
  ['several slices', () => `/api/reports/summaries?from=${day}&to=${day}&by=service&by=hour`],
  ['the duty report', () => `/api/reports/duty?from=${day}&to=${day}`],
  ['the appraisal sheets', () => `/api/reports/appraisal?month=${day.slice(0, 7)}`],
  ['the CSV download', () => `/api/reports/summary.csv?from=${day}&to=${day}`],
  ['the xlsx export (its count)', () => `/api/reports/export.xlsx?from=${day}&to=${day}`],
])('%s: held mid-way, the hall issues and answers meanwhile', async (_label, path) => {
  // The answer may be a file (CSV, xlsx): its status and bytes, read once the gate is open.
  const report = fetch(s.server.url + path(), { headers: { authorization: `Bearer ${admin}` } }).then(async (r) => ({
    status: r.status,
    bytes: (await r.arrayBuffer()).byteLength,
  }));
  await gate.held();
  expect((await s.api('POST', '/api/tickets', { serviceId: 'B' }, kiosk)).status).toBe(201);
  expect((await s.api('GET', '/api/hall')).status).toBe(200);
  gate.open();
  expect(await report).toMatchObject({ status: 200, bytes: expect.any(Number) });
  expect((await report).bytes).toBeGreaterThan(0);
});

test('the summary asked before the second ticket counts one arrival: the moment it was asked', async () => {
  const report = s.api('GET', `/api/reports/summary?from=${day}&to=${day}`, undefined, admin);
  await gate.held();
  await s.api('POST', '/api/tickets', { serviceId: 'B' }, kiosk);
  gate.open();
  expect((await report).body.total).toMatchObject({ arrived: 1 });
  expect((await s.api('GET', `/api/reports/summary?from=${day}&to=${day}`, undefined, admin)).body.total).toMatchObject({ arrived: 2 });
});

test('over the WebSocket, a report asked first is answered after a command asked while it is held', async () => {
  const ws = await connectEvents(s.server.url);
  try {
    ws.send({ type: 'auth', token: admin });
    await ws.next((m) => m.type === 'auth');
    ws.send({ type: 'cmd', id: 1, name: 'reports.summary', input: { from: day, to: day, by: 'service' } });
    await gate.held();
    ws.send({ type: 'cmd', id: 2, name: 'hall.get', input: {} });
    const hallGet = await ws.next((m) => m.type === 'result' && m.id === 2);
    expect(hallGet.result.ok).toBe(true);
    expect(ws.messages.some((m) => m.type === 'result' && m.id === 1)).toBe(false);
    gate.open();
    const report = await ws.next((m) => m.type === 'result' && m.id === 1);
    expect(report.result).toMatchObject({ ok: true, value: { by: 'service', total: { arrived: 1 } } });
    // A refusal comes back as data on the same socket, with its id.
    ws.send({ type: 'cmd', id: 3, name: 'reports.summary', input: { from: day, to: '2000-01-01' } });
    expect((await ws.next((m) => m.type === 'result' && m.id === 3)).result).toMatchObject({ ok: false, error: { code: 'bad_request', field: 'to' } });
  } finally {
    ws.close();
  }
});
