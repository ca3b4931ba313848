// The report figures on a hand-built day whose answers are worked out by hand, and the property that
// makes a month's report the same whether computed a day at a time or at once: tallies merge.
import fc from 'fast-check';
import { expect, test } from 'vitest';
import { addRating, addShift, addTicket, emptyTally, figures, mergeTallies, wholeSeconds, type RatingFact, type TicketFact } from '../../electron/reports/kpi';

const TARGET = 15 * 60; // the hall's target wait: 15 minutes

const served = (waitSeconds: number, handleSeconds: number): TicketFact => ({ arrival: true, end: 'served', waitSeconds, handleSeconds });
const rating = (level: number | null, extra: Partial<RatingFact> = {}): RatingFact => ({
  status: level === null ? 'not_rated' : 'rated',
  level,
  excluded: false,
  followup: null,
  ...extra,
});

/** A small day: 7 residents came, one was transferred on (its second ticket is no arrival), one did not come up. */
function handBuiltDay() {
  const t = emptyTally();
  addTicket(t, served(300, 600), TARGET); // 5′ wait, 10′ at the window
  addTicket(t, served(1200, 300), TARGET); // 20′: over the target
  addTicket(t, served(900, 420), TARGET); // exactly the target: within it
  addTicket(t, { arrival: true, end: 'other', waitSeconds: 600, handleSeconds: null }, TARGET); // transferred on after a 10′ wait…
  addTicket(t, { arrival: false, end: 'served', waitSeconds: 60, handleSeconds: 480 }, TARGET); // …served at the other service
  addTicket(t, { arrival: true, end: 'no_show', waitSeconds: 1800, handleSeconds: null }, TARGET); // called (after recalls), never came
  addTicket(t, { arrival: true, end: 'other', waitSeconds: null, handleSeconds: null }, TARGET); // still waiting at closing: expired
  addTicket(t, { arrival: true, end: 'served', waitSeconds: 0, handleSeconds: 0 }, TARGET); // 绿色通道, a quick question
  addRating(t, rating(5));
  addRating(t, rating(4));
  addRating(t, rating(2, { followup: { closed: true, overdue: false } })); // 差评, 整改 done
  addRating(t, rating(1, { followup: { closed: false, overdue: true } })); // 差评, case overdue
  addRating(t, rating(null)); // timed out: 未评价
  addRating(t, rating(1, { excluded: true, followup: { closed: true, overdue: false } })); // 申诉 upheld: mistaken
  addShift(t, 4 * 3600); // one clerk signed in 4 h (less a pause)
  return t;
}

test('a hand-built day: every figure by its formula', () => {
  const f = figures(handBuiltDay());
  expect(f).toMatchObject({ arrived: 7, served: 5, maxWaitSeconds: 1800, rated: 4, bad: 2, overdue: 1, notRated: 1, excluded: 1, defaulted: 0 });
  expect(f.servedRate).toBeCloseTo(5 / 7); // served ÷ arrived (the transfer's second ticket is served, its arrival counted once)
  expect(f.noShowRate).toBeCloseTo(1 / 7);
  expect(f.avgWaitSeconds).toBe(Math.round((300 + 1200 + 900 + 600 + 60 + 1800 + 0) / 7)); // 694: of the 7 called
  expect(f.serviceLevel).toBeCloseTo(5 / 7); // 300, 900, 600, 60, 0 within 15′
  expect(f.avgHandleSeconds).toBe((600 + 300 + 420 + 480 + 0) / 5); // 360
  expect(f.utilisation).toBeCloseTo(1800 / (4 * 3600)); // the handling seconds above ÷ signed-in seconds
  expect(f.servedPerStaffHour).toBeCloseTo(5 / 4);
  expect(f.ratedRate).toBeCloseTo(4 / 5); // residents' ratings ÷ served
  expect(f.satisfaction).toBeCloseTo(2 / 4); // (5 + 4) ÷ rated
  expect(f.score).toBeCloseTo((10 + 8 + 3 + 0) / 4);
  expect(f.stars).toEqual([1, 1, 0, 1, 1]);
  expect(f.rectifyRate).toBeCloseTo(1 / 2);
});

test('an empty range: counts are 0 and every ratio is null, never a 0% that did not happen', () => {
  const f = figures(emptyTally());
  expect(f).toMatchObject({ arrived: 0, served: 0, rated: 0, bad: 0 });
  for (const key of [
    'servedRate',
    'noShowRate',
    'avgWaitSeconds',
    'maxWaitSeconds',
    'serviceLevel',
    'avgHandleSeconds',
    'utilisation',
    'ratedRate',
    'satisfaction',
    'score',
    'rectifyRate',
  ] as const) {
    expect(f[key], key).toBeNull();
  }
});

test('a hall default level is not a resident’s rating: counted apart, out of 评价率 and 满意率', () => {
  const t = emptyTally();
  addTicket(t, served(60, 60), TARGET);
  addRating(t, { status: 'defaulted', level: 5, excluded: false, followup: null });
  expect(figures(t)).toMatchObject({ rated: 0, defaulted: 1, ratedRate: 0, satisfaction: null });
});

test('durations are whole seconds of the event times', () => {
  expect(wholeSeconds(1_000, 2_999)).toBe(1);
  expect(wholeSeconds(0, 59_999)).toBe(59);
});

const ticketFact: fc.Arbitrary<TicketFact> = fc.record({
  arrival: fc.boolean(),
  end: fc.constantFrom('served' as const, 'no_show' as const, 'other' as const),
  waitSeconds: fc.option(fc.nat({ max: 4 * 3600 })),
  handleSeconds: fc.option(fc.nat({ max: 3600 })),
});
const ratingFact: fc.Arbitrary<RatingFact> = fc.record({
  status: fc.constantFrom('awaiting' as const, 'rated' as const, 'not_rated' as const, 'defaulted' as const),
  level: fc.option(fc.integer({ min: 1, max: 5 })),
  excluded: fc.boolean(),
  followup: fc.option(fc.record({ closed: fc.boolean(), overdue: fc.boolean() })),
});
const day = fc.record({
  tickets: fc.array(ticketFact, { maxLength: 30 }),
  ratings: fc.array(ratingFact, { maxLength: 20 }),
  staff: fc.nat(36_000),
  busy: fc.nat(36_000),
});

test('a month computed day by day and merged equals the month computed at once', () => {
  fc.assert(
    fc.property(fc.array(day, { maxLength: 31 }), (days) => {
      const whole = emptyTally();
      let merged = emptyTally();
      for (const d of days) {
        const one = emptyTally();
        for (const target of [one, whole]) {
          for (const f of d.tickets) addTicket(target, f, TARGET);
          for (const r of d.ratings) addRating(target, r);
          addShift(target, d.staff);
        }
        merged = mergeTallies(merged, one);
      }
      expect(figures(merged)).toEqual(figures(whole));
    }),
    { numRuns: 200 },
  );
});
