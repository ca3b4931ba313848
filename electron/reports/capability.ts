// The manager's reports as a capability (issue 15): figures of any range of business days, for the
// hall and per slice, read from the event log at the time of asking (no counters kept); the same as
// CSV, and the xlsx export (reports.xlsx checks and counts; the LAN server streams it through the
// export door this capability provides).
import type { Capability } from '../core/capability';
import type { Handlers } from '../core/handler-types';
import type { reportCommands } from '../contract';
import type { HallCalendar } from '../hours/calendar';
import { translatorFor } from '../shared/locales';
import { createReportExportDoor, type ReportExportDoor } from './export-door';
import { exportWorkerEntry } from './export-thread';
import { dutyReportHandlers } from './duty-handlers';
import { dutyReportRoutes } from './duty-routes';
import { reportCsv } from './report-csv';
import { summariesSteps, summarySteps, type SummaryQuery } from './report-summary';
import { ticketCountSteps } from './xlsx-tickets';
import { reportMigrations } from './migrations';
import { reportRoutes } from './routes';

export const reportCapability = {
  name: 'reports',
  settings: {},
  migrations: reportMigrations,
  routes: [...reportRoutes, ...dutyReportRoutes],
  start(ctx, { calendar }) {
    const query = ({ from, to, targetWaitMinutes }: { from: string; to: string; targetWaitMinutes: number }): SummaryQuery => ({
      from,
      to,
      targetWaitMinutes,
      timeZone: ctx.settings.get('timeZone'),
      now: ctx.clock.now(),
    });
    const reportExport: ReportExportDoor = createReportExportDoor({
      file: ctx.db.name,
      clock: ctx.clock,
      timeZone: () => ctx.settings.get('timeZone'),
      worker: exportWorkerEntry(ctx.builtDir),
    });
    // Long reads (pacedCommand): each handler returns its steps over ctx.reader (core/steps.ts).
    const handlers: Pick<Handlers, keyof typeof reportCommands> = {
      'reports.summary': (input, { reader }) => summarySteps(reader, query(input), input.by),
      'reports.summaries': function* (input, { reader }) {
        const dims = [...new Set(input.by)];
        const all = yield* summariesSteps(reader, query(input), dims);
        return dims.map((d) => all.get(d)!);
      },
      'reports.csv': function* ({ lang, ...input }, { reader }) {
        const report = yield* summarySteps(reader, query(input), input.by);
        return { name: `tongban-report-${report.from}-${report.to}-${report.by}.csv`, text: reportCsv(report, translatorFor(lang)) };
      },
      'reports.xlsx': function* ({ from, to, targetWaitMinutes, lang }, { reader }) {
        const plan = { name: `tongban-report-${from}-${to}.xlsx`, from, to, targetWaitMinutes, lang, tickets: yield* ticketCountSteps(reader, from, to) };
        // The query for a page holding the manager's token; the key for one that holds none (the Electron app's
        // own window, over IPC): a plain link, downloaded once within KEY_TTL_MS.
        const path = `/api/reports/export.xlsx?${new URLSearchParams({ from, to, targetWaitMinutes: String(targetWaitMinutes), lang })}`;
        return { ...plan, path, keyPath: `/api/reports/export.xlsx?${new URLSearchParams({ key: reportExport.offer(plan) })}` };
      },
    };
    return { provides: { reportExport }, handlers: { ...handlers, ...dutyReportHandlers(ctx, calendar) }, close: () => reportExport.close() };
  },
} satisfies Capability<{ calendar: HallCalendar }, { reportExport: ReportExportDoor }, Record<never, never>>;
