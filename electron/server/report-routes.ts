// The LAN server's download of a report as CSV (docs/API.md "Reports"): reports.csv (the access of
// GET /api/reports/summary), answered as the file itself for a browser's download or Excel. `lang`
// picks the headers' language (default zh-CN).
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { HallError, ReportFile, Session } from '../contract';
import type { Hall } from '../core/hall';
import { markDispatched } from './log-routes';

export interface ReportRouteDeps {
  sessionOf(hall: Hall, request: FastifyRequest): Session | null | 'invalid';
  sendError(reply: FastifyReply, error: HallError): FastifyReply;
}

export function registerReportRoutes(app: FastifyInstance, hall: Hall, deps: ReportRouteDeps): void {
  app.get('/api/reports/summary.csv', async (request, reply) => {
    const session = deps.sessionOf(hall, request);
    if (session === 'invalid') return deps.sendError(reply, { code: 'unauthenticated', message: 'token unknown or expired' });
    markDispatched(request);
    const result = hall.dispatch('reports.csv', request.query ?? {}, session);
    if (!result.ok) return deps.sendError(reply, result.error);
    const file = result.value as ReportFile;
    return reply.type('text/csv; charset=utf-8').header('content-disposition', `attachment; filename="${file.name}"`).send(file.text);
  });
}
