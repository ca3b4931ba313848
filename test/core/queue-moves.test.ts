// The clerk's queue moves (issue 14): 过号重排 a known number of places down and its limit, the no-show's
// undo within its time on the hall clock, hold (材料不全) and resume, and "call this ticket" with a reason.
// Every path that puts a ticket at a window asks the ticket hooks' beforeCall, as call next does.
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { HallFault, type HallEvent, type Session } from '../../electron/contract';
import {
  MINUTE,
  eventsAfter,
  issue,
  lastEventId,
  login,
  openSeededHall,
  refuse,
  run,
  snapshot,
  staff,
  ticketRow,
  windowRow,
  withSettings,
  type TestHall,
} from '../support/hall';

let t: TestHall;
let kiosk: Session;
let c1: Session;
beforeEach(() => {
  t = openSeededHall();
  withSettings(t, { blockCallUntilRated: false }); // finish, then call the next at once: the 好差评 wait is rating-wait.test.ts's
  kiosk = login(t.hall, 'kiosk');
  c1 = staff(t.hall, '1001', 1); // A岗 A and B, X岗 the rest
});
afterEach(() => t.cleanup());

const call = (clerk = c1, window = 1) => run(t.hall, 'window.callNext', { window }, clerk).ticket;
const queue = (clerk = c1, window = 1): string[] => run(t.hall, 'window.get', { window }, clerk).queue.map((q: { number: string }) => q.number);
/** Issues `count` tickets of a service one minute apart; returns their ids. */
const issueMany = (serviceId: string, count: number) =>
  Array.from({ length: count }, () => {
    const id = issue(t.hall, kiosk, serviceId).id;
    t.clock.advance(MINUTE);
    return id;
  });
/** Records each beforeCall of the ticket hooks (the ratings desk is the first of them); `refuse` makes it refuse. */
function watchBeforeCall(refuse = false) {
  const calls: number[] = [];
  const original = t.hall.ratings.beforeCall.bind(t.hall.ratings);
  t.hall.ratings.beforeCall = (windowNo, now) => {
    calls.push(windowNo);
    if (refuse) throw new HallFault('conflict', 'held by a test hook', undefined, 'awaiting_rating');
    original(windowNo, now);
  };
  return calls;
}

