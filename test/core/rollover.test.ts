// The business day turns over at midnight in Asia/Shanghai: yesterday's open tickets expire (kept),
// windows close, duty rows end, numbering restarts; lazily on the next command and on reopen.
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import type { Session } from '../../electron/contract';
import { MINUTE, eventsAfter, issue, lastEventId, login, openSeededHall, refuse, run, staff, ticketRow, type TestHall } from '../support/hall';

const at = (local: string) => Date.parse(`${local}+08:00`);
const MONDAY_NIGHT = at('2026-11-23T19:45:00');
const TUESDAY_MIDNIGHT = at('2026-11-24T00:00:00');
const MONDAY_END = at('2026-11-23T23:59:59.999');

let t: TestHall;
let kiosk: Session;
afterEach(() => t.cleanup());

/** Monday evening: one ticket of each kind of open state, one finished, four windows in use. */
function mondayEvening() {
  t = openSeededHall(MONDAY_NIGHT);
  kiosk = login(t.hall, 'kiosk');
  const c1 = staff(t.hall, '1001', 1);
  const c3 = staff(t.hall, '1003', 3);
  const c4 = staff(t.hall, '1004', 4);
  staff(t.hall, '1002', 2);
  const ids = ['A', 'A', 'Z', 'B', 'C'].map((s) => issue(t.hall, kiosk, s).id);
  run(t.hall, 'window.callNext', { window: 1 }, c1); // A001 called
  run(t.hall, 'window.callNext', { window: 3 }, c3); // A002 called …
  run(t.hall, 'window.start', { window: 3 }, c3); // … and serving
  run(t.hall, 'window.callNext', { window: 4 }, c4); // Z001 …
  run(t.hall, 'window.finish', { window: 4 }, c4); // … done
  run(t.hall, 'window.pause', { window: 4, reason: 'other' }, c4);
  const [a1, a2, z1, b1, c1t] = ids as [number, number, number, number, number];
  return { a1, a2, b1, z1, c1: c1t };
}

type Ids = ReturnType<typeof mondayEvening>;

/** Monday's rows after the rollover; `newA` tickets of Tuesday may already wait in A. */
function expectMondayClosed(ids: Ids, rolledAt: number, fromEvent: number, newA = 0) {
  const states = t.hall.db.prepare('SELECT id, state, business_day, finished_at FROM tickets WHERE business_day = ? ORDER BY id').all('2026-11-23') as {
    id: number;
    state: string;
    finished_at: number | null;
  }[];
  expect(states.map((r) => [r.id, r.state])).toEqual([
    [ids.a1, 'expired'],
    [ids.a2, 'expired'],
    [ids.z1, 'done'],
    [ids.b1, 'expired'],
    [ids.c1, 'expired'],
  ]);
  // Expired at the end of their own business day, however late the hall next started.
  for (const id of [ids.a1, ids.a2, ids.b1, ids.c1]) expect(ticketRow(t.hall, id).finished_at).toBe(MONDAY_END);
  const expired = eventsAfter(t.hall, fromEvent).filter((e) => e.type === 'ticket.expired');
  expect(expired.map((e) => [e.ticket_id, e.business_day, e.window_no, e.data])).toEqual([
    [ids.a1, '2026-11-23', 1, { number: 'A001', from: 'called', recordedAt: rolledAt }],
    [ids.a2, '2026-11-23', 3, { number: 'A002', from: 'serving', recordedAt: rolledAt }],
    [ids.b1, '2026-11-23', null, { number: 'B001', from: 'waiting', recordedAt: rolledAt }],
    [ids.c1, '2026-11-23', null, { number: 'C001', from: 'waiting', recordedAt: rolledAt }],
  ]);
  const windows = t.hall.db.prepare('SELECT status, pause_reason, clerk_id, current_ticket_id FROM windows').all();
  expect(windows).toEqual(Array(4).fill({ status: 'closed', pause_reason: null, clerk_id: null, current_ticket_id: null }));
  // A clerk who never signed out is on duty until their last action that day, not until the rollover.
  const lastAction = (clerk: string, w: number) =>
    (t.hall.db.prepare("SELECT max(at) AS at FROM events WHERE business_day = '2026-11-23' AND user_id = ? AND window_no = ?").get(clerk, w) as { at: number })
      .at;
  const duty = t.hall.db.prepare('SELECT user_id, window_no, signed_out_at FROM duty ORDER BY id').all() as {
    user_id: string;
    window_no: number;
    signed_out_at: number;
  }[];
  expect(duty.map((d) => d.window_no)).toEqual([1, 3, 4, 2]);
  for (const d of duty) {
    expect(d.signed_out_at).toBe(lastAction(d.user_id, d.window_no));
    expect(d.signed_out_at).toBeLessThan(rolledAt);
  }
  const closed = eventsAfter(t.hall, fromEvent).filter((e) => e.type === 'window.signed_out');
  expect(closed.map((e) => [e.window_no, e.business_day, e.user_id, e.data])).toEqual(
    [
      [1, '1001'],
      [3, '1003'],
      [4, '1004'],
      [2, '1002'],
    ].map(([w, clerk]) => [w, '2026-11-23', null, { clerk, reason: 'day_end' }]),
  );
  const view = t.hall.view();
  expect(view.businessDay).toBe('2026-11-24');
  expect(view.recentCalls).toEqual([]);
  expect(view.waiting).toEqual({ A: newA, B: 0, C: 0, D: 0, E: 0, F: 0, Z: 0 });
}

