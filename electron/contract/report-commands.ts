// Commands of the reports capability (issue 15): the manager's figures for a range of business days.
import { z } from 'zod';
import { calendarDay, command } from './command-spec';
import { reportDimensions, type ReportSummary } from './report-views';
import type { Role } from './views';

const managerOnly: Role[] = [];
/** The longest range one report covers: a year (and a leap day). */
export const REPORT_MAX_DAYS = 366;

const dayNumber = (day: string) => Date.parse(`${day}T00:00:00Z`) / 86_400_000;

export const reportCommands = {
  'reports.summary': command<ReportSummary>()(
    managerOnly,
    z
      .strictObject({
        from: calendarDay,
        to: calendarDay,
        by: z.enum(reportDimensions).default('hall'),
        /** Service level: the share of tickets called within this wait. */
        targetWaitMinutes: z.coerce.number().int().min(1).max(240).default(15),
      })
      .superRefine((q, check) => {
        const days = dayNumber(q.to) - dayNumber(q.from) + 1;
        if (days < 1) check.addIssue({ code: 'custom', path: ['to'], message: 'to must not be before from' });
        else if (days > REPORT_MAX_DAYS) check.addIssue({ code: 'custom', path: ['to'], message: `a report covers at most ${REPORT_MAX_DAYS} days` });
      }),
  ),
};
