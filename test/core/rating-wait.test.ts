// The rule that keeps a rating from being cut off (issue 14): the pure functions of core/rating-wait.ts,
// then the same rule through the hall: the pad's ratings.activity moves the deadline, a call while the
// resident is rating is refused, and once the pad has been idle for the timeout the call goes through.
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import type { RatingPrompt, Session } from '../../electron/contract';
import { callVerdict, deadlineAfterActivity, deadlineOnRequest, inUse, type WaitRule } from '../../electron/core/rating-wait';
import { eventsAfter, issue, lastEventId, login, openSeededHall, refuse, run, snapshot, staff, withSettings, type TestHall } from '../support/hall';
import { padLogin, ratingRows, serveOne } from '../support/rating';

const S = 1000;
const rule: WaitRule = { timeoutMs: 60 * S, maxMs: 300 * S, blockCall: false };
/** A rating asked for at 0, due at 60 s, untouched. */
const asked = { requested_at: 0, deadline: 60 * S, active_at: null };

describe('the pure rule', () => {
  test('a touch moves the deadline to now + the timeout', () => {
    expect(deadlineAfterActivity(asked, 50 * S, rule)).toBe(110 * S);
    expect(deadlineAfterActivity({ ...asked, deadline: 110 * S, active_at: 50 * S }, 100 * S, rule)).toBe(160 * S);
  });

  test('never past the ceiling (requested + max), however long the resident keeps touching', () => {
    expect(deadlineAfterActivity({ ...asked, deadline: 290 * S, active_at: 230 * S }, 280 * S, rule)).toBe(300 * S);
    expect(deadlineAfterActivity({ ...asked, deadline: 300 * S, active_at: 299 * S }, 299 * S, rule)).toBe(300 * S);
  });

  test('never shortens: an early touch, or a timeout lowered since, keeps the later deadline', () => {
    expect(deadlineAfterActivity(asked, 1 * S, { ...rule, timeoutMs: 10 * S })).toBe(60 * S);
    // Asked again (the keypad's 评价 key): a fresh timeout, but never less than what the resident had.
    expect(deadlineOnRequest({ ...asked, deadline: 200 * S }, 100 * S, rule)).toBe(200 * S);
    expect(deadlineOnRequest(asked, 30 * S, rule)).toBe(90 * S);
    expect(deadlineOnRequest(undefined, 30 * S, rule)).toBe(90 * S);
  });

  test('in use: touched and not timed out', () => {
    expect(inUse(asked, 10 * S)).toBe(false);
    expect(inUse({ ...asked, active_at: 5 * S }, 10 * S)).toBe(true);
    expect(inUse({ ...asked, active_at: 5 * S }, 60 * S)).toBe(false); // at the deadline it is over
  });

  test('each verdict of a call', () => {
    expect(callVerdict(undefined, 10 * S, rule)).toBe('free'); // nothing awaited
    expect(callVerdict(asked, 60 * S, rule)).toBe('free'); // timed out (the expiry closes it)
    expect(callVerdict(asked, 10 * S, rule)).toBe('close'); // untouched, the hall lets calls close it
    expect(callVerdict(asked, 10 * S, { ...rule, blockCall: true })).toBe('wait'); // the hall's rule
    expect(callVerdict({ ...asked, active_at: 5 * S }, 10 * S, rule)).toBe('wait'); // being given: whatever the rule
    expect(callVerdict({ ...asked, active_at: 5 * S }, 10 * S, { ...rule, blockCall: true })).toBe('wait');
  });
});

