// A morning at window 3 over the real HTTP API and the WebSocket event stream.
import { afterAll, beforeAll, expect, test } from 'vitest';
import { connectEvents, type EventClient } from '../support/ws';
import { startTestServer, type TestServer } from '../support/server';

let s: TestServer;
let events: EventClient;
let kiosk: string;
let clerk: string;

beforeAll(async () => {
  s = await startTestServer();
  events = await connectEvents(s.server.url);
  kiosk = await s.login('kiosk');
  clerk = await s.login('1003');
});
afterAll(async () => {
  events.close();
  await s.close();
});

test('a new event connection gets the hall state at once', async () => {
  const first = await events.next((m) => m.type === 'event' && m.name === 'hall.changed');
  expect(first.data.windows.map((w: any) => w.number)).toEqual([1, 2, 3, 4]);
  expect(first.data.hallName).toBe('示范街道社区事务受理服务中心');
});

test('services list names in three languages and waiting counts', async () => {
  const r = await s.api('GET', '/api/services');
  expect(r.status).toBe(200);
  expect(r.body.map((x: any) => x.id)).toEqual(['A', 'B', 'C', 'D', 'E', 'F', 'Z']);
  expect(r.body[0]).toMatchObject({ prefix: 'A', name: { 'zh-CN': '人社', 'zh-TW': '人社', en: 'Social Security' }, waiting: 0 });
});

test('issue, call, recall, finish, transfer, pause and resume', async () => {
  const a1 = await s.api('POST', '/api/tickets', { serviceId: 'A' }, kiosk);
  expect(a1.status).toBe(201);
  expect(a1.body).toMatchObject({ number: 'A001', serviceId: 'A', state: 'waiting', ahead: 0, businessDay: '2026-11-23' });
  const a2 = await s.api('POST', '/api/tickets', { serviceId: 'A', priority: 'priority' }, kiosk);
  // A priority ticket is called before the normal ones: nobody is ahead of it.
  expect(a2.body).toMatchObject({ number: 'A002', ahead: 0, priority: 'priority' });
  expect((await s.api('GET', '/api/services')).body[0].waiting).toBe(2);

  expect((await s.api('POST', '/api/windows/3/sign-in', undefined, clerk)).body).toMatchObject({ status: 'open', clerk: { id: '1003', name: '王磊' } });
  // The priority ticket A002 goes before A001.
  const call = await s.api('POST', '/api/windows/3/call-next', undefined, clerk);
  expect(call.body.ticket).toMatchObject({ number: 'A002', state: 'called', windowNo: 3 });
  const pushed = await events.next((m) => m.type === 'event' && m.name === 'ticket.called');
  expect(pushed.data).toMatchObject({ number: 'A002', windowNo: 3, recall: 0 });

  expect((await s.api('POST', '/api/windows/3/recall', undefined, clerk)).body.recalls).toBe(1);
  expect((await events.next((m) => m.name === 'ticket.called')).data).toMatchObject({ number: 'A002', recall: 1 });
  expect((await s.api('POST', '/api/windows/3/start', undefined, clerk)).body.state).toBe('serving');
  const done = await s.api('POST', '/api/windows/3/finish', { outcome: 'handled', itemCode: 'A01' }, clerk);
  expect(done.body).toMatchObject({ number: 'A002', state: 'done' });
  // The resident rates at the window's pad: the next call no longer waits for it.
  const pad = await s.login('pad-3', '6666');
  expect((await s.api('POST', '/api/windows/3/rating', { level: 5 }, pad)).status).toBe(200);

  await s.api('POST', '/api/windows/3/call-next', undefined, clerk);
  const moved = await s.api('POST', '/api/windows/3/transfer', { serviceId: 'B' }, clerk);
  expect(moved.body).toMatchObject({ number: 'A001', serviceId: 'B', state: 'waiting' });
  expect((await s.api('GET', '/api/services')).body.find((x: any) => x.id === 'B').waiting).toBe(1);

  const paused = await s.api('POST', '/api/windows/3/pause', { reason: 'lunch' }, clerk);
  expect(paused.body).toMatchObject({ status: 'paused', pauseReason: 'lunch' });
  const refused = await s.api('POST', '/api/windows/3/call-next', undefined, clerk);
  expect(refused.status).toBe(409);
  expect(refused.body.error).toMatchObject({ code: 'conflict', reason: 'window_paused' });
  expect((await s.api('POST', '/api/windows/3/resume', undefined, clerk)).body.status).toBe('open');

  // The transferred ticket is called again (it kept its number), then marked a no-show.
  expect((await s.api('POST', '/api/windows/3/call-next', undefined, clerk)).body.ticket.number).toBe('A001');
  expect((await s.api('POST', '/api/windows/3/no-show', undefined, clerk)).body.state).toBe('no_show');
  expect((await s.api('POST', '/api/windows/3/call-next', undefined, clerk)).body).toEqual({ ticket: null });

  const hall = await s.api('GET', '/api/hall');
  expect(hall.body.recentCalls.map((c: any) => c.number)).toEqual(['A001', 'A002']);
  expect(hall.body.windows[2]).toMatchObject({ number: 3, status: 'open', current: null });
  const detail = await s.api('GET', '/api/windows/3', undefined, clerk);
  expect(detail.body).toMatchObject({ servedToday: 1, primary: ['A', 'F'], queue: [] });
});

