// Transfers (issue 14): to a service, the ticket keeps its wait and is placed by it, but the window that
// sent it does not get it straight back while another open window serves that service; to one window
// or one clerk, it is called only there, and there before the queue.
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import type { Session } from '../../electron/contract';
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
  c1 = staff(t.hall, '1001', 1); // A岗 A and B, X岗 the rest (every demo window serves every service)
});
afterEach(() => t.cleanup());

const call = (clerk: Session, window: number) => run(t.hall, 'window.callNext', { window }, clerk).ticket;
const queue = (clerk: Session, window: number): string[] => run(t.hall, 'window.get', { window }, clerk).queue.map((q: { number: string }) => q.number);

describe('to another service', () => {
  test('keeps its issue time and its place by wait; not offered back to the window that sent it while another serves it', () => {
    const a1 = issue(t.hall, kiosk, 'A');
    t.clock.advance(5 * MINUTE);
    const b1 = issue(t.hall, kiosk, 'B');
    t.clock.advance(5 * MINUTE);
    const c3 = staff(t.hall, '1003', 3); // A岗 A and F, B as X岗
    expect(call(c1, 1).id).toBe(a1.id);
    const moved = run(t.hall, 'window.transfer', { window: 1, serviceId: 'B' }, c1);
    expect(moved).toMatchObject({ number: 'A001', serviceId: 'B', state: 'waiting', issuedAt: a1.issuedAt }); // the console shows 10′, not 0′
    expect(ticketRow(t.hall, moved.id)).toMatchObject({ wait_since: Date.parse(a1.issuedAt), not_window: 1 });
    expect(queue(c1, 1)).toEqual(['B001']);
    expect(queue(c3, 3)).toEqual(['A001', 'B001']); // by its original wait, ahead of B001
    // Window 3 pauses: window 1 is the only open one serving B, so the ticket is its again.
    run(t.hall, 'window.pause', { window: 3, reason: 'break' }, c3);
    expect(queue(c1, 1)).toEqual(['A001', 'B001']);
    run(t.hall, 'window.resume', { window: 3 }, c3);
    expect(call(c1, 1).id).toBe(b1.id);
    expect(call(c3, 3).id).toBe(moved.id);
  });
});

