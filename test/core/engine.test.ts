// The queue engine through hall.dispatch: numbering, issuing, and the life of a ticket at a window.
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import type { CallView, HallEvent, Session } from '../../electron/contract';
import { MINUTE, issue, login, openSeededHall, refuse, run, snapshot, staff, ticketRow, windowRow, withSettings, type TestHall } from '../support/hall';

let t: TestHall;
let kiosk: Session;
beforeEach(() => {
  t = openSeededHall();
  withSettings(t, { blockCallUntilRated: false }); // finish, then call the next at once: the 好差评 wait is rating-wait.test.ts's
  kiosk = login(t.hall, 'kiosk');
});
afterEach(() => t.cleanup());

/** Changes a service's configuration row as the manager would, and has the engine reload it. */
function configure(serviceId: string, fields: { start_number?: number; daily_cap?: number; enabled?: number }) {
  for (const [k, v] of Object.entries(fields)) t.hall.db.prepare(`UPDATE services SET ${k} = ? WHERE id = ?`).run(v, serviceId);
  t.hall.engine.config.reload();
}

describe('issuing tickets', () => {
  test('numbers run A001, A002 per service, each service on its own', () => {
    const numbers = ['A', 'A', 'B', 'A', 'Z', 'B'].map((s) => issue(t.hall, kiosk, s).number);
    expect(numbers).toEqual(['A001', 'A002', 'B001', 'A003', 'Z001', 'B002']);
    const ticket = issue(t.hall, kiosk, 'C', 'priority');
    expect(ticket).toMatchObject({ number: 'C001', serviceId: 'C', priority: 'priority', state: 'waiting', businessDay: '2026-11-23' });
    expect(ticket.issuedAt).toBe('2026-11-23T01:00:00.000Z');
    expect(ticketRow(t.hall, ticket.id)).toMatchObject({ seq: 1, business_day: '2026-11-23', wait_since: t.clock.now() });
  });

  test('the start number and the daily cap; a refused ticket writes nothing', () => {
    configure('A', { start_number: 101, daily_cap: 2 });
    expect(issue(t.hall, kiosk, 'A').number).toBe('A101');
    expect(issue(t.hall, kiosk, 'A').number).toBe('A102');
    const before = snapshot(t.hall);
    const error = refuse(t.hall, 'tickets.issue', { serviceId: 'A' }, kiosk);
    expect(error.code).toBe('service_full');
    expect(error.message).toContain('daily cap of 2');
    expect(snapshot(t.hall)).toBe(before);
    expect(t.hall.view().waiting.A).toBe(2);
    const open = (run(t.hall, 'services.list', {}) as { id: string; open: boolean }[]).map((s) => [s.id, s.open]);
    expect(open.filter(([, o]) => !o)).toEqual([['A', false]]);
    expect(issue(t.hall, kiosk, 'B').number).toBe('B001');
  });

  test('numbers stop at 999 even under the cap', () => {
    configure('A', { start_number: 998 });
    expect([issue(t.hall, kiosk, 'A').number, issue(t.hall, kiosk, 'A').number]).toEqual(['A998', 'A999']);
    const before = snapshot(t.hall);
    expect(refuse(t.hall, 'tickets.issue', { serviceId: 'A' }, kiosk).code).toBe('service_full');
    expect(snapshot(t.hall)).toBe(before);
  });

  test('an unknown or disabled service is not_found on serviceId', () => {
    expect(refuse(t.hall, 'tickets.issue', { serviceId: 'Q' }, kiosk)).toMatchObject({ code: 'not_found', field: 'serviceId' });
    configure('F', { enabled: 0 });
    expect(refuse(t.hall, 'tickets.issue', { serviceId: 'F' }, kiosk)).toMatchObject({ code: 'not_found', field: 'serviceId' });
  });

  test('ahead and the estimate follow the policy over the open windows serving the ticket (6 minutes each before any is done)', () => {
    const c1 = staff(t.hall, '1001', 1); // A岗 A and B
    expect(issue(t.hall, kiosk, 'A')).toMatchObject({ number: 'A001', ahead: 0, estimatedWaitMinutes: 0 });
    run(t.hall, 'window.callNext', { window: 1 }, c1); // A001 at window 1 until about +6
    expect(issue(t.hall, kiosk, 'B')).toMatchObject({ ahead: 0, estimatedWaitMinutes: 6 });
    expect(issue(t.hall, kiosk, 'A')).toMatchObject({ ahead: 1, estimatedWaitMinutes: 12 }); // B001 first: same wait, lower id
    expect(issue(t.hall, kiosk, 'A', 'priority')).toMatchObject({ ahead: 0, estimatedWaitMinutes: 6 });
    // Window 3 (A岗 A) opens: it takes the priority ticket now, window 1 B001 at +6, window 3 A002 at +6, window 1 A004 at +12.
    const c3 = staff(t.hall, '1003', 3);
    expect(issue(t.hall, kiosk, 'A')).toMatchObject({ number: 'A004', ahead: 3, estimatedWaitMinutes: 12 });
    run(t.hall, 'window.pause', { window: 3, reason: 'lunch' }, c3);
    // A paused window does not count: window 1 alone, every 6 minutes.
    expect(issue(t.hall, kiosk, 'A')).toMatchObject({ number: 'A005', ahead: 4, estimatedWaitMinutes: 30 });
  });
});

