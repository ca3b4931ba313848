// The 倒休 duty report on a hand-built week (Asia/Shanghai) whose answer is worked out by hand: a
// lunch-duty shift crossing into the afternoon, an evening shift with a meeting pause inside and a
// tail past closing, a public holiday on a Wednesday, a Saturday, a 调休上班 Sunday that counts as a
// regular weekday, and a shift still open now. Everything is driven through the hall's commands.
import { afterEach, beforeEach, expect, test } from 'vitest';
import type { DutyReport, Session } from '../../electron/contract';
import { splitWorked, workedIntervals } from '../../electron/reports/duty-split';
import { alwaysOpen, type HallSchedule } from '../../electron/shared/calendar/schedule';
import { login, openSeededHall, refuse, run, staff, type TestHall } from '../support/hall';

const weekday = [
  { start: '08:30', end: '12:00', kind: 'regular' },
  { start: '12:00', end: '14:00', kind: 'lunch_duty', windows: 2 },
  { start: '14:00', end: '17:30', kind: 'regular' },
  { start: '17:30', end: '20:00', kind: 'evening' },
];
const hours = {
  weekly: { 1: weekday, 2: weekday, 3: weekday, 4: weekday, 5: weekday, 6: [{ start: '09:00', end: '17:00', kind: 'regular' }] },
  holidays: ['2026-11-25'], // a Wednesday
  makeupDays: ['2026-11-29'], // 调休上班: the Sunday works with Monday's periods
};
const at = (day: string, hhmmss: string) => Date.parse(`${day}T${hhmmss}+08:00`);
const H = 3600;

let t: TestHall;
let admin: Session;
beforeEach(() => {
  t = openSeededHall(at('2026-11-23', '08:00:00'));
  admin = login(t.hall, 'admin');
  run(t.hall, 'hours.save', hours, admin);
});
afterEach(() => t.cleanup());

/** Clerk `user` signs in at `window` at `from` on `day` and (unless `to` is null) out at `to`; pauses in between. */
function shift(user: string, window: number, day: string, from: string, to: string | null, pauses: [string, string][] = []) {
  t.clock.set(at(day, from));
  const clerk = staff(t.hall, user, window);
  for (const [p, r] of pauses) {
    t.clock.set(at(day, p));
    run(t.hall, 'window.pause', { window, reason: 'meeting' }, clerk);
    t.clock.set(at(day, r));
    run(t.hall, 'window.resume', { window }, clerk);
  }
  if (to === null) return;
  t.clock.set(at(day, to));
  run(t.hall, 'window.signOut', { window }, clerk);
}

function week() {
  shift('1001', 1, '2026-11-23', '11:00:00', '15:00:00'); // Mon: regular 1 h, lunch 2 h, regular 1 h
  shift('1001', 1, '2026-11-24', '17:00:00', '20:30:00', [['18:00:00', '18:30:00']]); // Tue: regular ½ h, evening 2 h (2½ less the meeting), outside ½ h
  shift('1001', 1, '2026-11-25', '09:00:00', '12:00:00'); // Wed, a public holiday: weekend 3 h
  shift('1002', 2, '2026-11-28', '10:00:30', '11:00:00'); // Sat: weekend 3570 s (whole seconds from the rows)
  shift('1001', 1, '2026-11-28', '09:00:00', '13:00:00'); // Sat: weekend 4 h (a Saturday period is no weekday period)
  shift('1001', 1, '2026-11-29', '08:30:00', '12:00:00'); // Sun 调休上班: regular 3½ h, nothing owed
  shift('1001', 1, '2026-11-30', '17:00:00', null); // Mon, still signed in at 19:00: regular ½ h, evening 1½ h
  t.clock.set(at('2026-11-30', '19:00:00'));
}

const report = (input: object): DutyReport => run(t.hall, 'reports.duty', input, admin);

test('per clerk: weekend / holiday, lunch duty, evening, the 倒休 total, regular hours and days worked', () => {
  week();
  const r = report({ from: '2026-11-23', to: '2026-11-30' });
  expect(r.clerks.map((c) => c.clerkId)).toEqual(['1001', '1002']);
  const [c1001, c1002] = r.clerks;
  expect(c1001!.seconds).toEqual({ regular: 6.5 * H, weekend: 7 * H, lunch: 2 * H, evening: 3.5 * H, outside: 0.5 * H, extra: 12.5 * H });
  expect(c1001!.daysWorked).toBe(6);
  expect(c1002!.seconds).toEqual({ regular: 0, weekend: 3570, lunch: 0, evening: 0, outside: 0, extra: 3570 });
  expect(r.total.extra).toBe(12.5 * H + 3570);
});

