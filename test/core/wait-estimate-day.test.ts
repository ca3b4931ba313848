// The estimate against what then happens: a simulated morning (bench/simulated-day.ts) run through
// the real engine on a ManualClock, every ticket's "预计等候" compared with when it was really called.
import { afterEach, expect, test } from 'vitest';
import { estimateErrors, simulateDay } from '../../bench/simulated-day';
import { HANDLE_SAMPLE, WaitEstimates } from '../../electron/core/wait-estimates';
import { openSeededHall, type TestHall } from '../support/hall';

let t: TestHall;
afterEach(() => t.cleanup());

test('over a simulated morning the estimate is close to the real wait (median within 2 minutes, p90 within 10)', () => {
  t = openSeededHall();
  const day = simulateDay(t.hall, t.clock, { seed: 20261123, hours: 3 });
  expect(day.length).toBeGreaterThan(60);
  expect(day.every((x) => x.calledAt !== null)).toBe(true);
  const errors = estimateErrors(day);
  expect(errors.median).toBeLessThanOrEqual(2);
  expect(errors.p90).toBeLessThanOrEqual(10);
  // The residents who were told they would wait longer really did: estimate and real wait go together.
  const long = day.filter((x) => x.estimatedWaitMinutes >= 10);
  const short = day.filter((x) => x.estimatedWaitMinutes <= 2);
  const meanReal = (list: typeof day) => list.reduce((s, x) => s + (x.calledAt! - x.issuedAt), 0) / list.length / 60_000;
  if (long.length > 0 && short.length > 0) expect(meanReal(long)).toBeGreaterThan(meanReal(short) + 5);
  // A ticket told nobody is ahead was called within the handling time of one ticket.
  for (const x of day.filter((d) => d.ahead === 0)) expect(x.calledAt! - x.issuedAt).toBeLessThanOrEqual(20 * 60_000);
});

test("a service's handling time is the median call → finish of its last done tickets today", () => {
  t = openSeededHall();
  simulateDay(t.hall, t.clock, { seed: 7, hours: 1 });
  const estimates = new WaitEstimates(t.hall.db, t.hall.engine.config);
  const times = estimates.handleTimes(t.hall.engine.businessDay);
  const rows = t.hall.db
    .prepare("SELECT finished_at - called_at AS ms FROM tickets WHERE service_id = 'A' AND state = 'done' ORDER BY finished_at DESC, id DESC")
    .all() as { ms: number }[];
  const sample = rows
    .slice(0, HANDLE_SAMPLE)
    .map((r) => r.ms)
    .sort((a, b) => a - b);
  expect(sample.length).toBeGreaterThan(3);
  const mid = sample.length >> 1;
  expect(times.get('A')).toBe(sample.length % 2 ? sample[mid] : (sample[mid - 1]! + sample[mid]!) / 2);
});
