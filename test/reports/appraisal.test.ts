// The monthly appraisal sheet (月考核) on a hand-built November: clerk 1001 serves seven tickets rated
// 5, 5, 4, 3, 1 (差评, its case closed), 2 (差评, its case left open past its due date) and one not rated,
// each waited 2 minutes and handled 5; a Saturday shift gives 倒休 hours; a December ticket stays out.
// Every expected figure is worked out by hand.
import { afterEach, beforeEach, expect, test } from 'vitest';
import type { AppraisalReport, Session } from '../../electron/contract';
import { monthDays } from '../../electron/reports/appraisal';
import { issue, login, MINUTE, openSeededHall, refuse, run, staff, type TestHall } from '../support/hall';
import { padLogin } from '../support/rating';

const at = (day: string, hhmm: string) => Date.parse(`${day}T${hhmm}:00+08:00`);
let t: TestHall;
let admin: Session;
let kiosk: Session;
beforeEach(() => {
  t = openSeededHall(at('2026-11-23', '09:00'));
  admin = login(t.hall, 'admin');
  kiosk = login(t.hall, 'kiosk');
});
afterEach(() => t.cleanup());

/** One ticket at window 1: issued, called 2 min later, finished 5 min after the call, rated `level` (null: times out). */
function serve(clerk: Session, level: number | null) {
  issue(t.hall, kiosk, 'A');
  t.clock.advance(2 * MINUTE);
  run(t.hall, 'window.callNext', { window: 1 }, clerk);
  t.clock.advance(5 * MINUTE);
  run(t.hall, 'window.finish', { window: 1 }, clerk);
  if (level !== null) run(t.hall, 'ratings.submit', { window: 1, level, reasons: level <= 2 ? ['attitude.cold'] : [] }, padLogin(t.hall, 1));
  else {
    t.clock.advance(2 * MINUTE); // past the rating timeout: 未评价
    run(t.hall, 'ratings.prompt', { window: 1 }, clerk);
  }
}

function november() {
  const clerk = staff(t.hall, '1001', 1); // Mon 23 Nov 09:00
  for (const level of [5, 5, 4, 3, 1, 2, null]) serve(clerk, level);
  run(t.hall, 'window.signOut', { window: 1 }, clerk);
  const [closed] = (run(t.hall, 'followups.list', {}, admin) as { id: number; rating: { level: number } }[]).filter((c) => c.rating.level === 1);
  for (const step of ['verify', 'rectify', 'reply']) run(t.hall, 'followups.record', { id: closed!.id, step, notes: '已整改' }, admin);
  t.clock.set(at('2026-11-28', '09:00')); // Saturday: 3 hours at the window, all 倒休 (the demo keeps no hours: weekdays are regular)
  const saturday = staff(t.hall, '1001', 1);
  t.clock.set(at('2026-11-28', '12:00'));
  run(t.hall, 'window.signOut', { window: 1 }, saturday);
  t.clock.set(at('2026-12-01', '09:00')); // December: not in November's sheet
  const december = staff(t.hall, '1001', 1);
  serve(december, 5);
  t.clock.set(at('2026-12-30', '09:00')); // the level-2 case is long past its due date
}

const appraise = (input: object): AppraisalReport => run(t.hall, 'reports.appraisal', input, admin);

test('clerk 1001: 办件量, 评价率, 满意率, stars, 综合得分, 差评, 整改率, overdue, average handling and wait, 倒休 hours', () => {
  november();
  const r = appraise({ month: '2026-11' });
  expect(r).toMatchObject({ month: '2026-11', from: '2026-11-01', to: '2026-11-30', hallName: expect.any(String) });
  const sheet = r.sheets.find((s) => s.clerkId === '1001')!;
  const f = sheet.figures;
  expect(f).toMatchObject({ served: 7, rated: 6, stars: [1, 1, 1, 1, 2], bad: 2, overdue: 1, notRated: 1 });
  expect(f.ratedRate).toBeCloseTo(6 / 7);
  expect(f.satisfaction).toBeCloseTo(3 / 6); // 5, 5, 4 of six ratings
  expect(f.score).toBeCloseTo((10 + 10 + 8 + 6 + 0 + 3) / 6);
  expect(f.rectifyRate).toBeCloseTo(1 / 2);
  expect(f.avgHandleSeconds).toBe(300);
  expect(f.avgWaitSeconds).toBe(120);
  expect(sheet.duty).toMatchObject({ weekend: 3 * 3600, extra: 3 * 3600, lunch: 0, evening: 0 });
  expect(sheet.daysWorked).toBe(2);
});

test('every active clerk has a sheet (an idle one with nothing to divide by); one clerk asked for alone', () => {
  november();
  const r = appraise({ month: '2026-11' });
  expect(r.sheets.length).toBeGreaterThan(1);
  const idle = r.sheets.find((s) => s.clerkId === '1002')!;
  expect(idle.figures).toMatchObject({ served: 0, rated: 0, ratedRate: null, satisfaction: null, score: null, rectifyRate: null });
  expect(appraise({ month: '2026-11', clerkId: '1001' }).sheets.map((s) => s.clerkId)).toEqual(['1001']);
  expect(appraise({ month: '2026-12', clerkId: '1001' }).sheets[0]!.figures).toMatchObject({ served: 1, bad: 0 });
});

test('months: their first and last day', () => {
  expect(monthDays('2028-02')).toEqual({ from: '2028-02-01', to: '2028-02-29' });
  expect(monthDays('2026-12')).toEqual({ from: '2026-12-01', to: '2026-12-31' });
});

test.each([
  [{ month: '2026-13' }, 'bad_request', 'month'],
  [{ month: '2026-1' }, 'bad_request', 'month'],
  [{}, 'bad_request', 'month'],
  [{ month: '2026-11', clerkId: 'nobody' }, 'not_found', 'clerkId'],
])('%j is refused: %s at %s', (input, code, field) => {
  expect(refuse(t.hall, 'reports.appraisal', input, admin)).toMatchObject({ code, field });
});
