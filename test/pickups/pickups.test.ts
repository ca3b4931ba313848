// Pickup records in the hall: made at the 办结 of a deferred item in the same transaction, moved on by
// staff with their history kept, and the kiosk's 取件 ticket by pickup code.
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import type { PickupDetail, PickupTakeResult, Session } from '../../electron/contract';
import { issue, login, MONDAY_9AM, openSeededHall, refuse, run, staff, withSettings, type TestHall } from '../support/hall';

/** 2026-11-27 09:00 in Asia/Shanghai: a Friday. */
const FRIDAY_9AM = MONDAY_9AM + 4 * 24 * 3_600_000;

let t: TestHall;
let kiosk: Session;
let clerk: Session;
let admin: Session;
beforeEach(() => {
  t = openSeededHall(FRIDAY_9AM);
  withSettings(t, { blockCallUntilRated: false }); // finish, then call the next at once: the 好差评 wait is rating-wait.test.ts's
  kiosk = login(t.hall, 'kiosk');
  clerk = staff(t.hall, '1001', 1);
  admin = login(t.hall, 'admin');
});
afterEach(() => t.cleanup());

const pickups = () =>
  t.hall.db.prepare('SELECT * FROM pickups ORDER BY id').all() as { code: string; state: string; promised_day: string; ticket_id: number }[];
const history = () => t.hall.db.prepare('SELECT * FROM pickup_events ORDER BY id').all();

/** A resident served at window 1 with this item, finished as handled. */
function serve(itemCode?: string, serviceId = 'A') {
  const ticket = issue(t.hall, kiosk, serviceId);
  run(t.hall, 'window.callNext', { window: 1 }, clerk);
  run(t.hall, 'window.finish', { window: 1, itemCode }, clerk);
  return ticket;
}

function readyPickup(): string {
  serve('B02', 'B'); // 临时救助申请: a deferred item of 5 working days in the demo hall
  const { code } = pickups()[0]!;
  run(t.hall, 'pickups.advance', { code, to: 'processing' }, clerk);
  run(t.hall, 'pickups.advance', { code, to: 'ready' }, clerk);
  return code;
}

describe('finishing a ticket', () => {
  test('with a deferred item makes exactly one pickup record: code, ticket, item, window, clerk, promised day', () => {
    const ticket = serve('B02', 'B');
    const rows = pickups();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ ticket_id: ticket.id, item_code: 'B02', window_no: 1, clerk_id: '1001', accepted_day: '2026-11-27', state: 'accepted' });
    expect(rows[0]!.code).toMatch(/^[1-9]\d{5}$/);
    expect(rows[0]!.promised_day).toBe('2026-12-04'); // Friday + 5 working days
    const detail = run(t.hall, 'pickups.get', { code: rows[0]!.code }, clerk) as PickupDetail;
    expect(detail).toMatchObject({ ticketNumber: ticket.number, itemName: { 'zh-CN': '临时救助申请' }, overdue: false });
    expect(detail.events).toEqual([expect.objectContaining({ from: null, to: 'accepted', user: '1001', ticketNumber: ticket.number })]);
  });

  test('the promised day counts working days on the hall calendar the manager saved', () => {
    // Monday 11-30 is a holiday and Saturday 12-05 a make-up day: Friday + 5 working days is Saturday 12-05.
    run(t.hall, 'hours.save', { holidays: ['2026-11-30'], makeupDays: ['2026-12-05'] }, admin);
    serve('B02', 'B');
    expect(pickups()[0]!.promised_day).toBe('2026-12-05');
  });

  test('with an immediate item, or none, makes none', () => {
    serve('A01');
    serve(undefined);
    expect(pickups()).toEqual([]);
  });

  test('a finish that rolls back makes none, and the ticket is still at the window', () => {
    issue(t.hall, kiosk, 'B');
    const called = run(t.hall, 'window.callNext', { window: 1 }, clerk);
    const actor = { user: '1001', role: 'clerk' as const };
    expect(() =>
      t.hall.engine.atomically(() => {
        t.hall.engine.tickets.finish(1, actor, 'handled', 'B02');
        expect(pickups()).toHaveLength(1); // inside the transaction, with the finish
        throw new Error('a later step failed');
      }),
    ).toThrow('a later step failed');
    expect(pickups()).toEqual([]);
    expect(history()).toEqual([]);
    expect(run(t.hall, 'window.get', { window: 1 }, clerk).current).toMatchObject({ id: called.ticket.id, state: 'called' });
  });

  test('codes are unique', () => {
    for (let i = 0; i < 20; i++) serve('A03');
    expect(new Set(pickups().map((p) => p.code)).size).toBe(20);
  });
});

