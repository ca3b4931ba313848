// How the LAN server reads request bodies: JSON where an empty body means "no input" (a POST that
// documents no body may still carry `content-type: application/json`), and a body over its route's
// limit (contract/body-limits.ts: 64 KiB, 4 MiB for a configuration file) answered with 413 only after
// it has been read, so the client sees the answer instead of a reset.
import type { IncomingMessage } from 'node:http';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { BODY_LIMIT, limitText } from '../contract';

export { BODY_LIMIT };
/** An oversize body is read (and dropped) up to this much before the answer; beyond it the socket is cut. */
const DRAIN_LIMIT = 32 * 1024 * 1024;
const DRAIN_MS = 15_000;

export function acceptEmptyJson(app: FastifyInstance): void {
  const parseJson = app.getDefaultJsonParser('error', 'error');
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (request, body, done) => {
    if (typeof body === 'string' && body.trim() === '') return done(null, {});
    parseJson(request, String(body), done);
  });
}

/** The 413 answer's message, naming the limit of the route the body came to. */
export function tooLargeMessage(request: FastifyRequest): string {
  return `the body is over ${limitText(request.routeOptions.bodyLimit ?? BODY_LIMIT)}`;
}

/** Reads and drops the rest of a request body; resolves at its end, or once the limit or deadline is reached. */
export function drainBody(raw: IncomingMessage): Promise<void> {
  if (raw.readableEnded || raw.destroyed) return Promise.resolve();
  return new Promise((resolve) => {
    let read = 0;
    const finish = () => {
      clearTimeout(timer);
      raw.off('data', onData);
      resolve();
    };
    const onData = (chunk: Buffer) => {
      read += chunk.length;
      if (read > DRAIN_LIMIT) finish();
    };
    const timer = setTimeout(finish, DRAIN_MS);
    raw.on('data', onData);
    raw.once('end', finish);
    raw.once('error', finish);
    raw.once('close', finish);
    raw.resume();
  });
}