describe('过号重排: a no-show back into its queue, requeueOffset places down', () => {
  test('with the default 3: after the third ticket of its queue, called there at any window', () => {
    issueMany('A', 6); // A001 … A006, a minute apart
    expect(call().number).toBe('A001');
    run(t.hall, 'window.noShow', { window: 1 }, c1);
    // A resident back at window 3: its clerk re-queues the number they say (typed in lower case).
    const c3 = staff(t.hall, '1003', 3);
    const from = lastEventId(t.hall);
    const back = run(t.hall, 'window.requeue', { window: 3, number: 'a001' }, c3);
    expect(back).toMatchObject({ number: 'A001', state: 'waiting', requeues: 1, ahead: 3, windowNo: null, calledAt: null });
    expect(back.issuedAt).toBe('2026-11-23T01:00:00.000Z'); // its wait on the console still counts from 9:00
    expect(eventsAfter(t.hall, from).map((e) => [e.type, e.window_no, e.user_id, e.data])).toEqual([
      ['ticket.requeued', 3, '1003', { number: 'A001', requeues: 1, ahead: 3 }],
    ]);
    expect(t.hall.view().waiting.A).toBe(6);
    expect(queue()).toEqual(['A002', 'A003', 'A004', 'A001', 'A005', 'A006']);
    run(t.hall, 'window.pause', { window: 3 }, c3);
    const order = [];
    for (let i = 0; i < 5; i++) {
      order.push(call().number);
      run(t.hall, 'window.finish', { window: 1 }, c1);
    }
    expect(order).toEqual(['A002', 'A003', 'A004', 'A001', 'A005']);
  });

  test('its place holds against the max-wait override and other services: it ranks as if it arrived there', () => {
    withSettings(t, { maxWaitMinutes: 30, requeueOffset: 2 });
    issueMany('A', 4); // 9:00 … 9:03
    issueMany('Z', 1); // Z001 9:04, a backup service of window 1
    t.clock.advance(40 * MINUTE); // everyone has waited more than 30 minutes
    expect(call().number).toBe('A001');
    run(t.hall, 'window.noShow', { window: 1 }, c1);
    run(t.hall, 'window.requeue', { window: 1, number: 'A001' }, c1);
    expect(queue()).toEqual(['A002', 'A003', 'A001', 'A004', 'Z001']);
  });

  test('with fewer waiting than the offset it goes last; offset 0 puts it at the head', () => {
    issueMany('B', 3);
    call();
    run(t.hall, 'window.noShow', { window: 1 }, c1);
    expect(run(t.hall, 'window.requeue', { window: 1, number: 'B001' }, c1).ahead).toBe(2);
    expect(queue()).toEqual(['B002', 'B003', 'B001']);
    withSettings(t, { requeueOffset: 0 });
    call();
    run(t.hall, 'window.noShow', { window: 1 }, c1);
    expect(run(t.hall, 'window.requeue', { window: 1, number: 'B002' }, c1).ahead).toBe(0);
    expect(queue()).toEqual(['B002', 'B003', 'B001']);
  });

  test('tickets issued in the same millisecond as the N-th stay ahead of it', () => {
    issue(t.hall, kiosk, 'A');
    t.clock.advance(MINUTE);
    for (let i = 0; i < 4; i++) issue(t.hall, kiosk, 'A'); // A002 … A005 at one instant
    t.clock.advance(MINUTE);
    issue(t.hall, kiosk, 'A'); // A006
    call();
    run(t.hall, 'window.noShow', { window: 1 }, c1);
    expect(run(t.hall, 'window.requeue', { window: 1, number: 'A001' }, c1).ahead).toBe(4);
    expect(queue()).toEqual(['A002', 'A003', 'A004', 'A005', 'A001', 'A006']);
  });

  test('at most requeueLimit times per ticket, then refused with requeue_limit, changing nothing', () => {
    issueMany('A', 1);
    for (let i = 1; i <= 2; i++) {
      call();
      run(t.hall, 'window.noShow', { window: 1 }, c1);
      expect(run(t.hall, 'window.requeue', { window: 1, number: 'A001' }, c1).requeues).toBe(i);
    }
    call();
    run(t.hall, 'window.noShow', { window: 1 }, c1);
    expect(run(t.hall, 'tickets.noShows', {}, c1)).toMatchObject([{ number: 'A001', requeues: 2, requeueLeft: 0 }]);
    const before = snapshot(t.hall);
    expect(refuse(t.hall, 'window.requeue', { window: 1, number: 'A001' }, c1)).toMatchObject({ code: 'conflict', reason: 'requeue_limit', field: 'number' });
    expect(snapshot(t.hall)).toBe(before);
  });

  test('only a no-show of today is re-queued', () => {
    issueMany('A', 1);
    expect(refuse(t.hall, 'window.requeue', { window: 1, number: 'A001' }, c1)).toMatchObject({ code: 'conflict', reason: 'ticket_state' });
    expect(refuse(t.hall, 'window.requeue', { window: 1, number: 'A009' }, c1)).toMatchObject({ code: 'not_found', field: 'number' });
    call();
    run(t.hall, 'window.noShow', { window: 1 }, c1);
    t.clock.advance(24 * 60 * MINUTE);
    run(t.hall, 'window.signIn', { window: 1 }, c1); // the window closed overnight
    expect(refuse(t.hall, 'window.requeue', { window: 1, number: 'A001' }, c1)).toMatchObject({ code: 'not_found', field: 'number' }); // yesterday's
  });
});

