// reports.summary's answer from the store: the figures of a range for the hall and per slice. Shared
// by the command and the xlsx export (which asks for every slice at once, in one read of the range).
// Each is steps (core/steps.ts): paced for a transport's request, straight through in process.
import type { Database } from 'better-sqlite3';
import type { ReportDimension, ReportSummary } from '../contract';
import { runThrough, type Steps } from '../core/steps';
import type { FirstTimes } from './first-times';
import { emptyTally, figures, type Tally } from './kpi';
import { talliesSteps, type DimensionTallies } from './report-facts';

export interface SummaryQuery {
  from: string;
  to: string;
  targetWaitMinutes: number;
  timeZone: string;
  now: number;
}

function summaryOf(q: SummaryQuery, by: ReportDimension, slices: Map<string, Tally>, hall: Map<string, Tally>): ReportSummary {
  const total = figures(hall.get('hall') ?? emptyTally());
  const rows = [...slices].sort(([a], [b]) => a.localeCompare(b, 'en', { numeric: true })).map(([key, tally]) => ({ key, figures: figures(tally) }));
  return { from: q.from, to: q.to, by, targetWaitMinutes: q.targetWaitMinutes, total, rows };
}

/** One summary per dimension asked for; the total is read as the hall, not summed from the slices (a ticket's clerk may be unknown). */
export function* summariesSteps(
  db: Database,
  q: SummaryQuery,
  dims: readonly ReportDimension[],
  firsts?: FirstTimes,
): Steps<Map<ReportDimension, ReportSummary>> {
  return summariesOf(q, dims, yield* talliesSteps(db, { ...q, targetWaitSeconds: q.targetWaitMinutes * 60 }, withHall(dims), firsts));
}

const withHall = (dims: readonly ReportDimension[]): ReportDimension[] => (dims.includes('hall') ? [...dims] : ['hall', ...dims]);

function summariesOf(q: SummaryQuery, dims: readonly ReportDimension[], tallies: DimensionTallies): Map<ReportDimension, ReportSummary> {
  const hall = tallies.get('hall')!;
  return new Map(dims.map((by) => [by, summaryOf(q, by, tallies.get(by)!, hall)]));
}

export function* summarySteps(db: Database, q: SummaryQuery, by: ReportDimension): Steps<ReportSummary> {
  return (yield* summariesSteps(db, q, [by])).get(by)!;
}

export const reportSummary = (db: Database, q: SummaryQuery, by: ReportDimension): ReportSummary => runThrough(summarySteps(db, q, by));