describe('moving a record on', () => {
  test('each change is kept with who and when; a refused change changes nothing', () => {
    serve('B02', 'B');
    const { code } = pickups()[0]!;
    t.clock.advance(60_000);
    run(t.hall, 'pickups.advance', { code, to: 'processing' }, clerk);
    const before = JSON.stringify([pickups(), history()]);
    expect(refuse(t.hall, 'pickups.advance', { code, to: 'handed_over' }, clerk)).toMatchObject({ code: 'conflict', reason: 'pickup_state', field: 'to' });
    expect(refuse(t.hall, 'pickups.advance', { code, to: 'processing' }, clerk).message).toBe(
      `pickup ${code} is processing: it can only become ready, not processing`,
    );
    expect(JSON.stringify([pickups(), history()])).toBe(before);
    const done = run(t.hall, 'pickups.advance', { code, to: 'ready' }, admin) as PickupDetail;
    expect(done.events.map((e) => [e.from, e.to, e.user])).toEqual([
      [null, 'accepted', '1001'],
      ['accepted', 'processing', '1001'],
      ['processing', 'ready', 'admin'],
    ]);
    run(t.hall, 'pickups.advance', { code, to: 'delivered' }, clerk);
    expect(refuse(t.hall, 'pickups.advance', { code, to: 'handed_over' }, clerk).message).toMatch(/is delivered: it is final/);
  });

  test('history is append-only and records are never deleted', () => {
    serve('B02', 'B');
    expect(() => t.hall.db.prepare('DELETE FROM pickups').run()).toThrow(/never deleted/);
    expect(() => t.hall.db.prepare("UPDATE pickup_events SET user_id = 'x'").run()).toThrow(/append-only/);
    expect(() => t.hall.db.prepare('DELETE FROM pickup_events').run()).toThrow(/append-only/);
  });

  test('bad input names the field; an unknown code is 404', () => {
    expect(refuse(t.hall, 'pickups.advance', { code: '12345', to: 'ready' }, clerk)).toMatchObject({ code: 'bad_request', field: 'code' });
    expect(refuse(t.hall, 'pickups.advance', { code: '123456', to: 'accepted' }, clerk)).toMatchObject({ code: 'bad_request', field: 'to' });
    expect(refuse(t.hall, 'pickups.get', { code: '999999' }, clerk)).toMatchObject({ code: 'not_found', field: 'code' });
  });
});

describe('the lists', () => {
  test('ready and overdue, by promised day; overdue once the promised day has passed', () => {
    const code = readyPickup();
    serve('A03'); // 10 working days, still accepted
    const codes = (filter: string) => (run(t.hall, 'pickups.list', { filter }, clerk) as { code: string }[]).map((p) => p.code);
    expect(codes('ready')).toEqual([code]);
    expect(codes('open')).toHaveLength(2);
    expect(codes('overdue')).toEqual([]);
    t.clock.advance(7 * 24 * 3_600_000); // the next Friday: B02's 2026-12-04 is today, not passed
    expect(codes('overdue')).toEqual([]);
    t.clock.advance(24 * 3_600_000);
    expect(codes('overdue')).toEqual([code]);
    expect(run(t.hall, 'pickups.list', { filter: 'overdue' }, clerk)[0]).toMatchObject({ overdue: true, state: 'ready' });
  });
});

