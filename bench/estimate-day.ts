// The wait estimate against what then happens, over a simulated day (simulated-day.ts) run through
// the real engine on a ManualClock: the absolute error of each ticket's "预计等候 M 分钟".
import { estimateErrors, simulateDay } from './simulated-day';
import { withTempHall } from './util';

export function benchEstimateDay(seed = 20261123) {
  return withTempHall((hall, _dir, clock) => {
    const day = simulateDay(hall, clock, { seed });
    return { ...estimateErrors(day), priority: day.filter((x) => x.priority === 'priority').length };
  });
}
