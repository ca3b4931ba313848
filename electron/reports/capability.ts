// The manager's reports as a capability (issue 15): figures of any range of business days, for the
// hall and per slice, read from the event log at the time of asking (no counters kept); the same as
// CSV, and the xlsx export (reports.xlsx checks and counts; the LAN server streams it through the
// export door this capability provides).
import type { Capability } from '../core/capability';
import type { Handlers } from '../core/handler-types';
import type { ReportDimension, ReportSummary, reportCommands } from '../contract';
import type { HallCalendar } from '../hours/calendar';
import { translatorFor } from '../shared/locales';
import { createReportExportDoor, type ReportExportDoor } from './export-door';
import { dutyReportHandlers } from './duty-handlers';
import { dutyReportRoutes } from './duty-routes';
import { reportCsv } from './report-csv';
import { reportSummaries, reportSummary } from './report-summary';
import { countTickets } from './xlsx-tickets';
import { reportRoutes } from './routes';

export const reportCapability = {
  name: 'reports',
  settings: {},
  migrations: [],
  routes: [...reportRoutes, ...dutyReportRoutes],
  start(ctx, { calendar }) {
    const summary = ({ from, to, by, targetWaitMinutes }: { from: string; to: string; by: ReportDimension; targetWaitMinutes: number }): ReportSummary =>
      reportSummary(ctx.db, { from, to, targetWaitMinutes, timeZone: ctx.settings.get('timeZone'), now: ctx.clock.now() }, by);
    const reportExport: ReportExportDoor = createReportExportDoor(ctx.db, ctx.clock, () => ctx.settings.get('timeZone'));
    const handlers: Pick<Handlers, keyof typeof reportCommands> = {
      'reports.summary': summary,
      'reports.summaries': ({ from, to, targetWaitMinutes, by }) => {
        const dims = [...new Set(by)];
        const all = reportSummaries(ctx.db, { from, to, targetWaitMinutes, timeZone: ctx.settings.get('timeZone'), now: ctx.clock.now() }, dims);
        return dims.map((d) => all.get(d)!);
      },
      'reports.csv': ({ lang, ...query }) => {
        const report = summary(query);
        return { name: `tongban-report-${report.from}-${report.to}-${report.by}.csv`, text: reportCsv(report, translatorFor(lang)) };
      },
      'reports.xlsx': ({ from, to, targetWaitMinutes, lang }) => {
        const plan = { name: `tongban-report-${from}-${to}.xlsx`, from, to, targetWaitMinutes, lang, tickets: countTickets(ctx.db, from, to) };
        // The query for a page holding the manager's token; the key for one that holds none (the Electron app's
        // own window, over IPC): a plain link, downloaded once within KEY_TTL_MS.
        const path = `/api/reports/export.xlsx?${new URLSearchParams({ from, to, targetWaitMinutes: String(targetWaitMinutes), lang })}`;
        return { ...plan, path, keyPath: `/api/reports/export.xlsx?${new URLSearchParams({ key: reportExport.offer(plan) })}` };
      },
    };
    return { provides: { reportExport }, handlers: { ...handlers, ...dutyReportHandlers(ctx, calendar) } };
  },
} satisfies Capability<{ calendar: HallCalendar }, { reportExport: ReportExportDoor }, Record<never, never>>;
