// A command whose answer is a text file ({ name, text }: the log file, the report's CSV), served as the
// file itself for a browser's download, curl or Excel: the command's access and input as over the
// WebSocket, a refusal as its JSON error.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { CommandName, HallError, Session } from '../contract';
import type { Hall } from '../core/hall';
import { markDispatched } from './log-routes';

export interface DownloadDeps {
  sessionOf(hall: Hall, request: FastifyRequest): Session | null | 'invalid';
  sendError(reply: FastifyReply, error: HallError): FastifyReply;
}

export function registerTextDownload(app: FastifyInstance, hall: Hall, deps: DownloadDeps, route: { path: string; command: CommandName; type: string }): void {
  app.get(route.path, async (request, reply) => {
    const session = deps.sessionOf(hall, request);
    if (session === 'invalid') return deps.sendError(reply, { code: 'unauthenticated', message: 'token unknown or expired' });
    markDispatched(request);
    const result = hall.dispatch(route.command, request.query ?? {}, session);
    if (!result.ok) return deps.sendError(reply, result.error);
    const file = result.value as { name: string; text: string };
    return reply.type(route.type).header('content-disposition', `attachment; filename="${file.name}"`).send(file.text);
  });
}
