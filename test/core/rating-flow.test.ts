// The rating of one ticket: finishing it makes the window await it, the resident rates once from the
// window's pad (or its evaluator keypad through the hall bus), and every other attempt is refused
// without changing anything.
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import type { RatingPrompt, Session } from '../../electron/contract';
import { eventsAfter, issue, lastEventId, login, MINUTE, openSeededHall, refuse, run, snapshot, staff, withSettings, type TestHall } from '../support/hall';
import { padLogin, ratingRows, serveOne } from '../support/rating';

let t: TestHall;
let kiosk: Session;
let clerk: Session;
let pad: Session;
beforeEach(() => {
  t = openSeededHall();
  kiosk = login(t.hall, 'kiosk');
  clerk = staff(t.hall, '1001', 1);
  pad = padLogin(t.hall, 1);
});
afterEach(() => t.cleanup());

const prompt = (windowNo = 1): RatingPrompt => run(t.hall, 'ratings.prompt', { window: windowNo }, clerk);

describe('finishing a ticket asks for its rating', () => {
  test('the window awaits the finished ticket until the deadline, and the pad hears it', () => {
    const pushed: RatingPrompt[] = [];
    t.hall.subscribe((e) => e.name === 'rating.prompt' && pushed.push(e.data));
    const ticket = serveOne(t.hall, kiosk, clerk, 1, 'A', 'A01');
    const expected = {
      windowNo: 1,
      awaiting: {
        ratingId: 1,
        ticketId: ticket.id,
        number: 'A001',
        serviceId: 'A',
        requestedAt: '2026-11-23T01:00:00.000Z',
        deadline: '2026-11-23T01:01:00.000Z',
        activeAt: null, // nobody has touched the pad yet
      },
      last: null,
      blocksCall: true, // the hall's default: the next call waits for this rating (issue 14)
      timeoutSeconds: 60,
      maxSeconds: 300,
    };
    expect(prompt()).toEqual(expected);
    expect(pushed).toEqual([expected]);
    // The pad asks without naming its window.
    expect(run(t.hall, 'ratings.prompt', {}, pad)).toEqual(expected);
  });

  test('no-shows and transfers ask for nothing', () => {
    issue(t.hall, kiosk, 'A');
    run(t.hall, 'window.callNext', { window: 1 }, clerk);
    run(t.hall, 'window.noShow', { window: 1 }, clerk);
    issue(t.hall, kiosk, 'A');
    run(t.hall, 'window.callNext', { window: 1 }, clerk);
    run(t.hall, 'window.transfer', { window: 1, serviceId: 'B' }, clerk);
    expect(prompt().awaiting).toBeNull();
    expect(ratingRows(t.hall)).toEqual([]);
  });
});