test('the shifts: each split exactly at the period boundaries, the pause left out, the open one counted up to now', () => {
  week();
  const shifts = report({ from: '2026-11-23', to: '2026-11-30', clerkId: '1001' }).clerks[0]!.shifts;
  expect(shifts.map((s) => [s.day, s.windowNo, s.seconds.regular, s.seconds.weekend, s.seconds.lunch, s.seconds.evening, s.seconds.outside])).toEqual([
    ['2026-11-23', 1, 2 * H, 0, 2 * H, 0, 0],
    ['2026-11-24', 1, 0.5 * H, 0, 0, 2 * H, 0.5 * H],
    ['2026-11-25', 1, 0, 3 * H, 0, 0, 0],
    ['2026-11-28', 1, 0, 4 * H, 0, 0, 0],
    ['2026-11-29', 1, 3.5 * H, 0, 0, 0, 0],
    ['2026-11-30', 1, 0.5 * H, 0, 0, 1.5 * H, 0],
  ]);
  expect(shifts[1]!.pausedSeconds).toBe(0.5 * H);
  expect(shifts.at(-1)).toMatchObject({ open: true, from: at('2026-11-30', '17:00:00'), to: at('2026-11-30', '19:00:00') });
  expect(shifts.slice(0, -1).every((s) => !s.open)).toBe(true);
});

test('a range holds only its own days; a clerk filter holds only that clerk', () => {
  week();
  const weekend = report({ from: '2026-11-28', to: '2026-11-29' });
  expect(weekend.clerks.map((c) => [c.clerkId, c.seconds.weekend, c.seconds.regular])).toEqual([
    ['1001', 4 * H, 3.5 * H],
    ['1002', 3570, 0],
  ]);
  expect(report({ from: '2026-11-23', to: '2026-11-30', clerkId: '1002' }).clerks.map((c) => c.clerkId)).toEqual(['1002']);
});

test('a change of hours applies to the next ask: without the holiday, Wednesday is lunch-free regular time', () => {
  week();
  run(t.hall, 'hours.save', { holidays: [] }, admin);
  const wed = report({ from: '2026-11-25', to: '2026-11-25' }).clerks[0]!;
  expect(wed.seconds).toMatchObject({ regular: 3 * H, weekend: 0, extra: 0 });
});

test.each([
  [{ from: '2026-11-30', to: '2026-11-23' }, 'to'],
  [{ from: '2026-01-01', to: '2027-01-02' }, 'to'],
  [{ from: '2026-02-30', to: '2026-03-01' }, 'from'],
  [{ from: '2026-11-23', to: '2026-11-30', clerkId: '' }, 'clerkId'],
  [{ from: '2026-11-23', to: '2026-11-30', extra: 1 }, ''],
])('bad input %j is refused at %s', (input, field) => {
  const error = refuse(t.hall, 'reports.duty', input, admin);
  expect(error.code).toBe('bad_request');
  if (field) expect(error.field).toBe(field);
});

test('a clerk may not read it', () => {
  const clerk = login(t.hall, '1001');
  expect(refuse(t.hall, 'reports.duty', { from: '2026-11-23', to: '2026-11-23' }, clerk).code).toBe('forbidden');
});

// The split alone, on a shift past midnight and a hall that keeps no hours.
test('a shift past midnight goes on into the next day; a hall with no hours has only regular weekdays', () => {
  const schedule: HallSchedule = { ...alwaysOpen, weekly: { 5: [{ start: '17:30', end: '24:00', kind: 'evening' }] } };
  const worked = workedIntervals({ from: at('2026-11-27', '23:00:00'), to: at('2026-11-28', '01:00:00') }, []);
  expect(splitWorked(worked, schedule, 'Asia/Shanghai')).toMatchObject({ evening: H, weekend: H, extra: 2 * H });
  const open = splitWorked(workedIntervals({ from: at('2026-11-27', '23:00:00'), to: at('2026-11-28', '01:00:00') }, []), alwaysOpen, 'Asia/Shanghai');
  expect(open).toMatchObject({ regular: H, weekend: H });
});