describe('undo a no-show', () => {
  test('within noShowUndoSeconds the ticket is called at the window again; the event says who', () => {
    const [a1] = issueMany('A', 2);
    call();
    run(t.hall, 'window.noShow', { window: 1 }, c1);
    expect(run(t.hall, 'window.get', { window: 1 }, c1).moves.undo).toEqual({
      ticket: expect.objectContaining({ id: a1, state: 'no_show' }),
      until: new Date(t.clock.now() + 10_000).toISOString(),
    });
    t.clock.advance(10_000);
    const seen = watchBeforeCall();
    const from = lastEventId(t.hall);
    expect(run(t.hall, 'window.undoNoShow', { window: 1 }, c1)).toMatchObject({ id: a1, state: 'called', windowNo: 1 });
    expect(seen).toEqual([1]);
    expect(ticketRow(t.hall, a1!)).toMatchObject({ state: 'called', finished_at: null });
    expect(windowRow(t.hall, 1).current_ticket_id).toBe(a1);
    expect(eventsAfter(t.hall, from).map((e) => [e.type, e.ticket_id, e.user_id, e.data])).toEqual([['ticket.no_show_undone', a1, '1001', { number: 'A001' }]]);
    expect(run(t.hall, 'window.get', { window: 1 }, c1).moves.undo).toBeNull();
  });

  test('refused after its time, after the window called someone else, and with nothing to undo', () => {
    expect(refuse(t.hall, 'window.undoNoShow', { window: 1 }, c1)).toMatchObject({ reason: 'nothing_to_undo' });
    issueMany('A', 3);
    call();
    run(t.hall, 'window.noShow', { window: 1 }, c1);
    t.clock.advance(10_001);
    expect(run(t.hall, 'window.get', { window: 1 }, c1).moves.undo).toBeNull();
    const before = snapshot(t.hall);
    expect(refuse(t.hall, 'window.undoNoShow', { window: 1 }, c1)).toMatchObject({ code: 'conflict', reason: 'undo_expired' });
    expect(snapshot(t.hall)).toBe(before);
    call();
    run(t.hall, 'window.noShow', { window: 1 }, c1);
    call(); // A003 now at the window
    expect(refuse(t.hall, 'window.undoNoShow', { window: 1 }, c1)).toMatchObject({ reason: 'ticket_current' });
    run(t.hall, 'window.finish', { window: 1 }, c1);
    expect(refuse(t.hall, 'window.undoNoShow', { window: 1 }, c1)).toMatchObject({ reason: 'undo_superseded' });
  });

  test('noShowUndoSeconds 0 turns the undo off; a refusal of the call rule changes nothing', () => {
    issueMany('A', 1);
    call();
    run(t.hall, 'window.noShow', { window: 1 }, c1);
    watchBeforeCall(true);
    const before = snapshot(t.hall);
    expect(refuse(t.hall, 'window.undoNoShow', { window: 1 }, c1)).toMatchObject({ reason: 'awaiting_rating' });
    expect(snapshot(t.hall)).toBe(before);
    withSettings(t, { noShowUndoSeconds: 0 });
    expect(refuse(t.hall, 'window.undoNoShow', { window: 1 }, c1)).toMatchObject({ reason: 'undo_expired' });
  });
});

