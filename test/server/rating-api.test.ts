// 好差评 over the LAN server: the pad rates over HTTP, the rating state is pushed over the WebSocket,
// the manager works the follow-up case over HTTP; refusals carry their status and reason.
import { afterEach, beforeEach, expect, test } from 'vitest';
import { startTestServer, stateFingerprint, type TestServer } from '../support/server';
import { connectEvents } from '../support/ws';

let s: TestServer;
beforeEach(async () => {
  s = await startTestServer();
});
afterEach(async () => s.close());

async function finishedAtWindow1() {
  const kiosk = await s.login('kiosk');
  const clerk = await s.login('1001');
  await s.api('POST', '/api/tickets', { serviceId: 'A' }, kiosk);
  await s.api('POST', '/api/windows/1/sign-in', {}, clerk);
  await s.api('POST', '/api/windows/1/call-next', {}, clerk);
  const done = await s.api('POST', '/api/windows/1/finish', { itemCode: 'A01' }, clerk);
  expect(done.status).toBe(200);
  return { clerk, ticketId: done.body.id as number };
}

test('finish → the pad hears rating.prompt → rates 不满意 over HTTP → the manager closes the case', async () => {
  const events = await connectEvents(s.server.url);
  const { clerk, ticketId } = await finishedAtWindow1();
  const pushed = await events.next((m) => m.type === 'event' && m.name === 'rating.prompt');
  expect(pushed.data).toMatchObject({ windowNo: 1, awaiting: { ticketId, number: 'A001' } });
  expect(JSON.stringify(pushed.data)).not.toMatch(/level/);

  const pad = await s.login('pad-1', '6666');
  expect((await s.api('GET', '/api/windows/1/rating', undefined, pad)).body.awaiting.ticketId).toBe(ticketId);
  const rated = await s.api('POST', '/api/windows/1/rating', { level: 2, reasons: ['efficiency.wait'], text: '排队太久', ticketId }, pad);
  expect(rated).toEqual({ status: 200, body: { ratingId: 1, ticketId, number: 'A001', level: 2 } });
  const after = await events.next((m) => m.type === 'event' && m.name === 'rating.prompt');
  expect(after.data).toMatchObject({ awaiting: null, last: { number: 'A001', status: 'rated' } });
  events.close();

  const admin = await s.login('admin');
  const cases = await s.api('GET', '/api/followups?filter=open', undefined, admin);
  expect(cases.body).toHaveLength(1);
  for (const [step, notes] of [
    ['verify', '核实属实'],
    ['rectify', '已整改'],
    ['reply', '已回复居民'],
  ]) {
    const r = await s.api('POST', '/api/followups/1/steps', { step, notes }, admin);
    expect(r.status).toBe(200);
  }
  const closed = await s.api('GET', '/api/followups/1', undefined, admin);
  expect(closed.body).toMatchObject({ nextStep: null, steps: [{ step: 'verify' }, { step: 'rectify' }, { step: 'reply' }] });
  const review = await s.api('POST', '/api/ratings/1/review', { kind: 'mistaken', reason: '居民按错' }, admin);
  expect(review.body.review).toMatchObject({ kind: 'mistaken', reason: '居民按错' });
  expect((await s.api('GET', '/api/ratings', undefined, admin)).body[0]).toMatchObject({ level: 2, pf: 4, itemCode: 'A01' });
  expect((await s.api('GET', '/api/followups', undefined, clerk)).status).toBe(403);
});

test('refusals over HTTP: status, reason, and nothing changed', async () => {
  const { clerk } = await finishedAtWindow1();
  const pad2 = await s.login('pad-2', '6666');
  const pad1 = await s.login('pad-1', '6666');
  const before = stateFingerprint(s.hall);
  const foreign = await s.api('POST', '/api/windows/1/rating', { level: 5 }, pad2);
  expect(foreign).toMatchObject({ status: 403, body: { ok: false, error: { code: 'forbidden', reason: 'pad_other_window' } } });
  const byClerk = await s.api('POST', '/api/windows/1/rating', { level: 5 }, clerk);
  expect(byClerk.status).toBe(403);
  const noReason = await s.api('POST', '/api/windows/1/rating', { level: 1 }, pad1);
  expect(noReason).toMatchObject({ status: 400, body: { error: { field: 'reasons' } } });
  expect(stateFingerprint(s.hall)).toBe(before);
  await s.api('POST', '/api/windows/1/rating', { level: 5 }, pad1);
  const twice = await s.api('POST', '/api/windows/1/rating', { level: 5 }, pad1);
  expect(twice).toMatchObject({ status: 409, body: { error: { reason: 'no_rating_awaited' } } });
});

test('the clerk invites a rating over HTTP; with the hall rule set, the next call waits for it', async () => {
  const { clerk } = await finishedAtWindow1();
  const admin = await s.login('admin');
  expect((await s.api('POST', '/api/rating-settings', { blockCallUntilRated: true }, admin)).body.blockCallUntilRated).toBe(true);
  const invited = await s.api('POST', '/api/windows/1/invite-rating', {}, clerk);
  expect(invited.body).toMatchObject({ awaiting: { number: 'A001' }, blocksCall: true });
  await s.api('POST', '/api/tickets', { serviceId: 'A' }, await s.login('kiosk'));
  const blocked = await s.api('POST', '/api/windows/1/call-next', {}, clerk);
  expect(blocked).toMatchObject({ status: 409, body: { error: { reason: 'awaiting_rating' } } });
});

test("the pad's activity over HTTP: the resident is rating, so the call waits; others are refused and change nothing", async () => {
  const { clerk } = await finishedAtWindow1();
  const admin = await s.login('admin');
  await s.api('POST', '/api/rating-settings', { blockCallUntilRated: false }, admin); // only the resident's use holds the call
  await s.api('POST', '/api/tickets', { serviceId: 'A' }, await s.login('kiosk'));
  const before = stateFingerprint(s.hall);
  expect(await s.api('POST', '/api/windows/1/rating-activity', {}, clerk)).toMatchObject({ status: 403, body: { error: { reason: 'not_a_rating_device' } } });
  expect(await s.api('POST', '/api/windows/1/rating-activity', {}, await s.login('pad-2', '6666'))).toMatchObject({
    status: 403,
    body: { error: { reason: 'pad_other_window' } },
  });
  expect(stateFingerprint(s.hall)).toBe(before);
  const used = await s.api('POST', '/api/windows/1/rating-activity', {}, await s.login('pad-1', '6666'));
  expect(used).toMatchObject({ status: 200, body: { blocksCall: true, awaiting: { number: 'A001' } } });
  expect(used.body.awaiting.activeAt).not.toBeNull();
  expect(await s.api('POST', '/api/windows/1/call-next', {}, clerk)).toMatchObject({ status: 409, body: { error: { reason: 'awaiting_rating' } } });
});
