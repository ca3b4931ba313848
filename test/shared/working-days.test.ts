// Working-day arithmetic on a 2026 calendar shaped like those the State Council publishes: a National Day
// holiday (Thursday 10-01 to Thursday 10-08) with make-up working days on Sunday 09-27 and Saturday
// 10-10, the pattern of a real National Day; and a plain week around it.
import { expect, test } from 'vitest';
import {
  addWorkingDays,
  isWorkingDay,
  noHolidays,
  shiftDay,
  weekdayOf,
  workingDaysBetween,
  type WorkCalendar,
} from '../../electron/shared/calendar/working-days';

const nationalDay: WorkCalendar = {
  holidays: ['2026-10-01', '2026-10-02', '2026-10-05', '2026-10-06', '2026-10-07', '2026-10-08'],
  makeupDays: ['2026-09-27', '2026-10-10'],
};

test('weekdays and dates: 2026-11-30 is a Monday; shifting crosses months and years', () => {
  expect(weekdayOf('2026-11-30')).toBe(1);
  expect(weekdayOf('2026-12-06')).toBe(7);
  expect(shiftDay('2026-12-31', 1)).toBe('2027-01-01');
  expect(shiftDay('2028-03-01', -1)).toBe('2028-02-29');
  expect(() => weekdayOf('2026-02-30')).toThrow(/no such date/);
  expect(() => weekdayOf('2026-2-3')).toThrow(/YYYY-MM-DD/);
});

test('a plain week: Monday to Friday work, the weekend does not', () => {
  const days = ['2026-11-30', '2026-12-01', '2026-12-02', '2026-12-03', '2026-12-04', '2026-12-05', '2026-12-06'];
  expect(days.map((d) => isWorkingDay(d, noHolidays))).toEqual([true, true, true, true, true, false, false]);
});

test('holidays do not work, make-up days do', () => {
  expect(isWorkingDay('2026-10-01', nationalDay)).toBe(false); // Thursday, holiday
  expect(isWorkingDay('2026-09-27', nationalDay)).toBe(true); // Sunday, make-up
  expect(isWorkingDay('2026-10-10', nationalDay)).toBe(true); // Saturday, make-up
  expect(isWorkingDay('2026-10-03', nationalDay)).toBe(false); // Saturday
});

test('adding working days skips weekends and holidays and counts make-up days', () => {
  expect(addWorkingDays('2026-12-04', 1, noHolidays)).toBe('2026-12-07'); // Friday + 1 → Monday
  expect(addWorkingDays('2026-12-01', 5, noHolidays)).toBe('2026-12-08');
  expect(addWorkingDays('2026-12-05', 0, noHolidays)).toBe('2026-12-07'); // accepted on a Saturday: due Monday
  expect(addWorkingDays('2026-12-02', 0, noHolidays)).toBe('2026-12-02');
  // Accepted on Tuesday 09-29 with 3 working days: 09-30 (1), Friday 10-09 after the holiday (2), make-up Saturday 10-10 (3).
  expect(addWorkingDays('2026-09-29', 3, nationalDay)).toBe('2026-10-10');
  expect(addWorkingDays('2026-09-26', 1, nationalDay)).toBe('2026-09-27'); // Saturday + 1 → make-up Sunday
  expect(() => addWorkingDays('2026-12-01', -1, noHolidays)).toThrow(RangeError);
  expect(() => addWorkingDays('2026-12-01', 1.5, noHolidays)).toThrow(RangeError);
});

test('a calendar with no working day is refused, not looped over', () => {
  const holidays = Array.from({ length: 800 }, (_, i) => shiftDay('2026-01-01', i));
  expect(() => addWorkingDays('2026-01-01', 1, { holidays, makeupDays: [] })).toThrow(/no working day within a year/);
  expect(() => addWorkingDays('2026-01-01', 0, { holidays, makeupDays: [] })).toThrow(/no working day within a year/);
});

test('working days between two dates: how many working days late a promise is', () => {
  expect(workingDaysBetween('2026-12-04', '2026-12-07', noHolidays)).toBe(1);
  expect(workingDaysBetween('2026-09-29', '2026-10-10', nationalDay)).toBe(3);
  expect(workingDaysBetween('2026-12-07', '2026-12-04', noHolidays)).toBe(0);
});
