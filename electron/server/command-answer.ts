// A request's answer from the door its command takes (HTTP routes and file downloads alike): a login
// checks its PIN off the main thread, a long read (isPacedCommand: the reports) steps on a snapshot of
// its own with the hall answering others between its steps, and every other command is dispatched
// straight through. The WebSocket takes the same doors in events-socket.ts.
import type { FastifyRequest } from 'fastify';
import { isPacedCommand, type CommandName, type Result, type Session } from '../contract';
import { sessionPrincipal } from '../core/dispatch';
import type { Hall } from '../core/hall';
import { sourceOf } from './login-source';

export function answerCommand(hall: Hall, command: CommandName, input: unknown, session: Session | null, request: FastifyRequest): Promise<Result<unknown>> {
  if (command === 'auth.login') return hall.login(input, sourceOf(request.socket));
  if (isPacedCommand(command)) return hall.paced(command, input, sessionPrincipal(session));
  return Promise.resolve(hall.dispatch(command, input, session));
}
