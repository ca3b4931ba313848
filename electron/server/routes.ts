// The HTTP API: a table that maps each stable path to one contract command. docs/API.md documents
// these paths; keep the two in step. Success answers the command's value; failure answers
// { ok: false, error: { code, message, field? } } with the HTTP status of the code.
import type { CommandName } from '../contract';

export interface Route {
  method: 'GET' | 'POST';
  path: string;
  command: CommandName;
  /** Status on success (201 for creations). */
  status?: number;
}

const windowAction = (segment: string, command: CommandName): Route => ({
  method: 'POST',
  path: `/api/windows/:window/${segment}`,
  command,
});

export const routes: Route[] = [
  { method: 'POST', path: '/api/login', command: 'auth.login' },
  { method: 'POST', path: '/api/logout', command: 'auth.logout' },
  { method: 'GET', path: '/api/hall', command: 'hall.get' },
  { method: 'GET', path: '/api/services', command: 'services.list' },
  { method: 'GET', path: '/api/items', command: 'items.list' },
  { method: 'POST', path: '/api/tickets', command: 'tickets.issue', status: 201 },
  { method: 'POST', path: '/api/tickets/reprint', command: 'tickets.reprint' },
  { method: 'GET', path: '/api/devices', command: 'devices.list' },
  { method: 'GET', path: '/api/windows/:window', command: 'window.get' },
  windowAction('sign-in', 'window.signIn'),
  windowAction('sign-out', 'window.signOut'),
  windowAction('call-next', 'window.callNext'),
  windowAction('recall', 'window.recall'),
  windowAction('start', 'window.start'),
  windowAction('no-show', 'window.noShow'),
  windowAction('finish', 'window.finish'),
  windowAction('transfer', 'window.transfer'),
  windowAction('pause', 'window.pause'),
  windowAction('resume', 'window.resume'),
];

/** Path parameters become input fields; a number-looking one becomes a number so the schema can check it. */
export function paramsToInput(params: Record<string, string>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(params)) out[key] = /^\d{1,9}$/.test(value) ? Number(value) : value;
  return out;
}