describe('hold (材料不全) and resume', () => {
  test('a held ticket is not called, does not count as waiting, and comes back at its window', () => {
    const [a1, a2] = issueMany('A', 2);
    call();
    run(t.hall, 'window.start', { window: 1 }, c1);
    expect(run(t.hall, 'window.hold', { window: 1 }, c1)).toMatchObject({ id: a1, state: 'held', windowNo: 1 });
    expect(windowRow(t.hall, 1).current_ticket_id).toBeNull();
    expect(issue(t.hall, kiosk, 'A')).toMatchObject({ number: 'A003', ahead: 1 }); // A002 only
    expect(t.hall.view().waiting.A).toBe(2);
    expect(queue()).toEqual(['A002', 'A003']);
    expect(run(t.hall, 'window.get', { window: 1 }, c1).moves.held).toEqual([expect.objectContaining({ id: a1, number: 'A001', heldAt: expect.any(String) })]);
    expect(call().id).toBe(a2);
    expect(refuse(t.hall, 'window.resumeHeld', { window: 1 }, c1)).toMatchObject({ reason: 'ticket_current' });
    run(t.hall, 'window.finish', { window: 1 }, c1);
    const c3 = staff(t.hall, '1003', 3);
    expect(refuse(t.hall, 'window.resumeHeld', { window: 3, ticketId: a1 }, c3)).toMatchObject({ reason: 'not_held_here' });
    expect(refuse(t.hall, 'window.resumeHeld', { window: 3 }, c3)).toMatchObject({ reason: 'not_held_here' });
    const calls: string[] = [];
    t.hall.subscribe((e: HallEvent) => void (e.name === 'ticket.called' && calls.push(e.data.number)));
    const seen = watchBeforeCall();
    expect(run(t.hall, 'window.resumeHeld', { window: 1 }, c1)).toMatchObject({ id: a1, state: 'serving', windowNo: 1 }); // it was being served
    expect(seen).toEqual([1]);
    expect(calls).toEqual(['A001']); // said again on the hall screen
    expect(windowRow(t.hall, 1).current_ticket_id).toBe(a1);
    expect(run(t.hall, 'window.get', { window: 1 }, c1).moves.held).toEqual([]);
    expect(refuse(t.hall, 'window.resumeHeld', { window: 1, ticketId: a1 }, c1)).toMatchObject({ reason: 'ticket_current' });
    // The hall screen's latest call after a restart is the resumed ticket, as it was said.
    expect(t.reopen().view().recentCalls[0]).toMatchObject({ number: 'A001', windowNo: 1 });
  });

  test('resume obeys the call rule: while the last resident has not rated, it is refused', () => {
    withSettings(t, { blockCallUntilRated: true });
    issueMany('A', 2);
    call();
    run(t.hall, 'window.hold', { window: 1 }, c1);
    call();
    run(t.hall, 'window.finish', { window: 1 }, c1); // A002's rating is awaited
    const before = snapshot(t.hall);
    expect(refuse(t.hall, 'window.resumeHeld', { window: 1 }, c1)).toMatchObject({ reason: 'awaiting_rating' });
    expect(snapshot(t.hall)).toBe(before);
  });

  test('a held ticket is closed with the day: expired at midnight, not at the last closing', () => {
    const [a1] = issueMany('A', 1);
    call();
    run(t.hall, 'window.hold', { window: 1 }, c1);
    expect(t.hall.engine.closeToday(t.clock.now())).toBe(0);
    expect(ticketRow(t.hall, a1!).state).toBe('held');
    const from = lastEventId(t.hall);
    t.clock.advance(24 * 60 * MINUTE);
    t.hall.engine.rollover();
    expect(ticketRow(t.hall, a1!).state).toBe('expired');
    expect(eventsAfter(t.hall, from).find((e) => e.type === 'ticket.expired')?.data).toMatchObject({ number: 'A001', from: 'held' });
  });
});

describe('call this ticket', () => {
  test('a waiting ticket out of turn, with its reason in the event; the call rule is asked', () => {
    const [, , a3] = issueMany('A', 3);
    const seen = watchBeforeCall();
    const from = lastEventId(t.hall);
    const called = run(t.hall, 'window.callTicket', { window: 1, ticketId: a3, reason: 'other', note: '预约改期' }, c1);
    expect(called).toMatchObject({ id: a3, number: 'A003', state: 'called', windowNo: 1 });
    expect(seen).toEqual([1]);
    expect(eventsAfter(t.hall, from).map((e) => [e.type, e.user_id, e.data])).toEqual([
      ['ticket.called', '1001', { number: 'A003', recall: 0, picked: 'other', note: '预约改期' }],
    ]);
    expect(t.hall.view().waiting.A).toBe(2);
    expect(refuse(t.hall, 'window.callTicket', { window: 1, ticketId: a3, reason: 'returned' }, c1)).toMatchObject({ reason: 'ticket_current' });
  });

  test('refused when the hall turns it off (call_specific_disabled), for a ticket not waiting or sent elsewhere', () => {
    const [a1, a2] = issueMany('A', 2);
    withSettings(t, { allowCallSpecific: false });
    expect(run(t.hall, 'window.get', { window: 1 }, c1).moves.callSpecific).toBe(false);
    const before = snapshot(t.hall);
    expect(refuse(t.hall, 'window.callTicket', { window: 1, ticketId: a2, reason: 'returned' }, c1)).toMatchObject({
      code: 'forbidden',
      reason: 'call_specific_disabled',
    });
    expect(snapshot(t.hall)).toBe(before);
    withSettings(t, { allowCallSpecific: true });
    call(); // A001
    run(t.hall, 'window.transfer', { window: 1, toWindow: 2 }, c1);
    expect(refuse(t.hall, 'window.callTicket', { window: 1, ticketId: a1, reason: 'returned' }, c1)).toMatchObject({ reason: 'ticket_state' }); // transferred
    const sentTo2 = (t.hall.db.prepare('SELECT id FROM tickets WHERE only_window = 2').get() as { id: number }).id;
    expect(refuse(t.hall, 'window.callTicket', { window: 1, ticketId: sentTo2, reason: 'returned' }, c1)).toMatchObject({ reason: 'not_served_here' });
  });
});
