// The opening-hours model on a 5+2 hall shaped like the source material's: Monday–Friday 8:30–12:00,
// lunch duty 12:00–14:00 with two windows, 14:00–17:30 and an evening 17:30–20:00 on Wednesday;
// Saturday 9:00–12:00 and 13:00–17:00; Sunday closed. The 2026 National Day holiday with its make-up
// days (Sunday 09-27, Saturday 10-10). Week of Monday 2026-11-30 unless said. Hall time: Asia/Shanghai.
import { expect, test } from 'vitest';
import { TZDate } from '@date-fns/tz';
import {
  alwaysOpen,
  isConfigured,
  isOpenAt,
  lastClosingOf,
  nextOpening,
  periodsOn,
  spansOn,
  wallClockOf,
  type HallSchedule,
  type Period,
} from '../../electron/shared/calendar/schedule';
import { issuing, issuingState } from '../../electron/shared/calendar/issuing-state';

const TZ = 'Asia/Shanghai';
const weekday: Period[] = [
  { start: '08:30', end: '12:00', kind: 'regular' },
  { start: '12:00', end: '14:00', kind: 'lunch_duty', windows: 2 },
  { start: '14:00', end: '17:30', kind: 'regular' },
];
const hall: HallSchedule = {
  weekly: {
    1: weekday,
    2: weekday,
    3: [...weekday, { start: '17:30', end: '20:00', kind: 'evening' }],
    4: weekday,
    5: weekday,
    6: [
      { start: '13:00', end: '17:00', kind: 'regular' },
      { start: '09:00', end: '12:00', kind: 'regular' },
    ],
  },
  calendar: {
    holidays: ['2026-10-01', '2026-10-02', '2026-10-05', '2026-10-06', '2026-10-07', '2026-10-08'],
    makeupDays: ['2026-09-27', '2026-10-10'],
  },
  // 社保 (S) only in the mornings on Friday; 不动产 (R) not on Saturdays.
  exceptions: [
    { serviceId: 'S', weekdays: [5], periods: [{ start: '08:30', end: '12:00', kind: 'regular' }] },
    { serviceId: 'R', weekdays: [6], periods: [] },
  ],
  cutoffMinutes: 30,
};

/** Hall-local wall-clock time → instant. */
const at = (day: string, hhmm: string) => {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const [h, min] = hhmm.split(':').map(Number) as [number, number];
  return new TZDate(y, m - 1, d, h, min, TZ).getTime();
};
const hhmm = (ms: number | null) => (ms === null ? null : `${wallClockOf(ms, TZ).day} ${new TZDate(ms, TZ).toTimeString().slice(0, 5)}`);

test('a schedule with no period at all is open at every hour of every day (new halls, the demo, test halls)', () => {
  expect(isConfigured(alwaysOpen)).toBe(false);
  expect(isConfigured(hall)).toBe(true);
  for (const time of ['00:00', '03:17', '12:30', '23:59']) {
    expect(isOpenAt(alwaysOpen, at('2026-12-06', time), TZ)).toBe(true);
    expect(issuingState(alwaysOpen, at('2026-12-06', time), TZ, 'A').status).toBe('open');
  }
  expect(issuingState(alwaysOpen, at('2026-12-06', '03:00'), TZ, 'A', true).status).toBe('full');
  expect(lastClosingOf(alwaysOpen, '2026-12-06', TZ)).toBeNull(); // its day ends at midnight
});

test('across a week: periods in order, back-to-back periods joined into one span, Sunday closed', () => {
  expect(periodsOn(hall, '2026-12-05').map((p) => p.start)).toEqual(['09:00', '13:00']); // sorted
  expect(spansOn(hall, '2026-11-30')).toEqual([{ start: 8 * 60 + 30, end: 17 * 60 + 30 }]);
  expect(spansOn(hall, '2026-12-02')).toEqual([{ start: 510, end: 20 * 60 }]); // Wednesday evening
  expect(spansOn(hall, '2026-12-05')).toEqual([
    { start: 540, end: 720 },
    { start: 780, end: 1020 },
  ]);
  expect(periodsOn(hall, '2026-12-06')).toEqual([]);
  const open = ['2026-11-30', '2026-12-01', '2026-12-02', '2026-12-03', '2026-12-04', '2026-12-05', '2026-12-06'].map((d) =>
    isOpenAt(hall, at(d, '18:00'), TZ),
  );
  expect(open).toEqual([false, false, true, false, false, false, false]);
});