describe('the pad rates', () => {
  test('a 好评 is stored as a full 好差评 record with its event row, and the window awaits nothing more', () => {
    const ticket = serveOne(t.hall, kiosk, clerk, 1, 'A', 'A01');
    t.clock.advance(20_000);
    const from = lastEventId(t.hall);
    expect(run(t.hall, 'ratings.submit', { window: 1, level: 5, ticketId: ticket.id }, pad)).toEqual({
      ratingId: 1,
      ticketId: ticket.id,
      number: 'A001',
      level: 5,
    });
    expect(run(t.hall, 'ratings.list', {}, login(t.hall, 'admin'))).toEqual([
      {
        id: 1,
        ticketId: ticket.id,
        number: 'A001',
        businessDay: '2026-11-23',
        serviceId: 'A',
        itemCode: 'A01',
        windowNo: 1,
        clerk: { id: '1001', name: '张敏' },
        status: 'rated',
        level: 5,
        reasons: [],
        text: null,
        channel: 'pad',
        pf: 4,
        requestedAt: '2026-11-23T01:00:00.000Z',
        deadline: '2026-11-23T01:01:00.000Z',
        ratedAt: '2026-11-23T01:00:20.000Z',
        review: null,
      },
    ]);
    expect(eventsAfter(t.hall, from).map((e) => [e.type, e.ticket_id, e.window_no, e.user_id, e.data])).toEqual([
      ['rating.submitted', ticket.id, 1, 'pad-1', { ratingId: 1, number: 'A001', level: 5, reasons: [], channel: 'pad' }],
    ]);
    expect(prompt()).toMatchObject({ awaiting: null, last: { ratingId: 1, number: 'A001', status: 'rated', at: '2026-11-23T01:00:20.000Z' } });
  });

  test('a 差评 with reasons and text opens a follow-up case', () => {
    serveOne(t.hall, kiosk, clerk, 1);
    run(t.hall, 'ratings.submit', { window: 1, level: 2, reasons: ['attitude.cold', 'efficiency.wait'], text: '  等了很久 ' }, pad);
    expect(ratingRows(t.hall)[0]).toMatchObject({ level: 2, reasons: '["attitude.cold","efficiency.wait"]', text: '等了很久' });
    const cases = run(t.hall, 'followups.list', {}, login(t.hall, 'admin'));
    expect(cases).toHaveLength(1);
    expect(cases[0].rating).toMatchObject({ number: 'A001', level: 2 });
  });

  test('one rating per ticket: a second press is refused and changes nothing', () => {
    serveOne(t.hall, kiosk, clerk, 1);
    run(t.hall, 'ratings.submit', { window: 1, level: 4 }, pad);
    const before = snapshot(t.hall);
    expect(refuse(t.hall, 'ratings.submit', { window: 1, level: 1, reasons: ['attitude.rude'] }, pad)).toMatchObject({
      code: 'conflict',
      reason: 'no_rating_awaited',
    });
    expect(refuse(t.hall, 'ratings.submit', { window: 1, level: 5, channel: 'keypad' }, { kind: 'evaluator', window: 1 })).toMatchObject({
      reason: 'no_rating_awaited',
    });
    expect(snapshot(t.hall)).toBe(before);
    expect(ratingRows(t.hall).map((r) => r.level)).toEqual([4]);
  });

  test('a late press, after the next ticket was called, is refused; the first ticket stays not rated', () => {
    withSettings(t, { blockCallUntilRated: false }); // a hall that lets the next call close an untouched rating
    const first = serveOne(t.hall, kiosk, clerk, 1);
    issue(t.hall, kiosk, 'A');
    run(t.hall, 'window.callNext', { window: 1 }, clerk);
    expect(refuse(t.hall, 'ratings.submit', { window: 1, level: 5, ticketId: first.id }, pad)).toMatchObject({ reason: 'no_rating_awaited' });
    expect(ratingRows(t.hall)[0]).toMatchObject({ ticket_id: first.id, status: 'not_rated', closed_by: 'next_call', level: null });
  });

  test('a rating for a ticket that is not the awaited one is refused', () => {
    withSettings(t, { blockCallUntilRated: false }); // the second ticket is called before the first is rated
    const first = serveOne(t.hall, kiosk, clerk, 1);
    const second = serveOne(t.hall, kiosk, clerk, 1);
    expect(refuse(t.hall, 'ratings.submit', { window: 1, level: 5, ticketId: first.id }, pad)).toMatchObject({ reason: 'rating_ticket_changed' });
    expect(refuse(t.hall, 'ratings.submit', { window: 1, level: 5, ticketId: 9999 }, pad)).toMatchObject({ code: 'not_found', field: 'ticketId' });
    expect(run(t.hall, 'ratings.submit', { window: 1, level: 5, ticketId: second.id }, pad).number).toBe('A002');
  });

  test('a pad rates only at its own window; nothing else may rate at all', () => {
    serveOne(t.hall, kiosk, clerk, 1);
    const admin = login(t.hall, 'admin');
    const pad2 = padLogin(t.hall, 2);
    const before = snapshot(t.hall);
    expect(refuse(t.hall, 'ratings.submit', { window: 1, level: 5 }, pad2)).toMatchObject({ code: 'forbidden', reason: 'pad_other_window' });
    expect(refuse(t.hall, 'ratings.submit', { window: 1, level: 5 }, admin)).toMatchObject({ code: 'forbidden', reason: 'not_a_rating_device' });
    expect(refuse(t.hall, 'ratings.submit', { window: 1, level: 5 }, clerk)).toMatchObject({ code: 'forbidden' });
    expect(refuse(t.hall, 'ratings.submit', { window: 1, level: 5 }, kiosk)).toMatchObject({ code: 'forbidden' });
    expect(refuse(t.hall, 'ratings.submit', { window: 1, level: 5 }, null)).toMatchObject({ code: 'unauthenticated' });
    // A session that merely looks like the hall bus but came from a login is a pad like any other.
    expect(refuse(t.hall, 'ratings.submit', { window: 1, level: 5, channel: 'keypad' }, { ...pad, user: 'hall-bus' })).toMatchObject({
      reason: 'not_a_rating_device',
    });
    expect(refuse(t.hall, 'ratings.submit', { window: 1, level: 5, channel: 'keypad' }, pad)).toMatchObject({ code: 'bad_request', field: 'channel' });
    expect(refuse(t.hall, 'ratings.prompt', { window: 2 }, pad)).toMatchObject({ reason: 'pad_other_window' });
    expect(snapshot(t.hall)).toBe(before);
  });

  test.each([
    [{ level: 2 }, 'reasons'],
    [{ level: 1, reasons: [] }, 'reasons'],
    [{ level: 4, reasons: ['attitude.rude'] }, 'reasons'],
    [{ level: 1, reasons: ['attitude.rude', 'attitude.rude'] }, 'reasons'],
    [{ level: 1, reasons: ['rudeness'] }, 'reasons.0'],
    [{ level: 0 }, 'level'],
    [{ level: 6 }, 'level'],
    [{ level: '5' }, 'level'],
    [{ level: 3, text: 'x'.repeat(201) }, 'text'],
    [{ level: 3, channel: 'sms' }, 'channel'],
    [{ level: 3, extra: 1 }, 'extra'],
  ])('bad input %j is refused on %s and loses nothing: the rating can still be given', (input, field) => {
    serveOne(t.hall, kiosk, clerk, 1);
    const before = snapshot(t.hall);
    expect(refuse(t.hall, 'ratings.submit', { window: 1, ...input }, pad)).toMatchObject({ code: 'bad_request', field });
    expect(snapshot(t.hall)).toBe(before);
    expect(prompt().awaiting).not.toBeNull();
    expect(run(t.hall, 'ratings.submit', { window: 1, level: 1, reasons: ['competence.notice'] }, pad).level).toBe(1);
  });

  test('a rating and its event are one transaction: a failing event insert leaves the rating awaited', () => {
    serveOne(t.hall, kiosk, clerk, 1);
    t.hall.db.exec("CREATE TEMP TRIGGER jam BEFORE INSERT ON main.events WHEN NEW.type = 'rating.submitted' BEGIN SELECT RAISE(ABORT, 'disk'); END");
    const before = snapshot(t.hall);
    expect(refuse(t.hall, 'ratings.submit', { window: 1, level: 1, reasons: ['attitude.rude'] }, pad).code).toBe('internal');
    expect(snapshot(t.hall)).toBe(before);
    expect(t.hall.db.prepare('SELECT count(*) AS n FROM followups').get()).toEqual({ n: 0 });
    t.hall.db.exec('DROP TRIGGER temp.jam');
    expect(run(t.hall, 'ratings.submit', { window: 1, level: 1, reasons: ['attitude.rude'] }, pad).level).toBe(1);
  });
});

