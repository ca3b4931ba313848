// Every command the hall refuses, whatever carried it (HTTP, WebSocket, IPC), is a line: the command,
// the code and reason, the offending field's name and who asked (the principal's role and id; for a
// login the user it was for). Never the input itself: no PINs, tokens or residents' text. Faults
// (code internal) are logged by the dispatcher with their stack. Refusals of the hall's in-process
// devices (its kiosk window, keypads, evaluators) are logged by the device layer, with the key pressed.
import { isCommandName, type HallError, type Result, type Session } from '../contract';
import type { PacedRun, Run } from '../core/dispatch';
import type { Principal } from '../core/principal';
import type { HallLogger, LogFields } from './hall-logger';

const WARN_CODES = new Set<HallError['code']>(['unauthenticated', 'forbidden', 'too_many_attempts']);
const DEVICE_ROLES = new Set<Session['role']>(['kiosk', 'pad']);

const short = (text: string, max: number) => (text.length > max ? `${text.slice(0, max)}…` : text);

function loginUser(name: string, input: unknown): string | undefined {
  if (name !== 'auth.login' || !input || typeof input !== 'object') return undefined;
  const user = (input as { user?: unknown }).user;
  return typeof user === 'string' ? short(user, 32) : undefined;
}

export function loggingRefusals(run: Run, log: HallLogger): Run {
  return (name, input, principal) => noted(log, name, input, principal, run(name, input, principal));
}

function noted<T>(log: HallLogger, name: string, input: unknown, principal: Principal | null, result: Result<T>): Result<T> {
  if (!result.ok) logRefusal(log, name, input, principal, result.error);
  return result;
}

/** The same for the paced door (long reads): the refusal is logged once the answer is known. */
export function loggingPacedRefusals(run: PacedRun, log: HallLogger): PacedRun {
  return async (name, input, principal) => {
    const result = await run(name, input, principal);
    try {
      return noted(log, name, input, principal, result);
    } catch {
      return result; // a log that cannot write (the hall closed meanwhile) must not turn the answer into a rejected promise
    }
  };
}

/** One refusal as a line (the async login door logs its own, with the source it came from). */
export function logRefusal(log: HallLogger, name: string, input: unknown, principal: Principal | null, error: HallError, source?: string): void {
  if (error.code === 'internal' || (principal && principal.kind !== 'session')) return;
  const session = principal?.session ?? null;
  const { code, reason, field, message } = error;
  const fields: LogFields = {
    command: isCommandName(name) ? name : short(String(name), 40),
    code,
    principal: session?.role ?? 'anonymous',
    ...(session ? { user: session.user } : {}),
    ...(loginUser(name, input) ? { user: loginUser(name, input) } : {}),
    ...(source ? { from: short(source, 64) } : {}),
    ...(reason ? { reason } : {}),
    ...(field ? { field } : {}),
    detail: short(message, 160),
  };
  const device = session ? DEVICE_ROLES.has(session.role) : false;
  const text = name === 'auth.login' ? 'login refused' : device ? 'device command refused' : 'command refused';
  (device ? log.child('devices') : log)[device || WARN_CODES.has(code) ? 'warn' : 'info'](text, fields);
}