test('lunch duty is an open period; the Saturday lunch break is closed', () => {
  expect(isOpenAt(hall, at('2026-11-30', '12:30'), TZ)).toBe(true);
  expect(periodsOn(hall, '2026-11-30')[1]).toMatchObject({ kind: 'lunch_duty', windows: 2 });
  expect(isOpenAt(hall, at('2026-12-05', '12:30'), TZ)).toBe(false);
  const lunch = issuingState(hall, at('2026-12-05', '12:30'), TZ, 'A');
  expect(lunch).toMatchObject({ status: 'closed_now', reason: 'between_periods' });
  expect(hhmm(lunch.nextOpening)).toBe('2026-12-05 13:00');
});

test('opening and closing edges: open at the first minute, closed at the last', () => {
  expect(isOpenAt(hall, at('2026-11-30', '08:29'), TZ)).toBe(false);
  expect(isOpenAt(hall, at('2026-11-30', '08:30'), TZ)).toBe(true);
  expect(isOpenAt(hall, at('2026-11-30', '17:29'), TZ)).toBe(true);
  expect(isOpenAt(hall, at('2026-11-30', '17:30'), TZ)).toBe(false);
  expect(hhmm(lastClosingOf(hall, '2026-12-02', TZ))).toBe('2026-12-02 20:00');
  expect(lastClosingOf(hall, '2026-12-06', TZ)).toBeNull();
});

test('the kiosk cutoff: issuing stops 30 minutes before a span ends; closing soon 15 minutes before that', () => {
  expect(issuingState(hall, at('2026-11-30', '16:30'), TZ, 'A')).toMatchObject({ status: 'open', cutoffAt: at('2026-11-30', '17:00') });
  expect(issuingState(hall, at('2026-11-30', '16:45'), TZ, 'A').status).toBe('closing_soon');
  const past = issuingState(hall, at('2026-11-30', '17:00'), TZ, 'A');
  expect(past).toMatchObject({ status: 'closed_for_today', reason: 'cutoff' });
  expect(hhmm(past.nextOpening)).toBe('2026-12-01 08:30');
  // No cutoff between back-to-back periods: 11:45 before lunch duty is plainly open.
  expect(issuingState(hall, at('2026-11-30', '11:45'), TZ, 'A').status).toBe('open');
  // Saturday's morning span has its own cutoff, and the afternoon opens the same day.
  const morning = issuingState(hall, at('2026-12-05', '11:40'), TZ, 'A');
  expect(morning).toMatchObject({ status: 'closed_now', reason: 'cutoff' });
  expect(hhmm(morning.nextOpening)).toBe('2026-12-05 13:00');
});

test('before opening, after closing, on a closed day: when it opens again', () => {
  const early = issuingState(hall, at('2026-11-30', '07:00'), TZ, 'A');
  expect(early).toMatchObject({ status: 'closed_now', reason: 'before_opening' });
  expect(hhmm(early.nextOpening)).toBe('2026-11-30 08:30');
  const night = issuingState(hall, at('2026-12-02', '21:00'), TZ, 'A');
  expect(night).toMatchObject({ status: 'closed_for_today', reason: 'after_closing' });
  expect(hhmm(night.nextOpening)).toBe('2026-12-03 08:30');
  const sunday = issuingState(hall, at('2026-12-06', '10:00'), TZ, 'A');
  expect(sunday).toMatchObject({ status: 'closed_for_today', reason: 'closed_day' });
  expect(hhmm(sunday.nextOpening)).toBe('2026-12-07 08:30');
  // After midnight the wall clock's day is the new business day.
  expect(hhmm(nextOpening(hall, at('2026-12-04', '23:59'), TZ))).toBe('2026-12-05 09:00');
  expect(nextOpening(hall, at('2026-11-30', '10:00'), TZ)).toBe(at('2026-11-30', '10:00'));
});

