// Every command the hall refuses, whatever carried it (HTTP, WebSocket, IPC), is a line: the command,
// the code and reason, the offending field's name and who asked (the principal's role and id; for a
// login the user it was for). Never the input itself: no PINs, tokens or residents' text. Faults
// (code internal) are logged by the dispatcher with their stack. Refusals of the hall's in-process
// devices (its kiosk window, keypads, evaluators) are logged by the device layer, with the key pressed.
import { isCommandName, type HallError, type Session } from '../contract';
import type { Run } from '../core/dispatch';
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
  const devices = log.child('devices');
  return (name, input, principal) => {
    const result = run(name, input, principal);
    if (result.ok || result.error.code === 'internal' || (principal && principal.kind !== 'session')) return result;
    const session = principal?.session ?? null;
    const { code, reason, field, message } = result.error;
    const fields: LogFields = {
      command: isCommandName(name) ? name : short(String(name), 40),
      code,
      principal: session?.role ?? 'anonymous',
      ...(session ? { user: session.user } : {}),
      ...(loginUser(name, input) ? { user: loginUser(name, input) } : {}),
      ...(reason ? { reason } : {}),
      ...(field ? { field } : {}),
      detail: short(message, 160),
    };
    const device = session ? DEVICE_ROLES.has(session.role) : false;
    const text = name === 'auth.login' ? 'login refused' : device ? 'device command refused' : 'command refused';
    (device ? devices : log)[device || WARN_CODES.has(code) ? 'warn' : 'info'](text, fields);
    return result;
  };
}