describe('a ticket at the window', () => {
  let clerk: Session;
  let calls: CallView[];
  beforeEach(() => {
    clerk = staff(t.hall, '1001', 1);
    calls = [];
    t.hall.subscribe((e: HallEvent) => {
      if (e.name === 'ticket.called') calls.push(e.data);
    });
  });

  test('call next → called, announced, current at the window', () => {
    const a1 = issue(t.hall, kiosk, 'A');
    t.clock.advance(2 * MINUTE);
    const { ticket } = run(t.hall, 'window.callNext', { window: 1 }, clerk);
    expect(ticket).toMatchObject({ id: a1.id, number: 'A001', state: 'called', windowNo: 1, recalls: 0, calledAt: '2026-11-23T01:02:00.000Z' });
    expect(ticketRow(t.hall, a1.id)).toMatchObject({ clerk_id: '1001', called_at: t.clock.now() });
    expect(windowRow(t.hall, 1).current_ticket_id).toBe(a1.id);
    expect(calls).toEqual([{ number: 'A001', windowNo: 1, at: '2026-11-23T01:02:00.000Z', recall: 0 }]);
    const view = t.hall.view();
    expect(view.windows[0]!.current?.number).toBe('A001');
    expect(view.waiting.A).toBe(0);
    expect(view.recentCalls).toEqual(calls);
  });

  test('call next with nothing waiting returns null and changes nothing', () => {
    issue(t.hall, kiosk, 'A');
    run(t.hall, 'window.callNext', { window: 1 }, clerk);
    run(t.hall, 'window.finish', { window: 1 }, clerk);
    const before = snapshot(t.hall);
    expect(run(t.hall, 'window.callNext', { window: 1 }, clerk)).toEqual({ ticket: null });
    expect(snapshot(t.hall)).toBe(before);
  });

  test('recall increments recalls and re-announces; recent calls list the ticket once', () => {
    issue(t.hall, kiosk, 'A');
    run(t.hall, 'window.callNext', { window: 1 }, clerk);
    t.clock.advance(MINUTE);
    expect(run(t.hall, 'window.recall', { window: 1 }, clerk)).toMatchObject({ number: 'A001', state: 'called', recalls: 1 });
    t.clock.advance(MINUTE);
    expect(run(t.hall, 'window.recall', { window: 1 }, clerk)).toMatchObject({ recalls: 2, calledAt: '2026-11-23T01:02:00.000Z' });
    expect(calls.map((c) => c.recall)).toEqual([0, 1, 2]);
    expect(calls[2]).toEqual({ number: 'A001', windowNo: 1, at: '2026-11-23T01:02:00.000Z', recall: 2 });
    expect(t.hall.view().recentCalls).toEqual([calls[2]]);
  });

  test('start → serving, finish with item and outcome → done; the window is free again', () => {
    const a1 = issue(t.hall, kiosk, 'A');
    run(t.hall, 'window.callNext', { window: 1 }, clerk);
    t.clock.advance(MINUTE);
    expect(run(t.hall, 'window.start', { window: 1 }, clerk)).toMatchObject({ state: 'serving' });
    expect(ticketRow(t.hall, a1.id).started_at).toBe(t.clock.now());
    expect(refuse(t.hall, 'window.recall', { window: 1 }, clerk).code).toBe('conflict');
    expect(refuse(t.hall, 'window.noShow', { window: 1 }, clerk).code).toBe('conflict');
    t.clock.advance(5 * MINUTE);
    expect(run(t.hall, 'window.finish', { window: 1, itemCode: 'A03', outcome: 'accepted' }, clerk)).toMatchObject({ state: 'done' });
    expect(ticketRow(t.hall, a1.id)).toMatchObject({ state: 'done', item_code: 'A03', outcome: 'accepted', finished_at: t.clock.now() });
    expect(windowRow(t.hall, 1).current_ticket_id).toBeNull();
    expect(run(t.hall, 'window.get', { window: 1 }, clerk)).toMatchObject({ servedToday: 1, current: null });
  });

  test('finish straight from called; the outcome defaults to handled and the item is optional', () => {
    const a1 = issue(t.hall, kiosk, 'A');
    run(t.hall, 'window.callNext', { window: 1 }, clerk);
    run(t.hall, 'window.finish', { window: 1 }, clerk);
    expect(ticketRow(t.hall, a1.id)).toMatchObject({ state: 'done', outcome: 'handled', item_code: null });
  });

  test('an unknown item is not_found naming itemCode, and the ticket stays current', () => {
    const a1 = issue(t.hall, kiosk, 'A');
    run(t.hall, 'window.callNext', { window: 1 }, clerk);
    run(t.hall, 'window.start', { window: 1 }, clerk);
    const before = snapshot(t.hall);
    const error = refuse(t.hall, 'window.finish', { window: 1, itemCode: 'X99' }, clerk);
    expect(error).toMatchObject({ code: 'not_found', field: 'itemCode' });
    expect(error.message).toContain('X99');
    expect(snapshot(t.hall)).toBe(before);
    expect(windowRow(t.hall, 1).current_ticket_id).toBe(a1.id);
  });

  test('no-show ends a called ticket and frees the window', () => {
    const a1 = issue(t.hall, kiosk, 'A');
    run(t.hall, 'window.callNext', { window: 1 }, clerk);
    expect(run(t.hall, 'window.noShow', { window: 1 }, clerk)).toMatchObject({ state: 'no_show' });
    expect(ticketRow(t.hall, a1.id).finished_at).toBe(t.clock.now());
    expect(windowRow(t.hall, 1).current_ticket_id).toBeNull();
    expect(run(t.hall, 'window.get', { window: 1 }, clerk).servedToday).toBe(0);
  });

  test('actions on a window with no current ticket are conflicts', () => {
    for (const name of ['window.recall', 'window.start', 'window.noShow', 'window.finish', 'window.transfer']) {
      const input = name === 'window.transfer' ? { window: 1, serviceId: 'B' } : { window: 1 };
      expect(refuse(t.hall, name, input, clerk), name).toMatchObject({ code: 'conflict' });
    }
  });
});

