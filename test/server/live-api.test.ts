// The live hall view over the LAN server: GET /api/live (the manager's only), the live.changed push over
// the WebSocket when a clerk calls a ticket, and POST /api/live/sign-out with its reason, refused without
// one (400, field reason, nothing changed), audited on GET /api/audit.
import { afterEach, beforeEach, expect, test } from 'vitest';
import { connectEvents, type EventClient } from '../support/ws';
import { startTestServer, stateFingerprint, type TestServer } from '../support/server';

let s: TestServer;
let events: EventClient;
beforeEach(async () => {
  s = await startTestServer();
  events = await connectEvents(s.server.url);
});
afterEach(async () => {
  events.close();
  await s.close();
});

test('the view over HTTP, the push over the WebSocket, the sign-out with its reason and its audit row', async () => {
  const admin = await s.login('admin');
  const kiosk = await s.login('kiosk');
  const clerk = await s.login('1001');
  expect((await s.api('GET', '/api/live', undefined, clerk)).status).toBe(403);
  const first = await s.api('GET', '/api/live', undefined, admin);
  expect(first.status).toBe(200);
  expect(first.body.windows).toHaveLength(4);

  await s.api('POST', '/api/tickets', { serviceId: 'A' }, kiosk);
  await s.api('POST', '/api/windows/1/sign-in', {}, clerk);
  expect((await s.api('POST', '/api/windows/1/call-next', {}, clerk)).status).toBe(200);
  const push = await events.next((m) => m.type === 'event' && m.name === 'live.changed' && m.data.windows[0].current?.number === 'A001');
  expect(push.data.windows[0]).toMatchObject({ status: 'open', clerk: { id: '1001' }, current: { number: 'A001', state: 'called' } });

  const before = stateFingerprint(s.hall);
  const blank = await s.api('POST', '/api/live/sign-out', { window: 1, clerkId: '1001', reason: ' ' }, admin);
  expect(blank.status).toBe(400);
  expect(blank.body.error).toMatchObject({ code: 'bad_request', field: 'reason' });
  const nobody = await s.api('POST', '/api/live/sign-out', { window: 1, reason: '忘记签退' }, admin);
  expect(nobody.status).toBe(400);
  expect(nobody.body.error).toMatchObject({ code: 'bad_request', field: 'clerkId' });
  const other = await s.api('POST', '/api/live/sign-out', { window: 1, clerkId: '1002', reason: '忘记签退' }, admin);
  expect(other.status).toBe(409);
  expect(other.body.error).toMatchObject({ code: 'conflict', reason: 'other_clerk', field: 'clerkId' });
  expect(stateFingerprint(s.hall)).toBe(before);

  const out = await s.api('POST', '/api/live/sign-out', { window: 1, clerkId: '1001', reason: '忘记签退' }, admin);
  expect(out.status).toBe(200);
  expect(out.body).toMatchObject({ window: { number: 1, status: 'closed', clerk: null }, clerk: { id: '1001' }, returned: { number: 'A001' } });
  await events.next((m) => m.type === 'event' && m.name === 'live.changed' && m.data.windows[0].status === 'closed');
  const audit = await s.api('GET', '/api/audit?action=live.signOut', undefined, admin);
  expect(audit.body.entries[0]).toMatchObject({ action: 'live.signOut', target: '1', after: { reason: '忘记签退', returnedToQueue: 'A001' } });
});
