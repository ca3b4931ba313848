// The append-only events table: every state change writes exactly one matching row, in the same
// transaction as the change, and a command that fails writes nothing at all.
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import type { Session } from '../../electron/contract';
import { MINUTE, eventsAfter, issue, lastEventId, login, openSeededHall, refuse, run, snapshot, ticketRow, windowRow, type TestHall } from '../support/hall';

let t: TestHall;
let kiosk: Session;
let clerk: Session;
beforeEach(() => {
  t = openSeededHall();
  kiosk = login(t.hall, 'kiosk');
  clerk = login(t.hall, '1001');
});
afterEach(() => t.cleanup());

type Expected = [type: string, ticket: number | null, window: number | null, user: string | null, data: Record<string, unknown>];

/** Runs one step and checks the exact event rows it wrote (type, ticket, window, user, data, day, time). */
function step(action: () => void, expected: Expected[]) {
  const from = lastEventId(t.hall);
  t.clock.advance(MINUTE);
  action();
  const rows = eventsAfter(t.hall, from);
  expect(rows.map((r) => [r.type, r.ticket_id, r.window_no, r.user_id, r.data])).toEqual(expected);
  for (const r of rows) expect([r.business_day, r.at]).toEqual(['2026-11-23', t.clock.now()]);
}

test('one matching event row per state change, through a whole day at a window', () => {
  let a1 = 0;
  step(() => (a1 = issue(t.hall, kiosk, 'A').id), [['ticket.issued', 1, null, 'kiosk', { number: 'A001', serviceId: 'A', priority: 'normal' }]]);
  expect(a1).toBe(1);
  step(() => run(t.hall, 'window.signIn', { window: 1 }, clerk), [['window.signed_in', null, 1, '1001', {}]]);
  step(() => run(t.hall, 'window.callNext', { window: 1 }, clerk), [['ticket.called', a1, 1, '1001', { number: 'A001', recall: 0 }]]);
  expect(ticketRow(t.hall, a1).state).toBe('called');
  step(() => run(t.hall, 'window.recall', { window: 1 }, clerk), [['ticket.recalled', a1, 1, '1001', { number: 'A001', recall: 1 }]]);
  step(() => run(t.hall, 'window.start', { window: 1 }, clerk), [['ticket.serving', a1, 1, '1001', { number: 'A001' }]]);
  step(
    () => run(t.hall, 'window.transfer', { window: 1, serviceId: 'B' }, clerk),
    [
      ['ticket.transferred', a1, 1, '1001', { number: 'A001', to: 'B' }],
      ['ticket.issued', 2, null, '1001', { number: 'A001', serviceId: 'B', priority: 'normal' }],
    ],
  );
  step(() => run(t.hall, 'window.callNext', { window: 1 }, clerk), [['ticket.called', 2, 1, '1001', { number: 'A001', recall: 0 }]]);
  step(
    () => run(t.hall, 'window.finish', { window: 1, itemCode: 'B01', outcome: 'accepted' }, clerk),
    [
      ['ticket.done', 2, 1, '1001', { number: 'A001', outcome: 'accepted', itemCode: 'B01' }],
      ['rating.requested', 2, 1, '1001', { ratingId: 1, number: 'A001', deadline: '2026-11-23T01:09:00.000Z' }],
    ],
  );
  step(() => issue(t.hall, kiosk, 'A', 'priority'), [['ticket.issued', 3, null, 'kiosk', { number: 'A002', serviceId: 'A', priority: 'priority' }]]);
  step(
    () => run(t.hall, 'window.callNext', { window: 1 }, clerk),
    [
      ['rating.closed', 2, 1, null, { ratingId: 1, number: 'A001', status: 'not_rated', level: null, cause: 'timeout' }],
      ['ticket.called', 3, 1, '1001', { number: 'A002', recall: 0 }],
    ],
  );
  step(() => run(t.hall, 'window.noShow', { window: 1 }, clerk), [['ticket.no_show', 3, 1, '1001', { number: 'A002' }]]);
  step(() => expect(refuse(t.hall, 'window.finish', { window: 1 }, clerk).code).toBe('conflict'), []); // refused: nothing current
  step(() => run(t.hall, 'window.callNext', { window: 1 }, clerk), []); // nothing waiting: nothing changes
  step(() => run(t.hall, 'window.pause', { window: 1, reason: 'lunch' }, clerk), [['window.paused', null, 1, '1001', { reason: 'lunch' }]]);
  step(() => run(t.hall, 'window.pause', { window: 1, reason: 'break' }, clerk), []);
  step(() => run(t.hall, 'window.resume', { window: 1 }, clerk), [['window.resumed', null, 1, '1001', {}]]);
  step(
    () => run(t.hall, 'window.signIn', { window: 4 }, clerk),
    [
      ['window.signed_out', null, 1, '1001', { clerk: '1001' }],
      ['window.signed_in', null, 4, '1001', {}],
    ],
  );
  const admin = login(t.hall, 'admin');
  step(() => run(t.hall, 'window.signOut', { window: 4 }, admin), [['window.signed_out', null, 4, 'admin', { clerk: '1001' }]]);
  // Reads write nothing.
  step(() => {
    t.hall.view();
    run(t.hall, 'window.get', { window: 1 }, admin);
    run(t.hall, 'services.list', {}, null);
  }, []);
  expect(windowRow(t.hall, 4)).toMatchObject({ status: 'closed', clerk_id: null });
});

