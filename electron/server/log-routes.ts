// The LAN server's part of the hall log: the raw download of a log file for the manager, a line for
// every refused request that never reached a command (unknown path, bad token, unreadable body: the
// hall core logs the refusals of commands itself, so each refusal is one line), and every fault.
// Lines carry the method, the path without its query, the status, the code and the principal's
// kind; never a token, a PIN or a body.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { CommandName, HallError, Session } from '../contract';
import type { Hall } from '../core/hall';
import { answerCommand } from './command-answer';

export interface LogRouteDeps {
  sessionOf(hall: Hall, request: FastifyRequest): Session | null | 'invalid';
  sendError(reply: FastifyReply, error: HallError): FastifyReply;
}

/** Requests whose answer came from hall.dispatch (their refusal is the core's line). */
const dispatched = new WeakSet<FastifyRequest>();
const codes = new WeakMap<FastifyRequest, string>();

export function markDispatched(request: FastifyRequest): void {
  dispatched.add(request);
}

export function noteErrorCode(request: FastifyRequest, code: string): void {
  codes.set(request, code);
}

/** The path without its query, and without a ticket's progress token (`/t/<token>`: it opens that ticket's page). */
export const requestPath = (request: FastifyRequest) =>
  request.url
    .split('?')[0]!
    .replace(/^\/t\/[^/]*/, '/t/<token>')
    .slice(0, 200);

function principalOf(deps: LogRouteDeps, hall: Hall, request: FastifyRequest): string {
  try {
    const session = deps.sessionOf(hall, request);
    return session === 'invalid' ? 'invalid-token' : (session?.role ?? 'anonymous');
  } catch {
    return 'unknown';
  }
}

export function registerLogRoutes(app: FastifyInstance, hall: Hall, deps: LogRouteDeps): void {
  const log = hall.log.child('server');
  app.addHook('onResponse', async (request, reply) => {
    const status = reply.statusCode;
    if (status < 400 || status >= 500 || dispatched.has(request)) return;
    const fields = {
      method: request.method,
      path: requestPath(request),
      status,
      code: codes.get(request) ?? null,
      principal: principalOf(deps, hall, request),
    };
    log[status === 401 || status === 403 || status === 413 || status === 429 ? 'warn' : 'info']('request refused', fields);
  });

  // The raw file, for a browser's download or curl; manager only, like log.file.
  registerTextDownload(app, hall, deps, { path: '/api/log/download', command: 'log.file', type: 'application/x-ndjson; charset=utf-8' });
}

/**
 * A command whose answer is a text file ({ name, text }: the log file, the report's CSV), served as the
 * file itself for a browser's download, curl or Excel; a refusal is its JSON error.
 */
export function registerTextDownload(app: FastifyInstance, hall: Hall, deps: LogRouteDeps, route: { path: string; command: CommandName; type: string }): void {
  app.get(route.path, async (request, reply) => {
    const session = deps.sessionOf(hall, request);
    if (session === 'invalid') return deps.sendError(reply, { code: 'unauthenticated', message: 'token unknown or expired' });
    markDispatched(request);
    const result = await answerCommand(hall, route.command, request.query ?? {}, session, request);
    if (!result.ok) return deps.sendError(reply, result.error);
    const file = result.value as { name: string; text: string };
    return reply.type(route.type).header('content-disposition', `attachment; filename="${file.name}"`).send(file.text);
  });
}
