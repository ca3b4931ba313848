// How a clerk's signed-in time splits by what the hall's schedule says it was (the 倒休 duty report):
// a weekend day or public holiday counts whole as `weekend`; on a working day (Monday–Friday less the
// holidays, plus the 调休上班 make-up days, which keep Monday's periods) each period counts by its kind
// (regular, lunch duty, evening) and the time outside every period as `outside`. Shifts are cut exactly
// at the periods' boundaries on the hall's wall clock. The calendar is the hours capability's own
// (periodsOn, isWorkingDay): nothing of it is re-implemented here.
// Pure: times in, seconds out. Every instant is first taken to its whole second, so the categories of
// a shift add up exactly to its worked seconds.
import type { DutySeconds } from '../contract';
import { instantOf, minutesOf, periodsOn, wallClockOf, type HallSchedule, type PeriodKind } from '../shared/calendar/schedule';
import { isWorkingDay, shiftDay } from '../shared/calendar/working-days';

/** A stretch of time, in epoch ms (from inclusive, to exclusive). */
export interface Interval {
  from: number;
  to: number;
}

type Category = Exclude<keyof DutySeconds, 'extra'>;

const categoryOf: Record<PeriodKind, Category> = { regular: 'regular', lunch_duty: 'lunch', evening: 'evening' };

export const noDuty = (): DutySeconds => ({ regular: 0, weekend: 0, lunch: 0, evening: 0, outside: 0, extra: 0 });

export function addDuty(a: DutySeconds, b: DutySeconds): DutySeconds {
  return {
    regular: a.regular + b.regular,
    weekend: a.weekend + b.weekend,
    lunch: a.lunch + b.lunch,
    evening: a.evening + b.evening,
    outside: a.outside + b.outside,
    extra: a.extra + b.extra,
  };
}

const toSecond = (ms: number) => Math.floor(ms / 1000);

/** A shift's worked time in whole seconds: sign-in to sign-out less every pause that overlaps it. */
export function workedIntervals(shift: Interval, pauses: readonly Interval[]): Interval[] {
  let worked: Interval[] = [{ from: toSecond(shift.from), to: toSecond(shift.to) }];
  for (const p of pauses) {
    const from = toSecond(p.from);
    const to = toSecond(p.to);
    worked = worked.flatMap((w) => {
      if (to <= w.from || from >= w.to) return [w];
      const left = { from: w.from, to: Math.max(w.from, from) };
      const right = { from: Math.min(w.to, to), to: w.to };
      return [left, right].filter((i) => i.to > i.from);
    });
  }
  return worked.filter((w) => w.to > w.from);
}

/** A hall-local day cut into stretches by its periods, each with its category, in epoch seconds. */
function dayPieces(schedule: HallSchedule, day: string, timeZone: string): { from: number; to: number; category: Category }[] {
  const at = (minute: number) => toSecond(instantOf(minute === 1440 ? shiftDay(day, 1) : day, minute % 1440, timeZone));
  if (!isWorkingDay(day, schedule.calendar)) return [{ from: at(0), to: at(1440), category: 'weekend' }];
  const pieces: { from: number; to: number; category: Category }[] = [];
  let cursor = 0;
  for (const p of periodsOn(schedule, day)) {
    const start = Math.max(minutesOf(p.start), cursor);
    const end = minutesOf(p.end);
    if (start > cursor) pieces.push({ from: at(cursor), to: at(start), category: 'outside' });
    if (end > start) pieces.push({ from: at(start), to: at(end), category: categoryOf[p.kind] });
    cursor = Math.max(cursor, end);
  }
  if (cursor < 1440) pieces.push({ from: at(cursor), to: at(1440), category: 'outside' });
  return pieces;
}

/** The seconds of worked intervals (whole seconds, from workedIntervals) by category. */
export function splitWorked(worked: readonly Interval[], schedule: HallSchedule, timeZone: string): DutySeconds {
  const out = noDuty();
  for (const w of worked) {
    const last = wallClockOf((w.to - 1) * 1000, timeZone).day;
    // A shift past midnight goes on into the next day's pieces (bounded: a shift is at most days long).
    for (let day = wallClockOf(w.from * 1000, timeZone).day; day <= last; day = shiftDay(day, 1)) {
      for (const piece of dayPieces(schedule, day, timeZone)) {
        const overlap = Math.min(w.to, piece.to) - Math.max(w.from, piece.from);
        if (overlap > 0) out[piece.category] += overlap;
      }
    }
  }
  out.extra = out.weekend + out.lunch + out.evening;
  return out;
}
