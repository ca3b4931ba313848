// Commands of the reports capability (issue 15): the manager's figures for a range of business days,
// as data and as a CSV file (the admin page's download; GET /api/reports/summary.csv).
import { z } from 'zod';
import { calendarDay, command } from './command-spec';
import { reportDimensions, type ReportFile, type ReportSummary } from './report-views';
import type { Role } from './views';

const managerOnly: Role[] = [];
/** The longest range one report covers: a year (and a leap day). */
export const REPORT_MAX_DAYS = 366;

const dayNumber = (day: string) => Date.parse(`${day}T00:00:00Z`) / 86_400_000;

const query = {
  from: calendarDay,
  to: calendarDay,
  by: z.enum(reportDimensions).default('hall'),
  /** Service level: the share of tickets called within this wait. */
  targetWaitMinutes: z.coerce.number().int().min(1).max(240).default(15),
};

function checkRange(q: { from: string; to: string }, check: z.RefinementCtx): void {
  const days = dayNumber(q.to) - dayNumber(q.from) + 1;
  if (days < 1) check.addIssue({ code: 'custom', path: ['to'], message: 'to must not be before from' });
  else if (days > REPORT_MAX_DAYS) check.addIssue({ code: 'custom', path: ['to'], message: `a report covers at most ${REPORT_MAX_DAYS} days` });
}

export const reportCommands = {
  'reports.summary': command<ReportSummary>()(managerOnly, z.strictObject(query).superRefine(checkRange)),
  /** The same report as CSV for Chinese Excel, headers in `lang`. */
  'reports.csv': command<ReportFile>()(
    managerOnly,
    z.strictObject({ ...query, lang: z.enum(['zh-CN', 'zh-TW', 'en']).default('zh-CN') }).superRefine(checkRange),
  ),
};
