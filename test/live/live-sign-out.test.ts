// The manager signs a clerk out of a window (live.signOut): the clerk went home without signing out.
// One transaction: the duty ends, the window closes, the window.signed_out event carries the reason and
// `by: manager`, the audit trail has the change; a ticket current at the window waits again at the head
// of its queue (never lost) and the next window serving it calls it first. Bad input changes nothing.
import { afterEach, beforeEach, expect, test } from 'vitest';
import type { AuditPage, LiveSignOut, Session } from '../../electron/contract';
import {
  eventsAfter,
  issue,
  lastEventId,
  login,
  MINUTE,
  openSeededHall,
  refuse,
  run,
  snapshot,
  staff,
  ticketRow,
  windowRow,
  type TestHall,
} from '../support/hall';

let t: TestHall;
let admin: Session;
let kiosk: Session;
let clerk: Session;
beforeEach(() => {
  t = openSeededHall();
  admin = login(t.hall, 'admin');
  kiosk = login(t.hall, 'kiosk');
  clerk = staff(t.hall, '1001', 1);
});
afterEach(() => t.cleanup());

const signOut = (window: number, reason: string, clerkId = '1001'): LiveSignOut => run(t.hall, 'live.signOut', { window, clerkId, reason }, admin);
const audit = () => (run(t.hall, 'audit.list', { limit: 10 }, admin) as AuditPage).entries;

test('a clerk with no ticket: signed out, window closed, duty ended, the event and the audit row with the reason', () => {
  t.clock.advance(10 * MINUTE);
  const from = lastEventId(t.hall);
  const done = signOut(1, '下班未签退');
  expect(done.returned).toBeNull();
  expect(done.clerk.id).toBe('1001');
  expect(done.window).toMatchObject({ number: 1, status: 'closed', clerk: null, current: null });
  expect(windowRow(t.hall, 1)).toMatchObject({ status: 'closed', clerk_id: null, current_ticket_id: null });
  const duty = t.hall.db.prepare('SELECT * FROM duty WHERE user_id = ? AND window_no = 1').get('1001') as { signed_out_at: number | null };
  expect(duty.signed_out_at).toBe(t.clock.now());
  const events = eventsAfter(t.hall, from);
  expect(events.map((e) => [e.type, e.window_no, e.user_id, e.data])).toEqual([
    ['window.signed_out', 1, 'admin', { clerk: '1001', reason: '下班未签退', by: 'manager' }],
  ]);
  expect(audit()[0]).toMatchObject({
    userId: 'admin',
    action: 'live.signOut',
    target: '1',
    before: { clerk: '1001', ticket: null },
    after: { clerk: null, ticket: null, reason: '下班未签退', returnedToQueue: null },
  });
  // The clerk may sign in again (at any window).
  run(t.hall, 'window.signIn', { window: 2 }, clerk);
});

test('the current ticket goes back to the head of its queue and the next window serving it calls it first', () => {
  const a1 = issue(t.hall, kiosk, 'A'); // 09:00
  t.clock.advance(MINUTE);
  const a2 = issue(t.hall, kiosk, 'A'); // 09:01
  run(t.hall, 'window.callNext', { window: 1 }, clerk); // A001 at window 1
  run(t.hall, 'window.start', { window: 1 }, clerk); // being served
  t.clock.advance(5 * MINUTE);
  const from = lastEventId(t.hall);
  const done = signOut(1, 'went home');
  expect(done.returned).toEqual({ id: a1.id, number: 'A001', serviceId: 'A' });
  const row = ticketRow(t.hall, a1.id);
  expect(row).toMatchObject({ state: 'waiting', window_no: null, clerk_id: null, called_at: null, started_at: null });
  expect(row.wait_since).toBeLessThan(ticketRow(t.hall, a2.id).wait_since);
  expect(windowRow(t.hall, 1)).toMatchObject({ status: 'closed', clerk_id: null, current_ticket_id: null });
  // Both writes and their event rows at once, in order: the ticket first, then the duty.
  const events = eventsAfter(t.hall, from);
  expect(events.map((e) => [e.type, e.ticket_id, e.window_no, e.user_id])).toEqual([
    ['ticket.returned', a1.id, 1, 'admin'],
    ['window.signed_out', null, 1, 'admin'],
  ]);
  expect(events[0]!.data).toEqual({ number: 'A001', from: 'serving', why: 'clerk_signed_out_by_manager' });
  expect(new Set(events.map((e) => e.at)).size).toBe(1);
  expect(audit()[0]).toMatchObject({ action: 'live.signOut', before: { clerk: '1001', ticket: 'A001' }, after: { returnedToQueue: 'A001' } });
  // The queue counts it again; the live view shows it waiting; window 3 (A岗) calls it before A002.
  const view = run(t.hall, 'live.get', {}, admin);
  expect(view.services.find((s: { id: string }) => s.id === 'A')).toMatchObject({ waiting: 2 });
  const other = staff(t.hall, '1003', 3);
  expect(run(t.hall, 'window.callNext', { window: 3 }, other).ticket.number).toBe('A001');
  expect(run(t.hall, 'window.finish', { window: 3 }, other).number).toBe('A001');
});