describe('the evaluator keypad, through the hall bus', () => {
  test('a key press rates the ticket awaited at that window over channel keypad (pf 5), with no reasons needed', () => {
    const staff3 = staff(t.hall, '1003', 3);
    const ticket = serveOne(t.hall, kiosk, staff3, 3, 'F');
    const receipt = t.hall.send('ratings.submit', { window: 3, level: 2, channel: 'keypad' }, { kind: 'evaluator', window: 3 });
    expect(receipt).toEqual({ ok: true, value: { ratingId: 1, ticketId: ticket.id, number: 'F001', level: 2 } });
    expect(ratingRows(t.hall)[0]).toMatchObject({ window_no: 3, clerk_id: '1003', channel: 'keypad', rated_by: 'hall-bus', reasons: '[]' });
    expect(t.hall.db.prepare('SELECT count(*) AS n FROM followups').get()).toEqual({ n: 1 });
  });

  test('the hall bus must say keypad, and a press at a window that awaits nothing is refused', () => {
    serveOne(t.hall, kiosk, clerk, 1);
    expect(refuse(t.hall, 'ratings.submit', { window: 1, level: 5 }, { kind: 'evaluator', window: 1 })).toMatchObject({
      code: 'bad_request',
      field: 'channel',
    });
    expect(refuse(t.hall, 'ratings.submit', { window: 2, level: 5, channel: 'keypad' }, { kind: 'evaluator', window: 2 })).toMatchObject({
      reason: 'no_rating_awaited',
    });
    expect(refuse(t.hall, 'ratings.submit', { window: 99, level: 5, channel: 'keypad' }, { kind: 'evaluator', window: 99 })).toMatchObject({
      code: 'not_found',
      field: 'window',
    });
  });
});

