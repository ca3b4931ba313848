// The monthly appraisal sheet (月考核) per clerk: the month's figures of the tickets and ratings that
// carry the clerk (the report's tallies by clerk, figures() of kpi.ts: 办件量, 评价率, 满意率, the stars,
// 综合得分, 差评 and 整改率, overdue cases, average handling and wait) and the 倒休 hours of the duty
// report. Every active clerk gets a sheet, and so does anyone retired who worked in the month.
import type { Database } from 'better-sqlite3';
import { HallFault, type AppraisalReport } from '../contract';
import type { Steps } from '../core/steps';
import type { HallSchedule } from '../shared/calendar/schedule';
import { dutyReportSteps } from './duty-report';
import { noDuty } from './duty-split';
import { emptyTally, figures } from './kpi';
import { talliesSteps } from './report-facts';

export interface AppraisalQuery {
  /** yyyy-MM */
  month: string;
  clerkId?: string | undefined;
  timeZone: string;
  now: number;
  hallName: string;
}

/** The service level is no appraisal figure; the report's default target is kept for its tally. */
const TARGET_WAIT_SECONDS = 15 * 60;

/** First and last day of a month yyyy-MM. */
export function monthDays(month: string): { from: string; to: string } {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return { from: `${month}-01`, to: `${month}-${String(last).padStart(2, '0')}` };
}

/** The sheets as steps (core/steps.ts): the month's tallies, then its duty report. */
export function* appraisalSteps(db: Database, schedule: HallSchedule, q: AppraisalQuery): Steps<AppraisalReport> {
  const { from, to } = monthDays(q.month);
  const users = db.prepare("SELECT id, name, role, active FROM users WHERE role = 'clerk' OR id IN (SELECT user_id FROM duty)").all() as {
    id: string;
    name: string;
    active: number;
  }[];
  if (q.clerkId !== undefined && !users.some((u) => u.id === q.clerkId)) throw new HallFault('not_found', `no such clerk: ${q.clerkId}`, 'clerkId');
  const query = { from, to, targetWaitSeconds: TARGET_WAIT_SECONDS, timeZone: q.timeZone, now: q.now };
  const tallies = (yield* talliesSteps(db, query, ['clerk'])).get('clerk')!;
  const duty = new Map(
    (yield* dutyReportSteps(db, schedule, { from, to, clerkId: q.clerkId, timeZone: q.timeZone, now: q.now })).clerks.map((c) => [c.clerkId, c]),
  );
  const sheets = users
    .filter((u) => (q.clerkId === undefined ? u.active === 1 || tallies.has(u.id) || duty.has(u.id) : u.id === q.clerkId))
    .sort((a, b) => a.id.localeCompare(b.id, 'en', { numeric: true }))
    .map((u) => ({
      clerkId: u.id,
      name: u.name,
      figures: figures(tallies.get(u.id) ?? emptyTally()),
      duty: duty.get(u.id)?.seconds ?? noDuty(),
      daysWorked: duty.get(u.id)?.daysWorked ?? 0,
    }));
  return { month: q.month, from, to, hallName: q.hallName, sheets };
}
