// When nobody rates: the deadline closes the request as not rated (or the hall's default level), on the
// hall's clock, across a restart; and the hall's rule that the next call waits for the rating.
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import type { RatingPrompt, Session } from '../../electron/contract';
import { issue, login, openSeededHall, refuse, run, snapshot, staff, type TestHall } from '../support/hall';
import { padLogin, ratingRows, serveOne } from '../support/rating';

let t: TestHall;
let kiosk: Session;
let clerk: Session;
let admin: Session;
beforeEach(() => {
  t = openSeededHall();
  kiosk = login(t.hall, 'kiosk');
  clerk = staff(t.hall, '1001', 1);
  admin = login(t.hall, 'admin');
});
afterEach(() => {
  vi.useRealTimers();
  t.cleanup();
});

const prompt = (): RatingPrompt => run(t.hall, 'ratings.prompt', { window: 1 }, clerk);
const configure = (change: object) => run(t.hall, 'ratings.configure', change, admin);

describe('timeout', () => {
  test('one second before the deadline the rating is still awaited; at the deadline it is closed not rated', () => {
    serveOne(t.hall, kiosk, clerk, 1);
    t.clock.advance(59_999);
    expect(t.hall.ratings.expireDue()).toBe(0);
    expect(prompt().awaiting).not.toBeNull();
    t.clock.advance(1);
    expect(t.hall.ratings.expireDue()).toBe(1);
    expect(ratingRows(t.hall)[0]).toMatchObject({ status: 'not_rated', level: null, closed_by: 'timeout', rated_at: t.clock.now() });
    expect(prompt()).toMatchObject({ awaiting: null, last: { status: 'not_rated' } });
    expect(refuse(t.hall, 'ratings.submit', { window: 1, level: 5 }, padLogin(t.hall, 1))).toMatchObject({ reason: 'no_rating_awaited' });
  });

  test('a late check closes the rating at its deadline, not at the time it noticed', () => {
    serveOne(t.hall, kiosk, clerk, 1);
    const deadline = t.clock.now() + 60_000;
    t.clock.advance(10 * 60_000);
    prompt(); // any read of the state closes what is due
    expect(ratingRows(t.hall)[0]).toMatchObject({ status: 'not_rated', rated_at: deadline });
  });

  test("with the hall's default level the timed-out rating is recorded at that level, and opens no case", () => {
    configure({ defaultLevel: 5, timeoutSeconds: 30 });
    serveOne(t.hall, kiosk, clerk, 1);
    t.clock.advance(30_000);
    t.hall.ratings.expireDue();
    expect(ratingRows(t.hall)[0]).toMatchObject({ status: 'defaulted', level: 5, closed_by: 'timeout' });
    expect(run(t.hall, 'followups.list', { filter: 'all' }, admin)).toEqual([]);
  });

  test('a default 差评 cannot be configured, and a bad setting changes nothing', () => {
    const bad = [
      { defaultLevel: 1 },
      { defaultLevel: 2 },
      { timeoutSeconds: 1 },
      { followUpDueDays: 0 },
      { blockCallUntilRated: 'yes' },
      { maxSeconds: 29 },
      { maxSeconds: 1801 },
    ];
    for (const change of bad) {
      expect(refuse(t.hall, 'ratings.configure', change, admin).code).toBe('bad_request');
    }
    expect(run(t.hall, 'ratings.settings', {}, admin)).toEqual({
      timeoutSeconds: 60,
      maxSeconds: 300,
      defaultLevel: null,
      blockCallUntilRated: true,
      followUpDueDays: 15,
    });
    expect(refuse(t.hall, 'ratings.configure', { timeoutSeconds: 30 }, clerk).code).toBe('forbidden');
  });

  test("the hall's timer closes a due rating and pushes it to the pad without any command", async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] }); // the hall's scheduler sets timeouts
    t.reopen(); // the timer is set up with the fake setInterval
    const pushed: RatingPrompt[] = [];
    t.hall.subscribe((e) => e.name === 'rating.prompt' && pushed.push(e.data));
    clerk = staff(t.hall, '1001', 1);
    serveOne(t.hall, login(t.hall, 'kiosk'), clerk, 1);
    t.clock.advance(60_000);
    vi.advanceTimersByTime(1000);
    expect(pushed.at(-1)).toMatchObject({ awaiting: null, last: { number: 'A001', status: 'not_rated' } });
  });
});

