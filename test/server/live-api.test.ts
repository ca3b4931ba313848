// The live hall view over the LAN server: GET /api/live (the manager's only), the live.changed push over
// the manager's WebSocket when a clerk calls a ticket (and never to an anonymous or a clerk's socket),
// and POST /api/live/sign-out with its clerk and reason, refused without them or for another clerk
// (nothing changed), audited on GET /api/audit.
import { afterEach, beforeEach, expect, test } from 'vitest';
import { connectEvents, type EventClient } from '../support/ws';
import { startTestServer, stateFingerprint, type TestServer } from '../support/server';

let s: TestServer;
let sockets: EventClient[];
beforeEach(async () => {
  s = await startTestServer();
  sockets = [];
});
afterEach(async () => {
  for (const socket of sockets) socket.close();
  await s.close();
});

/** A WebSocket on /api/events, authenticated with `token` (null: left anonymous). */
async function socketAs(token: string | null): Promise<EventClient> {
  const socket = await connectEvents(s.server.url);
  sockets.push(socket);
  if (token) {
    socket.send({ type: 'auth', token });
    await socket.next((m) => m.type === 'auth' && m.result.ok);
  }
  return socket;
}

let roundTrips = 0;
/** Answered after everything the hall sent this socket before: nothing else is on its way. */
async function drained(socket: EventClient): Promise<void> {
  const id = 1000 + ++roundTrips;
  socket.send({ type: 'cmd', id, name: 'hall.get', input: {} });
  await socket.next((m) => m.type === 'result' && m.id === id);
}
const liveChanged = (m: any) => m.type === 'event' && m.name === 'live.changed';

test('live.changed goes to the manager only: not to a socket that never authenticates, nor to a clerk’s, nor after the manager logs out', async () => {
  const admin = await s.login('admin');
  const kiosk = await s.login('kiosk');
  const clerk = await s.login('1001');
  const anonymous = await socketAs(null);
  const clerkSocket = await socketAs(clerk);
  const manager = await socketAs(admin);
  await s.api('POST', '/api/tickets', { serviceId: 'A' }, kiosk);
  await s.api('POST', '/api/windows/1/sign-in', {}, clerk);
  for (const socket of [anonymous, clerkSocket, manager]) socket.messages.length = 0;
  expect((await s.api('POST', '/api/windows/1/call-next', {}, clerk)).status).toBe(200);
  // Every socket hears the call (hall.changed, same burst)...
  const called = (m: any) => m.type === 'event' && m.name === 'ticket.called' && m.data.number === 'A001';
  for (const socket of [anonymous, clerkSocket, manager]) await socket.next(called);
  // ...the manager's gets the live view; the hub sends each push to all sockets at once, so after a
  // round trip on the others, a live.changed sent to them would be in their messages.
  await manager.next((m) => liveChanged(m) && m.data.windows[0].current?.number === 'A001');
  for (const socket of [anonymous, clerkSocket]) {
    await drained(socket);
    expect(socket.messages.filter(liveChanged)).toEqual([]);
  }

  // A manager's token revoked (logged out) stops the push on the socket that still holds it; another
  // manager's socket is the signal that it went out.
  const other = await socketAs(await s.login('admin'));
  manager.messages.length = 0; // the pushes before the call are in it
  expect((await s.api('POST', '/api/logout', {}, admin)).status).toBe(200);
  expect((await s.api('POST', '/api/windows/1/finish', {}, clerk)).status).toBe(200);
  await other.next((m) => liveChanged(m) && m.data.windows[0].current === null);
  await drained(manager);
  expect(manager.messages.filter((m) => liveChanged(m) && m.data.windows[0].current === null)).toEqual([]);
});

test('the view over HTTP, the push over the WebSocket, the sign-out with its reason and its audit row', async () => {
  const admin = await s.login('admin');
  const kiosk = await s.login('kiosk');
  const clerk = await s.login('1001');
  const events = await socketAs(admin);
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
