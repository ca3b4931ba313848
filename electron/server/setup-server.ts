// First-run setup's own small server: on an empty data folder the hall serves only this, only on
// 127.0.0.1, until a manager exists. The setup page (renderer/setup.html) posts the hall's details
// with the one-time code printed in the terminal (and shown by the Electron app); every other path
// answers setup_required. Too many wrong codes replace the code (the new one is printed again). Setup
// from another hall's configuration file first asks for its dry run (POST /api/setup/preview, behind
// the same code); both routes take bodies up to FILE_BODY_LIMIT (4 MiB), answered 413 beyond it.
import { randomInt, timingSafeEqual } from 'node:crypto';
import { existsSync } from 'node:fs';
import fastifyStatic from '@fastify/static';
import Fastify, { type FastifyReply, type FastifyRequest } from 'fastify';
import { errorStatus, fail, FILE_BODY_LIMIT, setupTemplates, type CommandName, type HallError } from '../contract';
import type { Hall } from '../core/hall';
import { acceptEmptyJson, BODY_LIMIT, drainBody, tooLargeMessage } from './request-body';

export const SETUP_CODE_TRIES = 10;

export interface SetupServerOptions {
  hall: Hall;
  port: number;
  /** The built renderer (out/renderer); omitted in API-only tests. */
  staticDir?: string;
  /** Told each code: the first, and a new one after too many wrong tries. */
  onCode(code: string): void;
}

export interface SetupServer {
  url: string;
  port: number;
  /** Settles once setup is done and its answer has gone out. */
  done: Promise<void>;
  close(): Promise<void>;
}

const newCode = () => String(randomInt(0, 100_000_000)).padStart(8, '0');
const sameCode = (given: string, code: string) => {
  const a = Buffer.from(given.replace(/[\s-]/g, ''));
  return a.length === code.length && timingSafeEqual(a, Buffer.from(code));
};
const sendError = (reply: FastifyReply, error: HallError) => reply.code(errorStatus[error.code]).send({ ok: false, error });

export async function startSetupServer(options: SetupServerOptions): Promise<SetupServer> {
  const { hall } = options;
  let code = newCode();
  let wrong = 0;
  options.onCode(code);
  let finished!: () => void;
  const done = new Promise<void>((resolve) => (finished = resolve));

  const app = Fastify({ logger: false, bodyLimit: BODY_LIMIT, forceCloseConnections: true });
  // No kept-alive connections: the hall takes this port over next, and a browser must not send its
  // first request to the hall down a socket of this server.
  app.addHook('onSend', async (_request, reply) => {
    reply.header('connection', 'close');
  });
  acceptEmptyJson(app);
  app.setErrorHandler(async (error: { statusCode?: number; message: string }, request, reply) => {
    const status = error.statusCode ?? 500;
    if (status === 413) {
      await drainBody(request.raw);
      return sendError(reply, fail('payload_too_large', tooLargeMessage(request)).error);
    }
    return sendError(reply, fail(status < 500 ? 'bad_request' : 'internal', status < 500 ? error.message : 'internal error').error);
  });
  app.get('/api/setup', async () => ({ needed: hall.needsSetup(), templates: setupTemplates }));

  /** The code checked (too many wrong ones replace it), then the command; `onDone` once it went out. */
  const behindCode = (command: CommandName, onDone?: () => void) => async (request: FastifyRequest, reply: FastifyReply) => {
    const body = (request.body ?? {}) as Record<string, unknown>;
    if (typeof body !== 'object' || Array.isArray(body)) return sendError(reply, fail('bad_request', 'the body must be a JSON object').error);
    const { code: given, ...input } = body;
    if (typeof given !== 'string' || !sameCode(given, code)) {
      wrong += 1;
      if (wrong >= SETUP_CODE_TRIES) {
        code = newCode();
        wrong = 0;
        options.onCode(code);
        return sendError(reply, fail('forbidden', 'code: too many wrong codes; a new code is shown where the hall was started', 'code').error);
      }
      return sendError(reply, fail('forbidden', 'code: not the setup code shown where the hall was started', 'code').error);
    }
    const result = hall.dispatch(command, input, null);
    if (!result.ok) return sendError(reply, result.error);
    if (onDone) reply.raw.once('finish', onDone);
    return reply.send(result.value);
  };
  app.post('/api/setup', { bodyLimit: FILE_BODY_LIMIT }, behindCode('setup.complete', finished));
  app.post('/api/setup/preview', { bodyLimit: FILE_BODY_LIMIT }, behindCode('setup.preview'));
  app.setNotFoundHandler((request, reply) =>
    request.url.startsWith('/api/')
      ? sendError(reply, fail('setup_required', 'this hall is not set up yet: open the setup page on this PC').error)
      : reply.redirect('/setup.html'),
  );
  if (options.staticDir && existsSync(options.staticDir)) {
    // Only the setup page and its assets: the hall's windows have nothing to show before setup.
    const allowedPath = (path: string) => path === '/setup.html' || path.startsWith('/assets/');
    await app.register(fastifyStatic, { root: options.staticDir, index: false, allowedPath });
    app.get('/', (_request, reply) => reply.redirect('/setup.html'));
  }
  try {
    await app.listen({ host: '127.0.0.1', port: options.port });
  } catch (error) {
    await app.close();
    throw error;
  }
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  return { url: `http://127.0.0.1:${port}`, port, done, close: () => app.close() };
}