describe('a restart', () => {
  test('keeps an awaiting rating with its deadline, and a pad can still rate it', () => {
    const ticket = serveOne(t.hall, kiosk, clerk, 1);
    const before = prompt();
    t.clock.advance(30_000);
    t.reopen();
    clerk = login(t.hall, '1001');
    expect(prompt()).toEqual(before);
    t.clock.advance(29_000);
    expect(run(t.hall, 'ratings.submit', { window: 1, level: 4, ticketId: ticket.id }, padLogin(t.hall, 1)).level).toBe(4);
  });

  test('closes at its deadline a rating whose deadline passed while the hall was down', () => {
    serveOne(t.hall, kiosk, clerk, 1);
    const deadline = t.clock.now() + 60_000;
    t.hall.close();
    t.clock.advance(5 * 60_000);
    t.reopen();
    expect(ratingRows(t.hall)[0]).toMatchObject({ status: 'not_rated', rated_at: deadline, closed_by: 'timeout' });
  });
});

describe('the next call and the awaited rating', () => {
  test('by default the next call waits for the rating; with blockCallUntilRated off it closes the unanswered rating and goes ahead', () => {
    serveOne(t.hall, kiosk, clerk, 1);
    issue(t.hall, kiosk, 'A');
    expect(refuse(t.hall, 'window.callNext', { window: 1 }, clerk)).toMatchObject({ code: 'conflict', reason: 'awaiting_rating' });
    expect(configure({ blockCallUntilRated: false }).blockCallUntilRated).toBe(false);
    expect(run(t.hall, 'window.callNext', { window: 1 }, clerk).ticket.number).toBe('A002');
    expect(ratingRows(t.hall)[0]).toMatchObject({ status: 'not_rated', closed_by: 'next_call' });
  });

  test('a call with nobody waiting changes nothing, the rating still awaited', () => {
    serveOne(t.hall, kiosk, clerk, 1);
    expect(run(t.hall, 'window.callNext', { window: 1 }, clerk)).toEqual({ ticket: null });
    expect(prompt().awaiting).not.toBeNull();
  });

  describe('with blockCallUntilRated', () => {
    beforeEach(() => {
      expect(configure({ blockCallUntilRated: true }).blockCallUntilRated).toBe(true);
      serveOne(t.hall, kiosk, clerk, 1);
      issue(t.hall, kiosk, 'A');
    });

    test('the call is refused with awaiting_rating and changes nothing', () => {
      expect(prompt().blocksCall).toBe(true);
      const before = snapshot(t.hall);
      expect(refuse(t.hall, 'window.callNext', { window: 1 }, clerk)).toMatchObject({ code: 'conflict', reason: 'awaiting_rating' });
      expect(snapshot(t.hall)).toBe(before);
      expect(t.hall.view().waiting.A).toBe(1);
    });

    test('once the resident rated, the call goes ahead', () => {
      run(t.hall, 'ratings.submit', { window: 1, level: 5 }, padLogin(t.hall, 1));
      expect(run(t.hall, 'window.callNext', { window: 1 }, clerk).ticket.number).toBe('A002');
    });

    test('once the timeout passed, the call goes ahead', () => {
      t.clock.advance(59_000);
      expect(refuse(t.hall, 'window.callNext', { window: 1 }, clerk).reason).toBe('awaiting_rating');
      t.clock.advance(1_000);
      expect(run(t.hall, 'window.callNext', { window: 1 }, clerk).ticket.number).toBe('A002');
      expect(ratingRows(t.hall)[0]).toMatchObject({ status: 'not_rated', closed_by: 'timeout' });
    });

    test('other windows are not held up', () => {
      const other = staff(t.hall, '1002', 2);
      expect(run(t.hall, 'window.callNext', { window: 2 }, other).ticket.number).toBe('A002');
    });
  });
});