describe('lazily, on the next command after midnight', () => {
  let ids: Ids;
  beforeEach(() => {
    ids = mondayEvening();
  });

  test('one millisecond before midnight is still Monday', () => {
    t.clock.set(TUESDAY_MIDNIGHT - 1);
    expect(issue(t.hall, kiosk, 'B')).toMatchObject({ number: 'B002', businessDay: '2026-11-23' }); // (its estimate: test/core/wait-estimate*.test.ts)
    expect(ticketRow(t.hall, ids.b1).state).toBe('waiting');
  });

  test('at midnight the next ticket is A001 of Tuesday and Monday is closed', () => {
    const from = lastEventId(t.hall);
    t.clock.set(TUESDAY_MIDNIGHT);
    const first = issue(t.hall, kiosk, 'A');
    expect(first).toMatchObject({ number: 'A001', businessDay: '2026-11-24', ahead: 0 });
    expect(ticketRow(t.hall, first.id).business_day).toBe('2026-11-24');
    expectMondayClosed(ids, TUESDAY_MIDNIGHT, from, 1);
    expect(issue(t.hall, kiosk, 'B').number).toBe('B001');
  });

  test('any command rolls over: a read of the hall, or a clerk at the window', () => {
    const from = lastEventId(t.hall);
    t.clock.set(TUESDAY_MIDNIGHT + 8 * 60 * MINUTE);
    const clerk = login(t.hall, '1001');
    // The window was closed by the rollover, so there is nobody to act for.
    expect(refuse(t.hall, 'window.callNext', { window: 1 }, clerk).code).toBe('conflict');
    expectMondayClosed(ids, TUESDAY_MIDNIGHT + 8 * 60 * MINUTE, from);
    // A second command does not roll over again.
    const after = lastEventId(t.hall);
    run(t.hall, 'window.signIn', { window: 1 }, clerk);
    expect(eventsAfter(t.hall, after).map((e) => e.type)).toEqual(['window.signed_in']);
    expect(run(t.hall, 'window.callNext', { window: 1 }, clerk)).toEqual({ ticket: null });
  });

  test('the rollover timer path (engine.rollover) does the same, once', () => {
    t.clock.set(TUESDAY_MIDNIGHT + MINUTE);
    expect(t.hall.engine.rollover()).toBe(true);
    expect(t.hall.engine.rollover()).toBe(false);
    expect(t.hall.engine.businessDay).toBe('2026-11-24');
    expect(ticketRow(t.hall, ids.c1).state).toBe('expired');
  });

  test('expired tickets are never called on the new day', () => {
    t.clock.set(TUESDAY_MIDNIGHT + 9 * 60 * MINUTE);
    const clerk = staff(t.hall, '1002', 2);
    const c001 = issue(t.hall, kiosk, 'C');
    expect(run(t.hall, 'window.get', { window: 2 }, clerk).queue.map((q: { id: number }) => q.id)).toEqual([c001.id]);
    expect(run(t.hall, 'window.callNext', { window: 2 }, clerk).ticket.id).toBe(c001.id);
    run(t.hall, 'window.finish', { window: 2 }, clerk);
    expect(run(t.hall, 'window.callNext', { window: 2 }, clerk)).toEqual({ ticket: null });
  });

  test('a rollover that fails is tried again by the next command', () => {
    t.hall.db.exec(`CREATE TEMP TRIGGER fail_expiry BEFORE INSERT ON main.events WHEN NEW.type = 'ticket.expired'
      BEGIN SELECT RAISE(ABORT, 'disk trouble'); END`);
    t.clock.set(TUESDAY_MIDNIGHT + MINUTE);
    expect(refuse(t.hall, 'tickets.issue', { serviceId: 'A' }, kiosk).code).toBe('internal');
    expect(ticketRow(t.hall, ids.b1).state).toBe('waiting');
    t.hall.db.exec('DROP TRIGGER temp.fail_expiry');
    expect(issue(t.hall, kiosk, 'A')).toMatchObject({ number: 'A001', businessDay: '2026-11-24' });
    expect(ticketRow(t.hall, ids.b1).state).toBe('expired');
  });
});

