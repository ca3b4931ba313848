// The hall screen's announcement report over the real HTTP API and WebSocket: public, validated field
// by field, only for the window's current call, pushed to the consoles as announcements.changed, and
// never a change to any ticket.
import { afterAll, beforeAll, expect, test } from 'vitest';
import { connectEvents, type EventClient } from '../support/ws';
import { startTestServer, stateFingerprint, type TestServer } from '../support/server';

let s: TestServer;
let events: EventClient;
let clerk: string;

beforeAll(async () => {
  s = await startTestServer();
  events = await connectEvents(s.server.url);
  const kiosk = await s.login('kiosk');
  clerk = await s.login('1002');
  await s.api('POST', '/api/tickets', { serviceId: 'B' }, kiosk);
  await s.api('POST', '/api/windows/2/sign-in', undefined, clerk);
});
afterAll(async () => {
  events.close();
  await s.close();
});

const changed = (match: (views: any[]) => boolean) => events.next((m) => m.type === 'event' && m.name === 'announcements.changed' && match(m.data));
const report = (body: unknown) => s.api('POST', '/api/announcements/report', body);

test('a call is pending until the hall screen reports it; consoles follow every step', async () => {
  const called = await s.api('POST', '/api/windows/2/call-next', undefined, clerk);
  const number = called.body.ticket.number as string;
  await changed((v) => v.some((x) => x.windowNo === 2 && x.number === number && x.state === 'pending'));
  const before = stateFingerprint(s.hall);
  const queued = await report({ window: 2, number, recall: 0, state: 'queued' });
  expect(queued).toMatchObject({ status: 200, body: { windowNo: 2, number, state: 'queued', problem: null } });
  await changed((v) => v.some((x) => x.windowNo === 2 && x.state === 'queued'));
  expect((await report({ window: 2, number, recall: 0, state: 'failed', problem: 'clips_missing' })).body).toMatchObject({
    state: 'failed',
    problem: 'clips_missing',
  });
  await changed((v) => v.some((x) => x.windowNo === 2 && x.state === 'failed' && x.problem === 'clips_missing'));
  // The consoles' view: a clerk or the manager, nobody else.
  const list = await s.api('GET', '/api/announcements', undefined, clerk);
  expect(list.body).toEqual([expect.objectContaining({ windowNo: 2, number, recall: 0, state: 'failed' })]);
  expect((await s.api('GET', '/api/announcements')).status).toBe(401);
  expect(stateFingerprint(s.hall)).toBe(before);
});

test('bad reports get 400 naming the field, other calls 409, and nothing changes', async () => {
  const current = (await s.api('GET', '/api/announcements', undefined, clerk)).body[0];
  const good = { window: 2, number: current.number, recall: 0, state: 'announced' };
  const before = stateFingerprint(s.hall);
  const cases: [unknown, number, string | undefined][] = [
    [{ ...good, state: 'shouted' }, 400, 'state'],
    [{ ...good, number: 'A1' }, 400, 'number'],
    [{ ...good, number: '<script>' }, 400, 'number'],
    [{ ...good, window: 0 }, 400, 'window'],
    [{ ...good, recall: -1 }, 400, 'recall'],
    [{ ...good, problem: 'exploded' }, 400, 'problem'],
    [{ ...good, ticketState: 'done' }, 400, undefined],
    [{ ...good, window: 9 }, 404, 'window'],
    [{ ...good, number: 'Z999' }, 409, 'number'],
    [{ ...good, recall: 3 }, 409, 'number'],
  ];
  for (const [body, status, field] of cases) {
    const r = await report(body);
    expect(r.status, JSON.stringify(body)).toBe(status);
    if (field) expect(r.body.error.field, JSON.stringify(body)).toBe(field);
  }
  expect((await s.api('GET', '/api/announcements', undefined, clerk)).body[0]).toMatchObject({ state: 'failed' });
  expect(stateFingerprint(s.hall)).toBe(before);
  // The right report still goes through (a screen that did play it).
  expect((await report(good)).body).toMatchObject({ state: 'announced', problem: null });
});

test('the hall screen reports over its WebSocket without a login', async () => {
  const current = (await s.api('GET', '/api/announcements', undefined, clerk)).body[0];
  await s.api('POST', '/api/windows/2/recall', undefined, clerk);
  await changed((v) => v.some((x) => x.windowNo === 2 && x.recall === 1 && x.state === 'pending'));
  events.send({ type: 'cmd', id: 7, name: 'announcements.report', input: { window: 2, number: current.number, recall: 1, state: 'announcing' } });
  const answer = await events.next((m) => m.id === 7);
  expect(answer).toMatchObject({ result: { ok: true, value: { state: 'announcing', recall: 1 } } });
});
