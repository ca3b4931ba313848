// The 倒休 duty report read from the store: each duty row (a sign-in at a window) of a range of business
// days, less its window's pauses (the same pause intervals as the reports' signed-in time,
// report-facts.ts), split by the hall's schedule (duty-split.ts), summed per clerk.
import type { Database } from 'better-sqlite3';
import type { DutyClerk, DutyReport } from '../contract';
import type { Steps } from '../core/steps';
import type { HallSchedule } from '../shared/calendar/schedule';
import { addDuty, dutySplitter, noDuty, workedIntervals } from './duty-split';
import { pauseIntervalsSteps } from './pause-intervals';

export interface DutyQuery {
  from: string;
  to: string;
  clerkId?: string | undefined;
  timeZone: string;
  /** A shift (or a pause) still open counts up to now. */
  now: number;
}

interface DutyRow {
  user_id: string;
  name: string;
  window_no: number;
  business_day: string;
  signed_in_at: number;
  signed_out_at: number | null;
}

/** Shifts split in one step (each takes a few time-zone conversions). */
const SHIFTS_A_STEP = 200;

const byClerkId = (a: { clerkId: string }, b: { clerkId: string }) => a.clerkId.localeCompare(b.clerkId, 'en', { numeric: true });

/** The report as steps (core/steps.ts): the pauses are read a day at a time. */
export function* dutyReportSteps(db: Database, schedule: HallSchedule, q: DutyQuery): Steps<DutyReport> {
  const rows = db
    .prepare(
      `SELECT d.user_id, u.name, d.window_no, d.business_day, d.signed_in_at, d.signed_out_at
       FROM duty d JOIN users u ON u.id = d.user_id
       WHERE d.business_day BETWEEN ? AND ? AND (? IS NULL OR d.user_id = ?) ORDER BY d.signed_in_at, d.id`,
    )
    .all(q.from, q.to, q.clerkId ?? null, q.clerkId ?? null) as DutyRow[];
  const pauses = yield* pauseIntervalsSteps(db, [q.from, q.to], q.now);
  const clerks = new Map<string, DutyClerk & { days: Set<string> }>();
  const split = dutySplitter(schedule, q.timeZone);
  let shifts = 0;
  for (const r of rows) {
    if (++shifts % SHIFTS_A_STEP === 0) yield;
    const to = r.signed_out_at ?? Math.max(q.now, r.signed_in_at);
    const shift = { from: r.signed_in_at, to };
    const windowPauses = pauses.get(r.window_no) ?? [];
    const worked = workedIntervals(shift, windowPauses);
    const seconds = split(worked);
    const shiftSeconds = Math.floor(to / 1000) - Math.floor(r.signed_in_at / 1000);
    const workedSeconds = worked.reduce((sum, w) => sum + w.to - w.from, 0);
    let clerk = clerks.get(r.user_id);
    if (!clerk) clerks.set(r.user_id, (clerk = { clerkId: r.user_id, name: r.name, daysWorked: 0, seconds: noDuty(), shifts: [], days: new Set() }));
    clerk.days.add(r.business_day);
    clerk.seconds = addDuty(clerk.seconds, seconds);
    clerk.shifts.push({
      day: r.business_day,
      windowNo: r.window_no,
      from: r.signed_in_at,
      to,
      open: r.signed_out_at === null,
      pausedSeconds: shiftSeconds - workedSeconds,
      seconds,
    });
  }
  const list = [...clerks.values()].map(({ days, ...c }) => ({ ...c, daysWorked: days.size })).sort(byClerkId);
  return { from: q.from, to: q.to, timeZone: q.timeZone, clerks: list, total: list.reduce((sum, c) => addDuty(sum, c.seconds), noDuty()) };
}
