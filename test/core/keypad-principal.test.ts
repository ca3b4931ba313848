// The hall's in-process devices send commands as explicit principals (core/principal.ts), never as
// forged sessions: each kind may do only what it may, and only at its own window. A desk keypad's
// 呼叫 (finish the current ticket, call the next) is one command in one transaction: a fault in the
// call rolls the finish back, and nobody hears of a change that did not happen.
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import type { HallEvent } from '../../electron/contract';
import type { Principal } from '../../electron/core/principal';
import { eventsAfter, issue, lastEventId, login, openTestHall, refuse, snapshot, staff, ticketRow, windowRow, type TestHall } from '../support/hall';

let t: TestHall;
beforeEach(() => (t = openTestHall()));
afterEach(() => t.cleanup());

const keypad3: Principal = { kind: 'keypad', window: 3 };

describe('a device principal may do only what its kind may', () => {
  test('a desk keypad: its window commands, at its own window, for the clerk signed in there', () => {
    const kiosk = login(t.hall, 'kiosk');
    issue(t.hall, kiosk, 'A');
    expect(refuse(t.hall, 'window.finishThen', { window: 3, then: 'callNext' }, keypad3)).toMatchObject({ code: 'conflict', reason: 'window_unstaffed' });
    staff(t.hall, '1003', 3);
    staff(t.hall, '1004', 4);
    const before = snapshot(t.hall);
    expect(refuse(t.hall, 'tickets.issue', { serviceId: 'A' }, keypad3)).toMatchObject({ code: 'forbidden' });
    expect(refuse(t.hall, 'window.signOut', { window: 3 }, keypad3)).toMatchObject({ code: 'forbidden' });
    expect(refuse(t.hall, 'ratings.submit', { window: 3, level: 5, channel: 'keypad' }, keypad3)).toMatchObject({ code: 'forbidden' });
    expect(refuse(t.hall, 'window.finishThen', { window: 4, then: 'callNext' }, keypad3)).toMatchObject({ code: 'forbidden', field: 'window' });
    expect(snapshot(t.hall)).toBe(before);
    const step = t.hall.send('window.finishThen', { window: 3, then: 'callNext' }, keypad3);
    expect(step).toMatchObject({ ok: true, value: { finished: null, called: { number: 'A001' }, held: null } });
    // Done as the clerk signed in at window 3, not as a device.
    expect(windowRow(t.hall, 3)).toMatchObject({ clerk_id: '1003' });
    expect(eventsAfter(t.hall).filter((e) => e.type === 'ticket.called')).toMatchObject([{ window_no: 3, user_id: '1003' }]);
  });

  test('an evaluator only rates, at its own window; the kiosk device only what the kiosk role may', () => {
    staff(t.hall, '1003', 3);
    const before = snapshot(t.hall);
    expect(refuse(t.hall, 'window.finishThen', { window: 3, then: 'callNext' }, { kind: 'evaluator', window: 3 })).toMatchObject({ code: 'forbidden' });
    expect(refuse(t.hall, 'ratings.submit', { window: 4, level: 5, channel: 'keypad' }, { kind: 'evaluator', window: 3 })).toMatchObject({
      code: 'forbidden',
      field: 'window',
    });
    expect(refuse(t.hall, 'window.callNext', { window: 3 }, { kind: 'kiosk' })).toMatchObject({ code: 'forbidden' });
    expect(refuse(t.hall, 'sync.status', {}, { kind: 'kiosk' })).toMatchObject({ code: 'forbidden' });
    expect(snapshot(t.hall)).toBe(before);
    expect(t.hall.send('tickets.issue', { serviceId: 'A' }, { kind: 'kiosk' })).toMatchObject({ ok: true, value: { number: 'A001' } });
  });
});

describe("the keypad's finish + call-next is one transaction", () => {
  // A hall where the next call closes an untouched rating (the default makes it wait: hall-bus.test.ts).
  beforeEach(() => t.hall.settings.update({ blockCallUntilRated: false }));

  test('finishes the current ticket and calls the next, the listeners told after the commit', () => {
    const kiosk = login(t.hall, 'kiosk');
    const first = issue(t.hall, kiosk, 'A');
    issue(t.hall, kiosk, 'A');
    staff(t.hall, '1003', 3);
    t.hall.send('window.finishThen', { window: 3, then: 'callNext' }, keypad3);
    const heard: string[] = [];
    t.hall.subscribe((e: HallEvent) => e.name === 'ticket.called' && heard.push(e.data.number));
    const from = lastEventId(t.hall);
    const step = t.hall.send('window.finishThen', { window: 3, then: 'callNext' }, keypad3);
    expect(step).toMatchObject({
      ok: true,
      value: { finished: { number: 'A001', state: 'done' }, called: { number: 'A002' }, window: { current: { number: 'A002' } } },
    });
    expect(ticketRow(t.hall, first.id)).toMatchObject({ state: 'done', outcome: 'handled' });
    expect(eventsAfter(t.hall, from).map((e) => e.type)).toEqual(['ticket.done', 'rating.requested', 'rating.closed', 'ticket.called']);
    expect(heard).toEqual(['A002']);
  });

  test('a fault in the call rolls the finish back: the ticket is still current, no event row, nobody told', async () => {
    const kiosk = login(t.hall, 'kiosk');
    issue(t.hall, kiosk, 'A');
    issue(t.hall, kiosk, 'A');
    staff(t.hall, '1003', 3);
    t.hall.send('window.finishThen', { window: 3, then: 'callNext' }, keypad3); // A001 called
    // A fault of the disk or a bug, at the moment the second step writes its event row.
    t.hall.db.exec("CREATE TEMP TRIGGER fail_call BEFORE INSERT ON events WHEN NEW.type = 'ticket.called' BEGIN SELECT RAISE(ABORT, 'injected fault'); END");
    const heard: HallEvent[] = [];
    t.hall.subscribe((e) => heard.push(e));
    const before = snapshot(t.hall);
    const ratingsBefore = t.hall.db.prepare('SELECT count(*) AS n FROM ratings').get();
    const step = t.hall.send('window.finishThen', { window: 3, then: 'callNext' }, keypad3);
    expect(step).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(snapshot(t.hall)).toBe(before);
    expect(t.hall.db.prepare('SELECT count(*) AS n FROM ratings').get()).toEqual(ratingsBefore);
    expect(windowRow(t.hall, 3).current_ticket_id).not.toBeNull();
    // Nothing was told: the next change that does happen is the first thing anyone hears.
    t.hall.db.exec('DROP TRIGGER fail_call');
    const changed = new Promise<void>((resolve) => t.hall.subscribe((e) => e.name === 'hall.changed' && resolve()));
    expect(t.hall.send('window.recall', { window: 3 }, keypad3)).toMatchObject({ ok: true, value: { number: 'A001' } });
    await changed;
    // The recall's call, its announcement (pending) and change; window 3's rating state may be pushed again too (the rolled-back
    // finish had marked it), but as it really is: nothing awaited, nothing closed. The manager's live view is pushed
    // once for the tick (it is read from the store after it, so it shows only what was committed).
    expect(heard.filter((e) => e.name !== 'rating.prompt').map((e) => e.name)).toEqual([
      'ticket.called',
      'announcements.changed',
      'live.changed',
      'hall.changed',
    ]);
    expect(heard[0]).toMatchObject({ data: { number: 'A001', recall: 1 } });
    for (const prompt of heard.filter((e) => e.name === 'rating.prompt')) expect(prompt.data).toMatchObject({ windowNo: 3, awaiting: null, last: null });
  });
});
