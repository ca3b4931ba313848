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

type Piece = { from: number; to: number; category: Category };

/** A hall-local day cut into stretches by its periods, each with its category, in epoch seconds. */
function dayPieces(schedule: HallSchedule, day: string, timeZone: string): Piece[] {
  const at = (minute: number) => toSecond(instantOf(minute === 1440 ? shiftDay(day, 1) : day, minute % 1440, timeZone));
  if (!isWorkingDay(day, schedule.calendar)) return [{ from: at(0), to: at(1440), category: 'weekend' }];
  const pieces: Piece[] = [];
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

/**
 * The seconds of worked intervals (whole seconds, from workedIntervals) by category. `cuts`: the days
 * cut so far, kept for the report's other shifts (dutySplitter: cutting a day takes a dozen time-zone
 * conversions, and a year's report has thousands of shifts on a few hundred days).
 */
export function splitWorked(worked: readonly Interval[], schedule: HallSchedule, timeZone: string, cuts = dayCuts(schedule, timeZone)): DutySeconds {
  const out = noDuty();
  for (const w of worked) {
    const last = cuts.dayAt((w.to - 1) * 1000);
    // A shift past midnight goes on into the next day's pieces (bounded: a shift is at most days long).
    for (let day = cuts.dayAt(w.from * 1000); day <= last; day = shiftDay(day, 1)) {
      for (const piece of cuts.pieces(day)) {
        const overlap = Math.min(w.to, piece.to) - Math.max(w.from, piece.from);
        if (overlap > 0) out[piece.category] += overlap;
      }
    }
  }
  out.extra = out.weekend + out.lunch + out.evening;
  return out;
}

const QUARTER_HOUR_MS = 900_000;

/**
 * A day's pieces and an instant's day on the hall's wall clock, each worked out once. Every zone's
 * midnight falls on a whole quarter hour of UTC, so all instants of one quarter hour share their day.
 */
function dayCuts(schedule: HallSchedule, timeZone: string): { pieces(day: string): Piece[]; dayAt(ms: number): string } {
  const pieces = new Map<string, Piece[]>();
  const days = new Map<number, string>();
  return {
    pieces(day) {
      let cut = pieces.get(day);
      if (!cut) pieces.set(day, (cut = dayPieces(schedule, day, timeZone)));
      return cut;
    },
    dayAt(ms) {
      const quarter = Math.floor(ms / QUARTER_HOUR_MS);
      let day = days.get(quarter);
      if (day === undefined) days.set(quarter, (day = wallClockOf(quarter * QUARTER_HOUR_MS, timeZone).day));
      return day;
    },
  };
}

/** splitWorked for one report: the same schedule and zone for every shift, each day cut once. */
export function dutySplitter(schedule: HallSchedule, timeZone: string): (worked: readonly Interval[]) => DutySeconds {
  const cuts = dayCuts(schedule, timeZone);
  return (worked) => splitWorked(worked, schedule, timeZone, cuts);
}