test('public holidays close the hall; make-up days keep the Monday–Friday hours', () => {
  const holiday = issuingState(hall, at('2026-10-01', '10:00'), TZ, 'A');
  expect(holiday).toMatchObject({ status: 'closed_for_today', reason: 'holiday' });
  // 10-03 and 10-04 are a plain weekend inside the holiday: Saturday hours apply, Sunday closed; then 10-05..08 holidays.
  expect(hhmm(holiday.nextOpening)).toBe('2026-10-03 09:00');
  expect(hhmm(nextOpening(hall, at('2026-10-04', '10:00'), TZ))).toBe('2026-10-09 08:30');
  // Sunday 09-27 and Saturday 10-10 are worked with Monday's hours (not Saturday's).
  expect(isOpenAt(hall, at('2026-09-27', '16:00'), TZ)).toBe(true);
  expect(spansOn(hall, '2026-10-10')).toEqual([{ start: 510, end: 1050 }]);
});

test('per-service exceptions: own periods on some weekdays, closed on others; the rest follow the hall', () => {
  expect(issuingState(hall, at('2026-12-04', '14:30'), TZ, 'S')).toMatchObject({ status: 'closed_for_today', reason: 'after_closing' });
  expect(issuingState(hall, at('2026-12-04', '14:30'), TZ, 'A').status).toBe('open');
  expect(issuingState(hall, at('2026-12-04', '11:00'), TZ, 'S').status).toBe('open');
  const r = issuingState(hall, at('2026-12-05', '10:00'), TZ, 'R');
  expect(r).toMatchObject({ status: 'closed_for_today', reason: 'service_closed_day' });
  expect(hhmm(r.nextOpening)).toBe('2026-12-07 08:30');
  expect(isOpenAt(hall, at('2026-12-05', '10:00'), TZ, 'R')).toBe(false);
  expect(isOpenAt(hall, at('2026-12-05', '10:00'), TZ)).toBe(true);
});

test('a full service is not issued again today: it says the next day it opens', () => {
  const full = issuingState(hall, at('2026-11-30', '10:00'), TZ, 'A', true);
  expect(full).toMatchObject({ status: 'full', reason: 'cap' });
  expect(hhmm(full.nextOpening)).toBe('2026-12-01 08:30');
  expect(issuing(full)).toBe(false);
  expect(issuing(issuingState(hall, at('2026-11-30', '10:00'), TZ, 'A'))).toBe(true);
});

test('the wall clock is the hall zone’s: 01:00 UTC is 09:00 in Shanghai, and a DST zone keeps its local hours', () => {
  expect(isOpenAt(hall, Date.UTC(2026, 10, 30, 1, 0), TZ)).toBe(true);
  expect(isOpenAt(hall, Date.UTC(2026, 10, 30, 1, 0), 'Europe/Berlin')).toBe(false); // 02:00 in Berlin
  // Berlin on the Monday after the spring change (2026-03-30): 08:30 local is 06:30 UTC, not 07:30.
  expect(nextOpening(hall, Date.UTC(2026, 2, 30, 5, 0), 'Europe/Berlin')).toBe(Date.UTC(2026, 2, 30, 6, 30));
});

test('a schedule that never issues (cutoff longer than every period) has no next opening, without looping', () => {
  const never = { ...hall, cutoffMinutes: 24 * 60 };
  expect(nextOpening(never, at('2026-11-30', '10:00'), TZ)).toBeNull();
  expect(issuingState(never, at('2026-11-30', '10:00'), TZ, 'A')).toMatchObject({ status: 'closed_for_today', nextOpening: null });
});
