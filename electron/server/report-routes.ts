// The LAN server's download of a report as CSV (docs/API.md "Reports"): the same command and access as
// GET /api/reports/summary, answered as a file for a browser's download or Excel. `lang` picks the
// headers' language (default zh-CN).
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { HallError, Lang, ReportSummary, Session } from '../contract';
import type { Hall } from '../core/hall';
import { reportCsv } from '../reports/report-csv';
import { translatorFor } from '../shared/locales';
import { markDispatched } from './log-routes';

export interface ReportRouteDeps {
  sessionOf(hall: Hall, request: FastifyRequest): Session | null | 'invalid';
  sendError(reply: FastifyReply, error: HallError): FastifyReply;
}

const langs: Lang[] = ['zh-CN', 'zh-TW', 'en'];

export function registerReportRoutes(app: FastifyInstance, hall: Hall, deps: ReportRouteDeps): void {
  app.get('/api/reports/summary.csv', async (request, reply) => {
    const session = deps.sessionOf(hall, request);
    if (session === 'invalid') return deps.sendError(reply, { code: 'unauthenticated', message: 'token unknown or expired' });
    const { lang, ...query } = (request.query ?? {}) as Record<string, string>;
    if (lang !== undefined && !langs.includes(lang as Lang)) {
      return deps.sendError(reply, { code: 'bad_request', message: 'lang: one of zh-CN, zh-TW, en', field: 'lang' });
    }
    markDispatched(request);
    const result = hall.dispatch('reports.summary', query, session);
    if (!result.ok) return deps.sendError(reply, result.error);
    const summary = result.value as ReportSummary;
    const name = `tongban-report-${summary.from}-${summary.to}-${summary.by}.csv`;
    return reply
      .type('text/csv; charset=utf-8')
      .header('content-disposition', `attachment; filename="${name}"`)
      .send(reportCsv(summary, translatorFor((lang as Lang | undefined) ?? 'zh-CN')));
  });
}
