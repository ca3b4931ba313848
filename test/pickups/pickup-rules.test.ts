// The pure rules of a pickup record: the promised day in working days, the state machine, overdue.
import { describe, expect, test } from 'vitest';
import { pickupStates, type PickupState } from '../../electron/contract';
import { checkTransition, isOverdue, nextStates, promisedDayOf } from '../../electron/pickups/pickup-rules';
import { noHolidays, type WorkCalendar } from '../../electron/shared/calendar/working-days';

describe('the promised day', () => {
  test('accepted on a Friday with 1 working day: due on Monday', () => {
    expect(promisedDayOf('2026-11-27', 1, noHolidays)).toBe('2026-11-30');
  });

  test('10 working days from a Monday: two weeks later, on the Monday', () => {
    expect(promisedDayOf('2026-11-23', 10, noHolidays)).toBe('2026-12-07');
  });

  test('across a holiday with a calendar passed in, and a make-up Saturday counts', () => {
    // 2026 National Day: Oct 1–7 off, Sat Oct 10 worked (调休上班), as a calendar would say.
    const calendar: WorkCalendar = {
      holidays: ['2026-10-01', '2026-10-02', '2026-10-05', '2026-10-06', '2026-10-07'],
      makeupDays: ['2026-10-10'],
    };
    expect(promisedDayOf('2026-09-30', 1, calendar)).toBe('2026-10-08');
    expect(promisedDayOf('2026-09-30', 3, calendar)).toBe('2026-10-10');
    expect(promisedDayOf('2026-09-30', 3, noHolidays)).toBe('2026-10-05');
  });

  test('an item that promises no days has no promised day', () => {
    expect(promisedDayOf('2026-11-27', null, noHolidays)).toBeNull();
  });
});

describe('the state machine', () => {
  const allowed: [PickupState, PickupState][] = [
    ['accepted', 'processing'],
    ['processing', 'ready'],
    ['ready', 'handed_over'],
    ['ready', 'delivered'],
  ];
  const all = pickupStates.flatMap((from) => pickupStates.map((to) => [from, to] as [PickupState, PickupState]));

  test('exactly these changes are allowed', () => {
    expect(all.filter(([from, to]) => nextStates[from].includes(to))).toEqual(allowed);
  });

  test.each(allowed)('%s → %s is allowed', (from, to) => {
    expect(() => checkTransition('123456', from, to)).not.toThrow();
  });

  const refused = all.filter(([from, to]) => !nextStates[from].includes(to));
  test.each(refused)('%s → %s is refused with a clear conflict', (from, to) => {
    let caught: unknown;
    try {
      checkTransition('123456', from, to);
    } catch (error) {
      caught = error;
    }
    expect(caught).toMatchObject({ code: 'conflict', reason: 'pickup_state', field: 'to' });
    expect((caught as Error).message).toMatch(new RegExp(`^pickup 123456 is ${from}: (it can only become|it is final)`));
  });
});

test('overdue: past the promised day and still open', () => {
  expect(isOverdue('ready', '2026-11-27', '2026-11-30')).toBe(true);
  expect(isOverdue('accepted', '2026-11-27', '2026-11-27')).toBe(false);
  expect(isOverdue('handed_over', '2026-11-27', '2026-11-30')).toBe(false);
  expect(isOverdue('delivered', '2026-11-27', '2026-11-30')).toBe(false);
  expect(isOverdue('processing', null, '2026-11-30')).toBe(false);
});