test('a ticket returned behind a re-queued one still goes first (its wait_since is set before the head)', () => {
  const a1 = issue(t.hall, kiosk, 'A'); // 09:00
  run(t.hall, 'window.callNext', { window: 1 }, clerk); // A001
  run(t.hall, 'window.noShow', { window: 1 }, clerk);
  t.clock.advance(MINUTE);
  issue(t.hall, kiosk, 'A'); // A002 09:01
  run(t.hall, 'window.callNext', { window: 1 }, clerk); // A002 current
  run(t.hall, 'window.requeue', { window: 1, number: 'A001' }, clerk); // A001 waits again (offset places down; nobody else waits)
  t.clock.advance(MINUTE);
  const done = signOut(1, 'left');
  expect(done.returned!.number).toBe('A002');
  expect(ticketRow(t.hall, done.returned!.id).wait_since).toBeLessThan(ticketRow(t.hall, a1.id).wait_since);
  const other = staff(t.hall, '1003', 3);
  expect(run(t.hall, 'window.callNext', { window: 3 }, other).ticket.number).toBe('A002');
});

test('refused, changing nothing: no reason, a blank reason, a window nobody staffs, an unknown window, a clerk asking', () => {
  issue(t.hall, kiosk, 'A');
  run(t.hall, 'window.callNext', { window: 1 }, clerk);
  const before = snapshot(t.hall);
  const audited = audit().length;
  for (const input of [{ window: 1 }, { window: 1, reason: '' }, { window: 1, reason: '   ' }, { window: 1, reason: 'x'.repeat(201) }]) {
    const error = refuse(t.hall, 'live.signOut', { clerkId: '1001', ...input }, admin);
    expect(error).toMatchObject({ code: 'bad_request', field: 'reason' });
  }
  for (const input of [
    { window: 1, reason: 'x' },
    { window: 1, clerkId: '', reason: 'x' },
    { window: 1, clerkId: 1001, reason: 'x' },
  ]) {
    expect(refuse(t.hall, 'live.signOut', input, admin)).toMatchObject({ code: 'bad_request', field: 'clerkId' });
  }
  expect(refuse(t.hall, 'live.signOut', { window: 2, clerkId: '1001', reason: 'x' }, admin)).toMatchObject({ code: 'conflict', reason: 'window_unstaffed' });
  expect(refuse(t.hall, 'live.signOut', { window: 99, clerkId: '1001', reason: 'x' }, admin)).toMatchObject({ code: 'not_found', field: 'window' });
  expect(refuse(t.hall, 'live.signOut', { window: 1, clerkId: '1001', reason: 'x' }, clerk).code).toBe('forbidden');
  expect(snapshot(t.hall)).toBe(before);
  expect(audit().length).toBe(audited);
});

test('a stale card: the clerk it names signed out and another signed in meanwhile: refused other_clerk, nothing changes', () => {
  issue(t.hall, kiosk, 'A');
  run(t.hall, 'window.signOut', { window: 1 }, clerk); // 1001 signs out by themself
  const next = staff(t.hall, '1002', 1); // 1002 signs in at window 1
  run(t.hall, 'window.callNext', { window: 1 }, next); // and calls A001
  const before = snapshot(t.hall);
  const audited = audit().length;
  // The manager's card still shows 1001 at window 1.
  expect(refuse(t.hall, 'live.signOut', { window: 1, clerkId: '1001', reason: '下班未签退' }, admin)).toMatchObject({
    code: 'conflict',
    reason: 'other_clerk',
    field: 'clerkId',
  });
  expect(snapshot(t.hall)).toBe(before);
  expect(audit().length).toBe(audited);
  expect(windowRow(t.hall, 1)).toMatchObject({ status: 'open', clerk_id: '1002' });
  // Naming the clerk who is there signs them out.
  expect(signOut(1, '下班未签退', '1002').returned!.number).toBe('A001');
});

test("the clerk's own sign-out is still refused while a ticket is current (only the manager's returns it)", () => {
  issue(t.hall, kiosk, 'A');
  run(t.hall, 'window.callNext', { window: 1 }, clerk);
  expect(refuse(t.hall, 'window.signOut', { window: 1 }, clerk)).toMatchObject({ code: 'conflict', reason: 'ticket_current' });
});
