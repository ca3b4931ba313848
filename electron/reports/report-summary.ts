// reports.summary's answer from the store: the figures of a range for the hall and per slice. Shared
// by the command and the xlsx export (which asks for every slice at once, in one read of the range).
import type { Database } from 'better-sqlite3';
import type { ReportDimension, ReportSummary } from '../contract';
import type { FirstTimes } from './first-times';
import { emptyTally, figures, type Tally } from './kpi';
import { reportTalliesBy, reportTalliesPaced, type DimensionTallies } from './report-facts';

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
export function reportSummaries(db: Database, q: SummaryQuery, dims: readonly ReportDimension[]): Map<ReportDimension, ReportSummary> {
  return summariesOf(q, dims, reportTalliesBy(db, { ...q, targetWaitSeconds: q.targetWaitMinutes * 60 }, withHall(dims)));
}

/** The same, waiting on `between` every few thousand rows (the xlsx export: the hall answers meanwhile). */
export async function reportSummariesPaced(
  db: Database,
  q: SummaryQuery,
  dims: readonly ReportDimension[],
  between: () => Promise<void>,
  firsts?: FirstTimes,
): Promise<Map<ReportDimension, ReportSummary>> {
  return summariesOf(q, dims, await reportTalliesPaced(db, { ...q, targetWaitSeconds: q.targetWaitMinutes * 60 }, withHall(dims), between, firsts));
}

const withHall = (dims: readonly ReportDimension[]): ReportDimension[] => (dims.includes('hall') ? [...dims] : ['hall', ...dims]);

function summariesOf(q: SummaryQuery, dims: readonly ReportDimension[], tallies: DimensionTallies): Map<ReportDimension, ReportSummary> {
  const hall = tallies.get('hall')!;
  return new Map(dims.map((by) => [by, summaryOf(q, by, tallies.get(by)!, hall)]));
}

export const reportSummary = (db: Database, q: SummaryQuery, by: ReportDimension): ReportSummary => reportSummaries(db, q, [by]).get(by)!;