/** A failure of the event insert, as a full disk would cause, for one event type. */
function failEventsOf(type: string) {
  t.hall.db.exec(`CREATE TEMP TRIGGER fail_events BEFORE INSERT ON main.events WHEN NEW.type = '${type}'
    BEGIN SELECT RAISE(ABORT, 'disk trouble'); END`);
  return () => t.hall.db.exec('DROP TRIGGER temp.fail_events');
}

describe('the event row is in the same transaction as the change', () => {
  test('issue: no ticket without its event, and the number is not used up', () => {
    const heal = failEventsOf('ticket.issued');
    const before = snapshot(t.hall);
    expect(refuse(t.hall, 'tickets.issue', { serviceId: 'A' }, kiosk).code).toBe('internal');
    expect(snapshot(t.hall)).toBe(before);
    expect(t.hall.view().waiting.A).toBe(0);
    heal();
    expect(issue(t.hall, kiosk, 'A')).toMatchObject({ number: 'A001', ahead: 0 });
  });

  test('call next: the ticket stays waiting and can still be called', () => {
    issue(t.hall, kiosk, 'A');
    run(t.hall, 'window.signIn', { window: 1 }, clerk);
    const heal = failEventsOf('ticket.called');
    const before = snapshot(t.hall);
    expect(refuse(t.hall, 'window.callNext', { window: 1 }, clerk).code).toBe('internal');
    expect(snapshot(t.hall)).toBe(before);
    expect(t.hall.view().waiting.A).toBe(1);
    expect(t.hall.view().recentCalls).toEqual([]);
    heal();
    expect(run(t.hall, 'window.callNext', { window: 1 }, clerk).ticket).toMatchObject({ number: 'A001' });
  });

  test.each([
    ['ticket.recalled', 'window.recall', {}],
    ['ticket.serving', 'window.start', {}],
    ['ticket.no_show', 'window.noShow', {}],
    ['ticket.done', 'window.finish', {}],
    ['ticket.transferred', 'window.transfer', { serviceId: 'B' }],
    ['ticket.issued', 'window.transfer', { serviceId: 'B' }],
  ])('%s failing: %s changes no row', (type, name, extra) => {
    issue(t.hall, kiosk, 'A');
    run(t.hall, 'window.signIn', { window: 1 }, clerk);
    run(t.hall, 'window.callNext', { window: 1 }, clerk);
    const heal = failEventsOf(type);
    const before = snapshot(t.hall);
    expect(refuse(t.hall, name, { window: 1, ...extra }, clerk).code).toBe('internal');
    expect(snapshot(t.hall)).toBe(before);
    expect(t.hall.view()).toMatchObject({ waiting: { A: 0, B: 0 }, recentCalls: [{ number: 'A001', recall: 0 }] });
    heal();
    run(t.hall, name, { window: 1, ...extra }, clerk);
  });

  test.each([
    ['window.signed_in', 'window.signIn', 2],
    ['window.signed_out', 'window.signIn', 2],
    ['window.signed_out', 'window.signOut', 1],
    ['window.paused', 'window.pause', 1],
  ])('%s failing: %s changes no row', (type, name, window) => {
    run(t.hall, 'window.signIn', { window: 1 }, clerk);
    const heal = failEventsOf(type);
    const before = snapshot(t.hall);
    expect(refuse(t.hall, name, { window }, clerk).code).toBe('internal');
    expect(snapshot(t.hall)).toBe(before);
    heal();
    run(t.hall, name, { window }, clerk);
  });

  test('events cannot be changed or removed, even by the core', () => {
    issue(t.hall, kiosk, 'A');
    expect(() => t.hall.db.prepare("UPDATE events SET type = 'x'").run()).toThrow(/append-only/);
    expect(() => t.hall.db.prepare('DELETE FROM events').run()).toThrow(/append-only/);
    expect(eventsAfter(t.hall).map((e) => e.type)).toEqual(['ticket.issued']);
  });
});