describe('取件 at the kiosk', () => {
  const take = (code: string) => run(t.hall, 'pickups.take', { code }, kiosk) as PickupTakeResult;

  test('an unknown code gets 404 and no ticket', () => {
    const before = t.hall.db.prepare('SELECT count(*) AS n FROM tickets').get();
    expect(refuse(t.hall, 'pickups.take', { code: '999999' }, kiosk)).toMatchObject({ code: 'not_found', field: 'code' });
    expect(t.hall.db.prepare('SELECT count(*) AS n FROM tickets').get()).toEqual(before);
  });

  test('not ready yet: says when it is promised, no ticket', () => {
    serve('B02', 'B');
    const { code } = pickups()[0]!;
    const tickets = t.hall.db.prepare('SELECT count(*) AS n FROM tickets').get();
    expect(take(code)).toEqual({ outcome: 'not_ready', promisedDay: '2026-12-04', itemName: expect.objectContaining({ 'zh-CN': '临时救助申请' }) });
    run(t.hall, 'pickups.advance', { code, to: 'processing' }, clerk);
    expect(take(code)).toMatchObject({ outcome: 'not_ready' });
    expect(t.hall.db.prepare('SELECT count(*) AS n FROM tickets').get()).toEqual(tickets);
  });

  test('ready: a ticket of the item’s service, linked; a second tap gets the same number, no second ticket', () => {
    const code = readyPickup();
    const taken = take(code);
    expect(taken).toMatchObject({ outcome: 'issued', ticket: { serviceId: 'B', state: 'waiting', number: 'B002' } });
    const number = taken.outcome === 'issued' ? taken.ticket.number : '';
    expect(take(code)).toMatchObject({ outcome: 'already_waiting', ticketNumber: number });
    expect(run(t.hall, 'pickups.get', { code }, clerk).events.at(-1)).toMatchObject({ from: 'ready', to: 'ready', user: 'kiosk', ticketNumber: number });
  });

  test('the clerk calls it, sees the record and hands over in one step; then the code is spent', () => {
    const code = readyPickup();
    take(code);
    expect(run(t.hall, 'pickups.atWindow', { window: 1 }, clerk)).toBeNull();
    run(t.hall, 'window.callNext', { window: 1 }, clerk);
    expect(run(t.hall, 'pickups.atWindow', { window: 1 }, clerk)).toMatchObject({ code, state: 'ready' });
    const done = run(t.hall, 'pickups.handOver', { window: 1 }, clerk);
    expect(done.ticket).toMatchObject({ state: 'done' });
    expect(done.pickup).toMatchObject({ state: 'handed_over' });
    expect(pickups()).toHaveLength(1); // the 取件 ticket's own finish (a deferred item) made no new record
    expect(take(code)).toMatchObject({ outcome: 'handed_over', day: '2026-11-27' });
    expect(refuse(t.hall, 'pickups.handOver', { window: 1 }, clerk)).toMatchObject({ code: 'conflict', reason: 'not_a_pickup_ticket' }); // nothing at the window now
  });

  test('a normal 办结 (handled) of a 取件 ticket hands over too, even after a transfer', () => {
    const code = readyPickup();
    take(code);
    run(t.hall, 'window.callNext', { window: 1 }, clerk);
    run(t.hall, 'window.transfer', { window: 1, serviceId: 'Z' }, clerk);
    run(t.hall, 'window.callNext', { window: 1 }, clerk);
    expect(run(t.hall, 'pickups.atWindow', { window: 1 }, clerk)).toMatchObject({ code });
    run(t.hall, 'window.finish', { window: 1, outcome: 'handled' }, clerk);
    expect(pickups()[0]).toMatchObject({ state: 'handed_over' });
  });

  test('handOver refuses a ticket that is not a 取件 ticket and changes nothing', () => {
    issue(t.hall, kiosk, 'A');
    run(t.hall, 'window.callNext', { window: 1 }, clerk);
    expect(refuse(t.hall, 'pickups.handOver', { window: 1 }, clerk)).toMatchObject({ code: 'conflict', reason: 'not_a_pickup_ticket' });
    expect(run(t.hall, 'window.get', { window: 1 }, clerk).current).toMatchObject({ state: 'called' });
  });
});

test('the record accepted at a ticket, for the console to show its code', () => {
  const ticket = serve('B02', 'B');
  expect(run(t.hall, 'pickups.acceptedAt', { ticketId: ticket.id }, clerk)).toMatchObject({ code: pickups()[0]!.code, promisedDay: '2026-12-04' });
  const other = serve('A01');
  expect(run(t.hall, 'pickups.acceptedAt', { ticketId: other.id }, clerk)).toBeNull();
});

test('consoles hear pickups.changed after a record is made (after the commit) and after each move', async () => {
  const heard: unknown[] = [];
  const stop = t.hall.subscribe((event) => {
    if (event.name === 'pickups.changed') heard.push(event.data);
  });
  serve('B02', 'B');
  expect(heard).toEqual([]); // the finish's own push comes after its tick, with hall.changed
  await new Promise((r) => setImmediate(r));
  expect(heard).toEqual([{ ready: 0, overdue: 0 }]);
  const { code } = pickups()[0]!;
  run(t.hall, 'pickups.advance', { code, to: 'processing' }, clerk);
  run(t.hall, 'pickups.advance', { code, to: 'ready' }, clerk);
  expect(heard.at(-1)).toEqual({ ready: 1, overdue: 0 });
  stop();
});