test('commands over the WebSocket: login, then act; malformed messages get bad_request', async () => {
  events.send({ type: 'cmd', id: 1, name: 'window.signIn', input: { window: 1 } });
  expect((await events.next((m) => m.id === 1)).result.error.code).toBe('unauthenticated');
  events.send({ type: 'cmd', id: 2, name: 'auth.login', input: { user: '1001', pin: '1234' } });
  expect((await events.next((m) => m.id === 2)).result.value.role).toBe('clerk');
  events.send({ type: 'cmd', id: 3, name: 'window.signIn', input: { window: 1 } });
  expect((await events.next((m) => m.id === 3)).result.value).toMatchObject({ number: 1, status: 'open' });
  events.send('{not json');
  expect((await events.next((m) => m.id === -1)).result.error.code).toBe('bad_request');
  events.send({ type: 'cmd', id: 4, name: 'window.explode', input: {} });
  expect((await events.next((m) => m.id === -1)).result.error).toMatchObject({ code: 'bad_request', field: 'name' });
});

test('a WebSocket can resume a session with a token', async () => {
  const other = await connectEvents(s.server.url);
  other.send({ type: 'auth', token: 'forged' });
  expect((await other.next((m) => m.type === 'auth')).result.ok).toBe(false);
  other.send({ type: 'auth', token: await s.login('1004') });
  expect((await other.next((m) => m.type === 'auth')).result.value).toEqual({ role: 'clerk', user: '1004' });
  other.send({ type: 'cmd', id: 9, name: 'window.signIn', input: { window: 4 } });
  expect((await other.next((m) => m.id === 9)).result.ok).toBe(true);
  other.close();
});

test('a service at its daily cap shows closed on the kiosk and refuses with service_full', async () => {
  s.hall.db.prepare("UPDATE services SET daily_cap = 1 WHERE id = 'Z'").run();
  s.hall.engine.config.reload();
  expect((await s.api('POST', '/api/tickets', { serviceId: 'Z' }, kiosk)).body.number).toBe('Z001');
  expect((await s.api('GET', '/api/services')).body.find((x: any) => x.id === 'Z')).toMatchObject({ open: false, waiting: 1 });
  const refused = await s.api('POST', '/api/tickets', { serviceId: 'Z' }, kiosk);
  expect(refused.status).toBe(409);
  expect(refused.body.error.code).toBe('service_full');
});

test('a token revoked elsewhere stops working on an open WebSocket', async () => {
  const socket = await connectEvents(s.server.url);
  const token = await s.login('1002');
  socket.send({ type: 'auth', token });
  expect((await socket.next((m) => m.type === 'auth')).result.ok).toBe(true);
  await s.api('POST', '/api/logout', undefined, token);
  socket.send({ type: 'cmd', id: 21, name: 'window.signIn', input: { window: 2 } });
  expect((await socket.next((m) => m.id === 21)).result.error.code).toBe('unauthenticated');
  socket.close();
});