describe('transfer', () => {
  test('keeps the number, waits in the target queue with its original time, original becomes transferred', () => {
    const c1 = staff(t.hall, '1001', 1); // A岗: A, B
    const a1 = issue(t.hall, kiosk, 'A', 'priority');
    t.clock.advance(5 * MINUTE);
    const cOld = issue(t.hall, kiosk, 'C');
    t.clock.advance(5 * MINUTE);
    run(t.hall, 'window.callNext', { window: 1 }, c1);
    run(t.hall, 'window.start', { window: 1 }, c1);
    t.clock.advance(5 * MINUTE);
    const cNew = issue(t.hall, kiosk, 'C');
    const moved = run(t.hall, 'window.transfer', { window: 1, serviceId: 'C' }, c1);
    expect(moved).toMatchObject({ number: 'A001', serviceId: 'C', state: 'waiting', priority: 'priority', windowNo: null });
    expect(moved.id).not.toBe(a1.id);
    expect(ticketRow(t.hall, a1.id)).toMatchObject({ state: 'transferred', finished_at: t.clock.now() });
    expect(ticketRow(t.hall, moved.id)).toMatchObject({ transferred_from: a1.id, seq: null, wait_since: Date.parse(a1.issuedAt) });
    expect(windowRow(t.hall, 1).current_ticket_id).toBeNull();
    expect(t.hall.view().waiting).toMatchObject({ A: 0, C: 3 });
    // Numbering of C is not disturbed by the transferred-in ticket.
    expect(issue(t.hall, kiosk, 'C').number).toBe('C003');
    // Window 2 (A岗 C) calls it before the C tickets issued after it; as a priority ticket even before the older C001.
    const c2 = staff(t.hall, '1002', 2);
    expect(run(t.hall, 'window.get', { window: 2 }, c2).queue.map((q: { number: string }) => q.number)).toEqual(['A001', 'C001', 'C002', 'C003']);
    expect(run(t.hall, 'window.callNext', { window: 2 }, c2).ticket).toMatchObject({ id: moved.id, number: 'A001' });
    run(t.hall, 'window.finish', { window: 2 }, c2);
    expect(run(t.hall, 'window.callNext', { window: 2 }, c2).ticket.id).toBe(cOld.id);
    run(t.hall, 'window.finish', { window: 2 }, c2);
    expect(run(t.hall, 'window.callNext', { window: 2 }, c2).ticket.id).toBe(cNew.id);
  });

  test('a normal ticket transferred keeps its place in time ahead of later tickets', () => {
    const c1 = staff(t.hall, '1001', 1);
    issue(t.hall, kiosk, 'A');
    t.clock.advance(MINUTE);
    const b1 = issue(t.hall, kiosk, 'B');
    run(t.hall, 'window.callNext', { window: 1 }, c1);
    const moved = run(t.hall, 'window.transfer', { window: 1, serviceId: 'B' }, c1);
    expect(run(t.hall, 'window.callNext', { window: 1 }, c1).ticket.id).toBe(moved.id);
    run(t.hall, 'window.finish', { window: 1 }, c1);
    expect(run(t.hall, 'window.callNext', { window: 1 }, c1).ticket.id).toBe(b1.id);
  });

  test('transferred again, it still keeps its number and first wait; transfers do not use up the daily cap', () => {
    configure('C', { daily_cap: 2 });
    const c1 = staff(t.hall, '1001', 1);
    const a1 = issue(t.hall, kiosk, 'A');
    t.clock.advance(MINUTE);
    run(t.hall, 'window.callNext', { window: 1 }, c1);
    const inB = run(t.hall, 'window.transfer', { window: 1, serviceId: 'B' }, c1);
    run(t.hall, 'window.callNext', { window: 1 }, c1);
    const inC = run(t.hall, 'window.transfer', { window: 1, serviceId: 'C' }, c1);
    expect(inC).toMatchObject({ number: 'A001', serviceId: 'C', state: 'waiting' });
    expect(ticketRow(t.hall, inC.id)).toMatchObject({ transferred_from: inB.id, wait_since: Date.parse(a1.issuedAt) });
    expect(ticketRow(t.hall, inB.id).state).toBe('transferred');
    expect([issue(t.hall, kiosk, 'C').number, issue(t.hall, kiosk, 'C').number]).toEqual(['C001', 'C002']);
    expect(refuse(t.hall, 'tickets.issue', { serviceId: 'C' }, kiosk).code).toBe('service_full');
    expect(t.hall.view().waiting).toMatchObject({ A: 0, B: 0, C: 3 });
  });

  test('to the same service is bad_request, to an unknown service not_found; neither changes a row', () => {
    const c1 = staff(t.hall, '1001', 1);
    issue(t.hall, kiosk, 'A');
    run(t.hall, 'window.callNext', { window: 1 }, c1);
    const before = snapshot(t.hall);
    expect(refuse(t.hall, 'window.transfer', { window: 1, serviceId: 'A' }, c1)).toMatchObject({ code: 'bad_request', field: 'serviceId' });
    expect(refuse(t.hall, 'window.transfer', { window: 1, serviceId: 'Q' }, c1)).toMatchObject({ code: 'not_found', field: 'serviceId' });
    expect(snapshot(t.hall)).toBe(before);
  });
});