describe('on reopen of a hall closed over midnight', () => {
  test('the expiry happens at open, before any command', () => {
    const ids = mondayEvening();
    const from = lastEventId(t.hall);
    t.hall.close();
    const opened = at('2026-11-24T08:30:00');
    t.clock.set(opened);
    t.reopen();
    expect(ticketRow(t.hall, ids.c1).state).toBe('expired');
    expectMondayClosed(ids, opened, from);
    expect(issue(t.hall, kiosk, 'A').number).toBe('A001');
  });

  test('a hall closed over a weekend dates each expiry to its own day', () => {
    t = openSeededHall(at('2026-11-27T16:00:00')); // Friday
    kiosk = login(t.hall, 'kiosk');
    const friday = issue(t.hall, kiosk, 'F');
    t.clock.set(at('2026-11-28T10:00:00')); // Saturday duty
    const saturday = issue(t.hall, kiosk, 'F');
    expect(saturday.number).toBe('F001');
    expect(ticketRow(t.hall, friday.id).state).toBe('expired');
    const from = lastEventId(t.hall);
    t.clock.set(at('2026-11-30T08:45:00')); // Monday
    t.reopen();
    expect(eventsAfter(t.hall, from).map((e) => [e.type, e.ticket_id, e.business_day])).toEqual([['ticket.expired', saturday.id, '2026-11-28']]);
    const rows = t.hall.db.prepare('SELECT number, business_day, state FROM tickets ORDER BY id').all();
    expect(rows).toEqual([
      { number: 'F001', business_day: '2026-11-27', state: 'expired' },
      { number: 'F001', business_day: '2026-11-28', state: 'expired' },
    ]);
    expect(issue(t.hall, kiosk, 'F')).toMatchObject({ number: 'F001', businessDay: '2026-11-30' });
  });

  test('the business day follows Shanghai, not UTC', () => {
    t = openSeededHall(at('2026-11-23T07:30:00')); // 2026-11-22 23:30 UTC
    kiosk = login(t.hall, 'kiosk');
    const early = issue(t.hall, kiosk, 'A');
    expect(early.businessDay).toBe('2026-11-23');
    t.clock.set(at('2026-11-23T08:30:00')); // UTC has moved to the 23rd; Shanghai has not changed day
    t.reopen();
    expect(issue(t.hall, kiosk, 'A')).toMatchObject({ number: 'A002', ahead: 1 });
    expect(ticketRow(t.hall, early.id).state).toBe('waiting');
  });
});
