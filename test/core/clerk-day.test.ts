// The clerk's own day (window.myDay) on a hand-built day with the manual clock: served, the mean
// handling time from the start (or the last call) to the finish, 满意率 of the rated ones, and the
// last item used at the window.
import { afterEach, beforeEach, expect, test } from 'vitest';
import type { ClerkDayView, Session } from '../../electron/contract';
import { handleSeconds } from '../../electron/core/clerk-day';
import { issue, login, MINUTE, openSeededHall, refuse, run, staff, type TestHall } from '../support/hall';
import { padLogin } from '../support/rating';

let t: TestHall;
let kiosk: Session;
let clerk: Session;
beforeEach(() => {
  t = openSeededHall();
  kiosk = login(t.hall, 'kiosk');
  clerk = staff(t.hall, '1001', 1);
});
afterEach(() => t.cleanup());

const myDay = (session = clerk, window = 1): ClerkDayView => run(t.hall, 'window.myDay', { window }, session);
const wait = (ms: number) => t.clock.advance(ms);
const SECOND = 1000;

test('a hand-built day: two served (one started, one finished from its recall), a no-show, another clerk', () => {
  const pad = padLogin(t.hall, 1);
  expect(myDay()).toEqual({ businessDay: '2026-11-23', clerk: '1001', served: 0, averageHandleSeconds: null, rated: 0, satisfied: 0, lastItemCode: null });

  // A001: called 09:00, started 09:01, finished 09:05:00.4 with item A01 → 240 s; rated 5 on the pad.
  issue(t.hall, kiosk, 'A');
  run(t.hall, 'window.callNext', { window: 1 }, clerk);
  wait(MINUTE);
  run(t.hall, 'window.start', { window: 1 }, clerk);
  wait(4 * MINUTE + 400);
  run(t.hall, 'window.finish', { window: 1, itemCode: 'A01' }, clerk);
  run(t.hall, 'ratings.submit', { window: 1, level: 5 }, pad);
  expect(myDay()).toMatchObject({ served: 1, averageHandleSeconds: 240, rated: 1, satisfied: 1, lastItemCode: 'A01' });

  // A002: called, recalled a minute later, finished 2 min 1 s after the recall without 开始办理 → 121 s;
  // no item (the window's last item stays A01); 差评 from the evaluator keypad.
  issue(t.hall, kiosk, 'A');
  run(t.hall, 'window.callNext', { window: 1 }, clerk);
  wait(MINUTE);
  run(t.hall, 'window.recall', { window: 1 }, clerk);
  wait(2 * MINUTE + SECOND);
  run(t.hall, 'window.finish', { window: 1 }, clerk);
  expect(t.hall.send('ratings.submit', { window: 1, level: 2, channel: 'keypad' }, { kind: 'evaluator', window: 1 }).ok).toBe(true);

  // A003: a no-show is not served.
  issue(t.hall, kiosk, 'A');
  run(t.hall, 'window.callNext', { window: 1 }, clerk);
  wait(30 * SECOND);
  run(t.hall, 'window.noShow', { window: 1 }, clerk);

  // Another clerk's ticket at window 2 counts for them only, and its item is window 2's.
  const other = staff(t.hall, '1002', 2);
  issue(t.hall, kiosk, 'B');
  run(t.hall, 'window.callNext', { window: 2 }, other);
  wait(10 * SECOND);
  run(t.hall, 'window.finish', { window: 2, itemCode: 'B01' }, other);

  // (240 + 121) / 2 = 180.5 → 181
  expect(myDay()).toEqual({ businessDay: '2026-11-23', clerk: '1001', served: 2, averageHandleSeconds: 181, rated: 2, satisfied: 1, lastItemCode: 'A01' });
  expect(myDay(other, 2)).toMatchObject({ clerk: '1002', served: 1, averageHandleSeconds: 10, rated: 0, lastItemCode: 'B01' });
  // The day is the asker's own, whatever window they name; the last item is that window's.
  expect(myDay(clerk, 2)).toMatchObject({ clerk: '1001', served: 2, lastItemCode: 'B01' });

  // A rating put under review no longer counts.
  const admin = login(t.hall, 'admin');
  const keypadRating = (t.hall.db.prepare("SELECT id FROM ratings WHERE channel = 'keypad'").get() as { id: number }).id;
  run(t.hall, 'ratings.markUnderReview', { ratingId: keypadRating, kind: 'mistaken', reason: '误按' }, admin);
  expect(myDay()).toMatchObject({ rated: 1, satisfied: 1 });
});

