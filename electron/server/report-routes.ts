// The LAN server's downloads of a report (docs/API.md "Reports"): the CSV (reports.csv, answered as the
// file itself for a browser's download or Excel), and the xlsx streamed as it is written.
// The xlsx: reports.xlsx checks the manager and the query (a refusal is its JSON error, nothing
// written), then the export door pipes the workbook into the response. Why a plain streamed GET and no
// export job with progress events: nothing to keep, resume or clean up, a browser reads it with fetch
// (the page shows the bytes received against the ticket rows reports.xlsx counted), curl or Excel
// itself can fetch it, and a reader that goes away stops the export (its worker: reports/export-thread.ts).
import { PassThrough } from 'node:stream';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { HallError, ReportExportPlan, Session } from '../contract';
import type { Hall } from '../core/hall';
import type { ExportPlan } from '../reports/export-door';
import { answerCommand } from './command-answer';
import { markDispatched, registerTextDownload } from './log-routes';

export interface ReportRouteDeps {
  sessionOf(hall: Hall, request: FastifyRequest): Session | null | 'invalid';
  sendError(reply: FastifyReply, error: HallError): FastifyReply;
}

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export function registerReportRoutes(app: FastifyInstance, hall: Hall, deps: ReportRouteDeps): void {
  registerTextDownload(app, hall, deps, { path: '/api/reports/summary.csv', command: 'reports.csv', type: 'text/csv; charset=utf-8' });

  // No HEAD route (fastify adds one to every GET): a HEAD would spend a one-time key and write a whole
  // workbook into a body nobody reads; a prefetcher or link scanner sends HEADs.
  app.get('/api/reports/export.xlsx', { exposeHeadRoute: false }, async (request, reply) => {
    const query = (request.query ?? {}) as Record<string, unknown>;
    let plan: ExportPlan;
    if (typeof query.key === 'string') {
      // A one-time key from reports.xlsx (the manager's, checked when it was offered): the plan is the one
      // offered, whatever else the query says.
      markDispatched(request);
      const offered = hall.reportExport.claim(query.key);
      if (!offered) return deps.sendError(reply, { code: 'unauthenticated', message: 'download key unknown, used or expired' });
      plan = offered;
    } else {
      const session = deps.sessionOf(hall, request);
      if (session === 'invalid') return deps.sendError(reply, { code: 'unauthenticated', message: 'token unknown or expired' });
      markDispatched(request);
      const result = await answerCommand(hall, 'reports.xlsx', query, session, request);
      if (!result.ok) return deps.sendError(reply, result.error);
      plan = result.value as ReportExportPlan;
    }
    const body = new PassThrough();
    // The answer has started when this fails midway: the cut body is the client's sign (the log has why).
    void hall.reportExport.xlsx(plan, body).catch((error: unknown) => hall.log.child('server').warn('xlsx export ended early', { reason: String(error) }));
    return reply.type(XLSX_TYPE).header('content-disposition', `attachment; filename="${plan.name}"`).header('x-ticket-rows', String(plan.tickets)).send(body);
  });
}