describe('to one window', () => {
  test('only that window calls it, before its own queue, whatever its skills; the wait is kept', () => {
    const a1 = issue(t.hall, kiosk, 'A');
    t.clock.advance(MINUTE);
    issue(t.hall, kiosk, 'A');
    t.clock.advance(MINUTE);
    const c1t = issue(t.hall, kiosk, 'C'); // window 2's A岗
    const c2 = staff(t.hall, '1002', 2);
    const c3 = staff(t.hall, '1003', 3);
    call(c1, 1);
    const from = lastEventId(t.hall);
    const moved = run(t.hall, 'window.transfer', { window: 1, toWindow: 2 }, c1);
    expect(moved).toMatchObject({ number: 'A001', serviceId: 'A', state: 'waiting', issuedAt: a1.issuedAt });
    expect(eventsAfter(t.hall, from).map((e) => [e.type, e.ticket_id, e.data])).toEqual([
      ['ticket.transferred', a1.id, { number: 'A001', toWindow: 2 }],
      ['ticket.issued', moved.id, { number: 'A001', serviceId: 'A', priority: 'normal' }],
    ]);
    expect(queue(c3, 3)).toEqual(['A002', 'C001']);
    expect(queue(c2, 2)).toEqual(['A001', 'C001', 'A002']);
    expect(run(t.hall, 'window.get', { window: 2 }, c2).moves.directed).toEqual([moved.id]);
    expect(call(c3, 3).number).toBe('A002'); // window 3 serves A as A岗, yet never gets A001
    run(t.hall, 'window.finish', { window: 3 }, c3);
    expect(call(c3, 3).id).toBe(c1t.id);
    expect(call(c2, 2).id).toBe(moved.id);
  });

  test('the wait estimate counts it where it was sent: that window calls it before anything else', () => {
    const c2 = staff(t.hall, '1002', 2);
    issue(t.hall, kiosk, 'A');
    issue(t.hall, kiosk, 'A');
    call(c1, 1);
    run(t.hall, 'window.transfer', { window: 1, toWindow: 2 }, c1);
    // Window 2 is busy with A001 first (6 minutes: no A done yet today), window 1 calls A002 now; the
    // new C ticket is next at whichever is free first, in 6 minutes, with both of them ahead of it.
    expect(issue(t.hall, kiosk, 'C')).toMatchObject({ number: 'C001', ahead: 2, estimatedWaitMinutes: 6 });
    expect(call(c2, 2).number).toBe('A001');
  });

  test('to its own window, an unknown or a retired window: refused naming toWindow, nothing changed', () => {
    issue(t.hall, kiosk, 'A');
    call(c1, 1);
    t.hall.db.prepare('UPDATE windows SET enabled = 0 WHERE number = 4').run();
    const before = snapshot(t.hall);
    expect(refuse(t.hall, 'window.transfer', { window: 1, toWindow: 1 }, c1)).toMatchObject({ code: 'bad_request', field: 'toWindow' });
    expect(refuse(t.hall, 'window.transfer', { window: 1, toWindow: 9 }, c1)).toMatchObject({ code: 'not_found', field: 'toWindow' });
    expect(refuse(t.hall, 'window.transfer', { window: 1, toWindow: 4 }, c1)).toMatchObject({ code: 'not_found', field: 'toWindow' });
    expect(snapshot(t.hall)).toBe(before);
  });
});

describe('to one clerk', () => {
  test('only that clerk calls it, at whatever window they sign in at, first', () => {
    issue(t.hall, kiosk, 'A');
    t.clock.advance(MINUTE);
    issue(t.hall, kiosk, 'Z');
    const c3 = staff(t.hall, '1003', 3);
    call(c1, 1);
    const moved = run(t.hall, 'window.transfer', { window: 1, toClerk: '1004' }, c1);
    expect(ticketRow(t.hall, moved.id)).toMatchObject({ only_clerk: '1004', only_window: null });
    // Nobody else's queue holds it, nor the wait estimate: window 1 calls a new A ticket at once.
    expect(issue(t.hall, kiosk, 'A')).toMatchObject({ number: 'A002', ahead: 0 });
    expect(queue(c3, 3)).toEqual(['A002', 'Z001']);
    expect(call(c1, 1).number).toBe('A002');
    const c4 = staff(t.hall, '1004', 2); // 1004 works at window 2 today
    expect(queue(c4, 2)).toEqual(['A001', 'Z001']);
    expect(call(c4, 2).id).toBe(moved.id);
  });

  test('to themselves or to nobody known: refused naming toClerk', () => {
    issue(t.hall, kiosk, 'A');
    call(c1, 1);
    expect(refuse(t.hall, 'window.transfer', { window: 1, toClerk: '1001' }, c1)).toMatchObject({ code: 'bad_request', field: 'toClerk' });
    expect(refuse(t.hall, 'window.transfer', { window: 1, toClerk: 'kiosk' }, c1)).toMatchObject({ code: 'not_found', field: 'toClerk' });
    expect(refuse(t.hall, 'window.transfer', { window: 1, toClerk: '9999' }, c1)).toMatchObject({ code: 'not_found', field: 'toClerk' });
  });

  test('the targets the console offers: other windows in use, other active clerks', () => {
    const targets = run(t.hall, 'window.transferTargets', { window: 1 }, c1);
    expect(targets.windows.map((w: { number: number }) => w.number)).toEqual([2, 3, 4]);
    expect(targets.clerks.map((c: { id: string }) => c.id)).toEqual(['1002', '1003', '1004', 'admin']);
  });
});