test('the next morning the day starts at zero and the window still offers its last item', () => {
  serveWithItem('A02');
  t.clock.advance(24 * 60 * MINUTE);
  expect(myDay()).toEqual({ businessDay: '2026-11-24', clerk: '1001', served: 0, averageHandleSeconds: null, rated: 0, satisfied: 0, lastItemCode: 'A02' });
  expect(myDay(clerk, 3).lastItemCode).toBeNull();
});

test('a window that does not exist is not found; a kiosk may not ask', () => {
  expect(refuse(t.hall, 'window.myDay', { window: 99 }, clerk)).toMatchObject({ code: 'not_found', field: 'window' });
  expect(refuse(t.hall, 'window.myDay', { window: 1 }, kiosk)).toMatchObject({ code: 'forbidden' });
  expect(refuse(t.hall, 'window.myDay', { window: 0 }, clerk)).toMatchObject({ code: 'bad_request', field: 'window' });
});

test('handling time: from the start, else the last call; whole seconds; missing times give none', () => {
  expect(handleSeconds({ called: 0, started: 60_000, finished: 120_499 })).toBe(60);
  expect(handleSeconds({ called: 0, started: null, finished: 1_500 })).toBe(2);
  expect(handleSeconds({ called: null, started: null, finished: 1_500 })).toBeNull();
});

function serveWithItem(itemCode: string): void {
  issue(t.hall, kiosk, 'A');
  run(t.hall, 'window.callNext', { window: 1 }, clerk);
  wait(MINUTE);
  run(t.hall, 'window.finish', { window: 1, itemCode }, clerk);
}

test('the items carry the pinyin initials the 办结 search matches (worked out in the core)', () => {
  const items = run(t.hall, 'items.list', { serviceId: 'A' }) as { code: string; initials: string }[];
  expect(Object.fromEntries(items.map((i) => [i.code, i.initials]))).toMatchObject({ A02: 'jysydj', A03: 'shbzkbh' });
});

test("a hall's default level after a timeout is no resident's rating: out of 评价 and 满意率, as in the reports", () => {
  const admin = login(t.hall, 'admin');
  run(t.hall, 'ratings.configure', { defaultLevel: 5, timeoutSeconds: 30 }, admin);
  issue(t.hall, kiosk, 'A');
  run(t.hall, 'window.callNext', { window: 1 }, clerk);
  run(t.hall, 'window.finish', { window: 1 }, clerk);
  wait(30 * SECOND);
  t.hall.ratings.expireDue();
  const level = t.hall.db.prepare("SELECT status, level FROM ratings WHERE clerk_id = '1001'").get();
  expect(level).toEqual({ status: 'defaulted', level: 5 });
  expect(myDay()).toMatchObject({ served: 1, rated: 0, satisfied: 0 });
});

test('a held ticket (挂起, 材料不全): the time away is not handling, as in the reports', () => {
  issue(t.hall, kiosk, 'A');
  run(t.hall, 'window.callNext', { window: 1 }, clerk);
  run(t.hall, 'window.start', { window: 1 }, clerk);
  wait(3 * MINUTE);
  run(t.hall, 'window.hold', { window: 1 }, clerk);
  wait(20 * MINUTE);
  run(t.hall, 'window.resumeHeld', { window: 1 }, clerk);
  wait(2 * MINUTE);
  run(t.hall, 'window.finish', { window: 1 }, clerk);
  expect(myDay()).toMatchObject({ served: 1, averageHandleSeconds: 5 * 60 });
});
