// The one door into the core for every transport (IPC, WebSocket, HTTP): checks the command name,
// the caller's access and the input, runs the handler, and turns every failure into data.
import { commands, fail, HallFault, isCommandName, ok, type ConflictReason, type Result, type Session } from '../contract';
import type { Handlers } from './handlers';

export type Dispatch = (name: string, input: unknown, session: Session | null) => Result<unknown>;

export function createDispatch(handlers: Handlers, log: (message: string, error: unknown) => void): Dispatch {
  return (name, input, session) => {
    if (!isCommandName(name)) return fail('not_found', `unknown command: ${name}`);
    const spec = commands[name];
    if (spec.access !== 'public') {
      if (!session) return fail('unauthenticated', 'log in first');
      if (session.role !== 'admin' && !spec.access.includes(session.role)) {
        return fail('forbidden', `a ${session.role} may not ${name}`, undefined, (spec as { refusal?: ConflictReason }).refusal);
      }
    }
    const parsed = spec.input.safeParse(input ?? {});
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      const field = issue.path.join('.') || (issue.code === 'unrecognized_keys' ? issue.keys.join(',') : '');
      return fail('bad_request', `${field ? `${field}: ` : ''}${issue.message}`, field || undefined);
    }
    try {
      const handler = handlers[name] as (input: unknown, ctx: { session: Session | null }) => unknown;
      return ok(handler(parsed.data, { session }));
    } catch (error) {
      if (error instanceof HallFault) return fail(error.code, error.message, error.field, error.reason);
      log(`command ${name} failed`, error);
      return fail('internal', 'internal error; the hall log has the details');
    }
  };
}
