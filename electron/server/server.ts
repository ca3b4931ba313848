// The LAN server: serves the built renderer windows and the hall API (HTTP + WebSocket) to browsers
// and to other systems. Runs inside the Electron main process or alone in Node (`npm run serve`).
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import fastifyStatic from '@fastify/static';
import fastifyWebsocket from '@fastify/websocket';
import Fastify, { type FastifyReply, type FastifyRequest } from 'fastify';
import { bodyLimitOf, errorStatus, fail, FILE_BODY_LIMIT, type HallError, type Session } from '../contract';
import { windowPages } from '../contract/window-pages';
import type { Hall } from '../core/hall';
import { answerCommand } from './command-answer';
import { createEventHub, serveEventSocket } from './events-socket';
import { sourceOf } from './login-source';
import { acceptEmptyJson, BODY_LIMIT, drainBody, tooLargeMessage } from './request-body';
import { markDispatched, noteErrorCode, registerLogRoutes, requestPath } from './log-routes';
import { registerReportRoutes } from './report-routes';
import { hallRoutes } from '../core/capabilities';
import { paramsToInput } from './routes';
import { registerVoiceFiles } from './voice-files';
import { registerProgressPage } from './progress-page';

export interface ServerOptions {
  hall: Hall;
  host: string;
  port: number;
  /** The built renderer (out/renderer); omitted in API-only tests. */
  staticDir?: string;
  /** The hall's own voice recordings (DATA/voice): served at /voice/* before the bundled clips. */
  voiceDir?: string;
}

export interface RunningServer {
  url: string;
  port: number;
  /** Every route under /api the server registered (`GET /api/hall`), for the check against docs/API.md. */
  apiRoutes: string[];
  close(): Promise<void>;
}

function sendError(reply: FastifyReply, error: HallError) {
  noteErrorCode(reply.request, error.code);
  if (error.retryAfter !== undefined) reply.header('retry-after', String(error.retryAfter));
  return reply.code(errorStatus[error.code]).send({ ok: false, error });
}

function sessionOf(hall: Hall, request: FastifyRequest): Session | null | 'invalid' {
  const header = request.headers.authorization;
  if (!header) return null;
  const match = /^Bearer (\S+)$/.exec(header);
  if (!match) return 'invalid';
  return hall.resolve(match[1]!) ?? 'invalid';
}

export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const { hall } = options;
  // Stopping destroys every open connection: a browser on the LAN that stopped reading a clip (or holds
  // a keep-alive socket) must not hold the hall's quit. Commands commit synchronously before any reply,
  // so a reply cut here never loses an acknowledged change.
  const app = Fastify({ logger: false, bodyLimit: BODY_LIMIT, forceCloseConnections: true });
  const apiRoutes: string[] = [];
  app.addHook('onRoute', (route) => {
    const methods = ([] as string[]).concat(route.method).filter((m) => m !== 'HEAD');
    if (route.url.startsWith('/api/')) for (const m of methods) apiRoutes.push(`${m} ${route.url}`);
  });
  // A message may carry a configuration file; events-socket.ts holds every other command to BODY_LIMIT.
  await app.register(fastifyWebsocket, { options: { maxPayload: FILE_BODY_LIMIT } });
  acceptEmptyJson(app);

  app.setErrorHandler(async (error: { statusCode?: number; message: string }, request, reply) => {
    const status = error.statusCode ?? 500;
    if (status >= 500) hall.log.child('server').error('request failed', error, { method: request.method, path: requestPath(request) });
    if (status === 413) {
      await drainBody(request.raw);
      return sendError(reply, fail('payload_too_large', tooLargeMessage(request)).error);
    }
    if (status >= 400 && status < 500) return sendError(reply, fail('bad_request', error.message).error);
    return sendError(reply, fail('internal', 'internal error').error);
  });
  app.setNotFoundHandler((request, reply) => sendError(reply, fail('not_found', `no such path: ${request.method} ${request.url}`).error));

  registerLogRoutes(app, hall, { sessionOf, sendError });
  registerReportRoutes(app, hall, { sessionOf, sendError });
  app.get('/api/health', async () => ({ ok: true, businessDay: hall.view().businessDay, demo: hall.demo }));
  const hub = createEventHub(hall);
  app.addHook('onClose', async () => hub.close());
  app.route({
    method: 'GET',
    url: '/api/events',
    handler: (_request, reply) => sendError(reply.header('upgrade', 'websocket'), fail('upgrade_required', 'this path is a WebSocket: send the upgrade').error),
    wsHandler: (socket, request) => serveEventSocket(hall, hub, socket, sourceOf(request.socket)),
  });

  for (const route of hallRoutes) {
    app.route({
      method: route.method,
      url: route.path,
      bodyLimit: bodyLimitOf(route.command),
      handler: async (request, reply) => {
        const session = sessionOf(hall, request);
        if (session === 'invalid') return sendError(reply, fail('unauthenticated', 'token unknown or expired').error);
        const body = request.body ?? {};
        if (typeof body !== 'object' || Array.isArray(body)) {
          return sendError(reply, fail('bad_request', 'the body must be a JSON object').error);
        }
        const input = { ...(route.method === 'GET' ? (request.query as object) : body), ...paramsToInput(request.params as Record<string, string>) };
        markDispatched(request);
        const result = await answerCommand(hall, route.command, input, session, request);
        if (!result.ok) return sendError(reply, result.error);
        return reply.code(route.status ?? 200).send(result.value);
      },
    });
  }

  registerProgressPage(app, hall);

  if (options.voiceDir) {
    const bundledDir = options.staticDir && existsSync(options.staticDir) ? join(options.staticDir, 'voice') : undefined;
    registerVoiceFiles(app, { hallDir: options.voiceDir, bundledDir }, sendError);
  }
  if (options.staticDir && existsSync(options.staticDir)) {
    await app.register(fastifyStatic, { root: options.staticDir, index: 'index.html' });
    for (const page of windowPages) app.get(`/${page}`, (_request, reply) => reply.sendFile(`${page}.html`));
  }

  try {
    await app.listen({ host: options.host, port: options.port });
  } catch (error) {
    // A port in use must not leave a half-started server (and its hall subscription) behind.
    await app.close();
    throw error;
  }
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  const shownHost = options.host === '0.0.0.0' ? '127.0.0.1' : options.host;
  return { url: `http://${shownHost}:${port}`, port, apiRoutes, close: () => app.close() };
}
