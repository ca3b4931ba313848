// The manager's reports as a capability (issue 15): figures of any range of business days, for the
// hall and per slice, read from the event log at the time of asking (no counters kept).
import type { Capability } from '../core/capability';
import type { Handlers } from '../core/handler-types';
import type { ReportDimension, ReportSummary, reportCommands } from '../contract';
import type { HallCalendar } from '../hours/calendar';
import { translatorFor } from '../shared/locales';
import { dutyReportHandlers } from './duty-handlers';
import { dutyReportRoutes } from './duty-routes';
import { reportCsv } from './report-csv';
import { emptyTally, figures } from './kpi';
import { reportTallies } from './report-facts';
import { reportRoutes } from './routes';

export const reportCapability = {
  name: 'reports',
  settings: {},
  migrations: [],
  routes: [...reportRoutes, ...dutyReportRoutes],
  start(ctx, { calendar }) {
    const summary = ({ from, to, by, targetWaitMinutes }: { from: string; to: string; by: ReportDimension; targetWaitMinutes: number }): ReportSummary => {
      const query = { from, to, targetWaitSeconds: targetWaitMinutes * 60, timeZone: ctx.settings.get('timeZone'), now: ctx.clock.now() };
      const slices = reportTallies(ctx.db, { ...query, by });
      // The total is read as the hall, not summed from the slices: a ticket's clerk may be unknown.
      const hall = by === 'hall' ? slices : reportTallies(ctx.db, { ...query, by: 'hall' });
      const total = figures(hall.get('hall') ?? emptyTally());
      const rows = [...slices].sort(([a], [b]) => a.localeCompare(b, 'en', { numeric: true })).map(([key, tally]) => ({ key, figures: figures(tally) }));
      return { from, to, by, targetWaitMinutes, total, rows };
    };
    const handlers: Pick<Handlers, keyof typeof reportCommands> = {
      'reports.summary': summary,
      'reports.csv': ({ lang, ...query }) => {
        const report = summary(query);
        return { name: `tongban-report-${report.from}-${report.to}-${report.by}.csv`, text: reportCsv(report, translatorFor(lang)) };
      },
    };
    return { provides: {}, handlers: { ...handlers, ...dutyReportHandlers(ctx, calendar) } };
  },
} satisfies Capability<{ calendar: HallCalendar }, object, Record<never, never>>;
