// Commands of the 倒休 duty report and the monthly appraisal sheet (issue 15), the manager's only.
// Apart from report-commands.ts so that the reports' other commands and these grow without conflict.
import { z } from 'zod';
import { calendarDay, pacedCommand } from './command-spec';
import { REPORT_MAX_DAYS } from './report-commands';
import type { AppraisalReport, DutyReport } from './duty-report-views';
import type { Role } from './views';

const managerOnly: Role[] = [];
const dayNumber = (day: string) => Date.parse(`${day}T00:00:00Z`) / 86_400_000;
const clerkId = z.string().min(1).max(32).optional();

export const dutyReportCommands = {
  /** Per clerk, the hours signed in outside the regular weekday periods (weekend, lunch duty, evening). */
  'reports.duty': pacedCommand<DutyReport>()(
    managerOnly,
    z.strictObject({ from: calendarDay, to: calendarDay, clerkId }).superRefine((q, check) => {
      const days = dayNumber(q.to) - dayNumber(q.from) + 1;
      if (days < 1) check.addIssue({ code: 'custom', path: ['to'], message: 'to must not be before from' });
      else if (days > REPORT_MAX_DAYS) check.addIssue({ code: 'custom', path: ['to'], message: `a report covers at most ${REPORT_MAX_DAYS} days` });
    }),
  ),
  /** One appraisal sheet (月考核) per clerk for a calendar month yyyy-MM. */
  'reports.appraisal': pacedCommand<AppraisalReport>()(
    managerOnly,
    z.strictObject({ month: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, { error: 'a month yyyy-MM' }), clerkId }),
  ),
};