describe('through the hall', () => {
  let t: TestHall;
  let kiosk: Session;
  let clerk: Session;
  let pad: Session;
  beforeEach(() => {
    t = openSeededHall(); // 2026-11-23 09:00 Shanghai = 01:00Z
    kiosk = login(t.hall, 'kiosk');
    clerk = staff(t.hall, '1001', 1);
    pad = padLogin(t.hall, 1);
  });
  afterEach(() => t.cleanup());

  const activity = (): RatingPrompt => run(t.hall, 'ratings.activity', {}, pad);
  const prompt = (): RatingPrompt => run(t.hall, 'ratings.prompt', { window: 1 }, clerk);

  test("the pad's activity moves the deadline and is logged once, when the resident begins", () => {
    const ticket = serveOne(t.hall, kiosk, clerk, 1);
    const from = lastEventId(t.hall);
    t.clock.advance(50 * S);
    expect(activity().awaiting).toMatchObject({ deadline: '2026-11-23T01:01:50.000Z', activeAt: '2026-11-23T01:00:50.000Z' });
    t.clock.advance(5 * S);
    expect(activity().awaiting).toMatchObject({ deadline: '2026-11-23T01:01:55.000Z', activeAt: '2026-11-23T01:00:55.000Z' });
    expect(eventsAfter(t.hall, from).map((e) => [e.type, e.ticket_id, e.window_no, e.user_id])).toEqual([['rating.started', ticket.id, 1, 'pad-1']]);
    expect(ratingRows(t.hall)[0]).toMatchObject({ status: 'awaiting', active_at: t.clock.now() });
  });

  test('with the hall letting calls close ratings, a call while the resident is rating is refused and changes nothing', () => {
    withSettings(t, { blockCallUntilRated: false });
    serveOne(t.hall, kiosk, clerk, 1);
    issue(t.hall, kiosk, 'A');
    expect(prompt().blocksCall).toBe(false); // untouched: the call would close it
    t.clock.advance(10 * S);
    expect(activity().blocksCall).toBe(true);
    const before = snapshot(t.hall);
    expect(refuse(t.hall, 'window.callNext', { window: 1 }, clerk)).toMatchObject({ code: 'conflict', reason: 'awaiting_rating' });
    expect(snapshot(t.hall)).toBe(before);
    // The resident rates 差评 with a reason: the call goes ahead, the rating is theirs.
    run(t.hall, 'ratings.submit', { window: 1, level: 1, reasons: ['attitude.rude'] }, pad);
    expect(run(t.hall, 'window.callNext', { window: 1 }, clerk).ticket.number).toBe('A002');
    expect(ratingRows(t.hall)[0]).toMatchObject({ status: 'rated', level: 1, closed_by: 'resident' });
  });

  test('idle for the timeout after the last touch: the call goes through and the rating is recorded not rated (timeout)', () => {
    serveOne(t.hall, kiosk, clerk, 1);
    issue(t.hall, kiosk, 'A');
    t.clock.advance(50 * S);
    activity(); // deadline 01:01:50
    t.clock.advance(59 * S); // 01:01:49, past the first deadline: still held by the touch
    expect(refuse(t.hall, 'window.callNext', { window: 1 }, clerk)).toMatchObject({ reason: 'awaiting_rating' });
    t.clock.advance(1 * S);
    expect(run(t.hall, 'window.callNext', { window: 1 }, clerk).ticket.number).toBe('A002');
    expect(ratingRows(t.hall)[0]).toMatchObject({ status: 'not_rated', closed_by: 'timeout', level: null, rated_at: t.clock.now() });
  });

  test('the ceiling: a resident who keeps touching is closed maxSeconds after the request', () => {
    withSettings(t, { ratingMaxSeconds: 90 });
    serveOne(t.hall, kiosk, clerk, 1);
    for (let i = 0; i < 4; i++) {
      t.clock.advance(20 * S);
      activity();
    }
    expect(prompt().awaiting).toMatchObject({ deadline: '2026-11-23T01:01:30.000Z' });
    t.clock.advance(10 * S);
    expect(prompt()).toMatchObject({ awaiting: null, last: { status: 'not_rated' } });
  });

  test('a no-show or a hold does not close a rating the resident is giving', () => {
    issue(t.hall, kiosk, 'A');
    run(t.hall, 'window.callNext', { window: 1 }, clerk);
    run(t.hall, 'window.inviteRating', { window: 1 }, clerk);
    activity();
    run(t.hall, 'window.noShow', { window: 1 }, clerk);
    expect(prompt().awaiting).toMatchObject({ number: 'A001' });
    expect(run(t.hall, 'ratings.submit', { window: 1, level: 5 }, pad).number).toBe('A001');
  });

  test('only a pad reports its use, at its own window; with nothing awaited it changes nothing', () => {
    const from = lastEventId(t.hall);
    expect(activity()).toMatchObject({ awaiting: null });
    expect(eventsAfter(t.hall, from)).toEqual([]);
    expect(refuse(t.hall, 'ratings.activity', { window: 1 }, clerk)).toMatchObject({ code: 'forbidden' });
    expect(refuse(t.hall, 'ratings.activity', { window: 1 }, login(t.hall, 'admin'))).toMatchObject({ code: 'forbidden' });
    expect(refuse(t.hall, 'ratings.activity', { window: 2 }, pad)).toMatchObject({ code: 'forbidden', reason: 'pad_other_window' });
    expect(refuse(t.hall, 'ratings.activity', { window: 'x' }, pad)).toMatchObject({ code: 'bad_request', field: 'window' });
  });
});