describe('the clerk invites a rating, and may never enter one', () => {
  test('invite asks for the current ticket while it is served; finishing keeps that request', () => {
    issue(t.hall, kiosk, 'A');
    run(t.hall, 'window.callNext', { window: 1 }, clerk);
    run(t.hall, 'window.start', { window: 1 }, clerk);
    expect(run(t.hall, 'window.inviteRating', { window: 1 }, clerk).awaiting).toMatchObject({ number: 'A001' });
    t.clock.advance(30_000);
    run(t.hall, 'window.finish', { window: 1 }, clerk);
    // Finishing asks again: a fresh deadline for the same record, not a second record.
    expect(prompt().awaiting).toMatchObject({ ratingId: 1, deadline: '2026-11-23T01:01:30.000Z' });
    expect(ratingRows(t.hall)).toHaveLength(1);
  });

  test('invite after finishing asks again for the last ticket finished here, with a new deadline', () => {
    serveOne(t.hall, kiosk, clerk, 1);
    t.clock.advance(40_000);
    expect(run(t.hall, 'window.inviteRating', { window: 1 }, clerk).awaiting).toMatchObject({ number: 'A001', deadline: '2026-11-23T01:01:40.000Z' });
  });

  test("nothing to rate, a closed rating, another clerk's window: refused", () => {
    expect(refuse(t.hall, 'window.inviteRating', { window: 1 }, clerk)).toMatchObject({ reason: 'nothing_to_rate' });
    serveOne(t.hall, kiosk, clerk, 1);
    run(t.hall, 'ratings.submit', { window: 1, level: 5 }, pad);
    expect(refuse(t.hall, 'window.inviteRating', { window: 1 }, clerk)).toMatchObject({ reason: 'rating_closed' });
    expect(refuse(t.hall, 'window.inviteRating', { window: 2 }, clerk)).toMatchObject({ reason: 'window_unstaffed' });
    staff(t.hall, '1002', 2);
    expect(refuse(t.hall, 'window.inviteRating', { window: 2 }, clerk)).toMatchObject({ code: 'forbidden', reason: 'other_clerks_window' });
    expect(refuse(t.hall, 'window.inviteRating', { window: 1 }, pad)).toMatchObject({ code: 'forbidden' });
  });

  test('a ticket invited while served that then leaves as no-show is closed unrated', () => {
    issue(t.hall, kiosk, 'A');
    run(t.hall, 'window.callNext', { window: 1 }, clerk);
    run(t.hall, 'window.inviteRating', { window: 1 }, clerk);
    t.clock.advance(MINUTE / 2);
    run(t.hall, 'window.noShow', { window: 1 }, clerk);
    expect(ratingRows(t.hall)[0]).toMatchObject({ status: 'not_rated', closed_by: 'ticket_left' });
    expect(prompt().awaiting).toBeNull();
  });
});
