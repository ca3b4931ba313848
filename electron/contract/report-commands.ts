// Commands of the reports capability (issue 15): the manager's figures for a range of business days,
// as data, as a CSV file (the admin page's download; GET /api/reports/summary.csv) and the plan of the
// streamed xlsx export (GET /api/reports/export.xlsx).
import { z } from 'zod';
import { calendarDay, pacedCommand } from './command-spec';
import { reportDimensions, type ReportExportPlan, type ReportFile, type ReportSummary } from './report-views';
import type { Role } from './views';

const managerOnly: Role[] = [];
/** The longest range one report covers: a year (and a leap day). */
export const REPORT_MAX_DAYS = 366;

const dayNumber = (day: string) => Date.parse(`${day}T00:00:00Z`) / 86_400_000;

const range = {
  from: calendarDay,
  to: calendarDay,
  /** Service level: the share of tickets called within this wait. */
  targetWaitMinutes: z.coerce.number().int().min(1).max(240).default(15),
};
const query = { ...range, by: z.enum(reportDimensions).default('hall') };
const lang = z.enum(['zh-CN', 'zh-TW', 'en']).default('zh-CN');

function checkRange(q: { from: string; to: string }, check: z.RefinementCtx): void {
  const days = dayNumber(q.to) - dayNumber(q.from) + 1;
  if (days < 1) check.addIssue({ code: 'custom', path: ['to'], message: 'to must not be before from' });
  else if (days > REPORT_MAX_DAYS) check.addIssue({ code: 'custom', path: ['to'], message: `a report covers at most ${REPORT_MAX_DAYS} days` });
}

export const reportCommands = {
  'reports.summary': pacedCommand<ReportSummary>()(managerOnly, z.strictObject(query).superRefine(checkRange)),
  /**
   * Several slices of one range in one read of it (the report page's table and its charts): a summary
   * per dimension, each once, in the order first asked. `by` repeats in a query string (`by=hour&by=window`).
   */
  'reports.summaries': pacedCommand<ReportSummary[]>()(
    managerOnly,
    z
      .strictObject({
        ...range,
        by: z.preprocess((v) => (typeof v === 'string' ? [v] : v), z.array(z.enum(reportDimensions)).min(1).max(reportDimensions.length)),
      })
      .superRefine(checkRange),
  ),
  /** The same report as CSV for Chinese Excel, headers in `lang`. */
  'reports.csv': pacedCommand<ReportFile>()(managerOnly, z.strictObject({ ...query, lang }).superRefine(checkRange)),
  /**
   * The xlsx export checked and counted, nothing written: the file's name, its ticket rows (for the
   * page's progress) and the query as taken. The file itself streams from GET /api/reports/export.xlsx.
   */
  'reports.xlsx': pacedCommand<ReportExportPlan>()(managerOnly, z.strictObject({ ...range, lang }).superRefine(checkRange)),
};
