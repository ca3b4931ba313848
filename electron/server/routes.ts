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
  { method: 'GET', path: '/api/sync', command: 'sync.status' },
  { method: 'POST', path: '/api/sync/config', command: 'sync.configure' },
  { method: 'POST', path: '/api/sync/send-now', command: 'sync.sendNow' },
  { method: 'GET', path: '/api/backup', command: 'backup.status' },
  { method: 'POST', path: '/api/backup/config', command: 'backup.configure' },
  { method: 'POST', path: '/api/backup/run-now', command: 'backup.runNow' },
  { method: 'GET', path: '/api/backup/alerts', command: 'backup.alerts' },
  // The hall log (docs/API.md "Hall log"); the raw download is GET /api/log/download (log-routes.ts).
  { method: 'GET', path: '/api/log', command: 'log.tail' },
  { method: 'GET', path: '/api/log/file', command: 'log.file' },
  { method: 'POST', path: '/api/sync/days/:day/resend', command: 'sync.resend' },
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
  windowAction('finish-then', 'window.finishThen'),
  // 好差评 (docs/API.md "好差评 ratings")
  windowAction('invite-rating', 'window.inviteRating'),
  { method: 'GET', path: '/api/windows/:window/rating', command: 'ratings.prompt' },
  windowAction('rating', 'ratings.submit'),
  { method: 'GET', path: '/api/ratings', command: 'ratings.list' },
  { method: 'POST', path: '/api/ratings/:ratingId/review', command: 'ratings.markUnderReview' },
  { method: 'GET', path: '/api/rating-settings', command: 'ratings.settings' },
  { method: 'POST', path: '/api/rating-settings', command: 'ratings.configure' },
  { method: 'GET', path: '/api/followups', command: 'followups.list' },
  { method: 'GET', path: '/api/followups/:id', command: 'followups.get' },
  { method: 'POST', path: '/api/followups/:id/steps', command: 'followups.record' },
];

/** Path parameters become input fields; a number-looking one becomes a number so the schema can check it. */
export function paramsToInput(params: Record<string, string>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(params)) out[key] = /^\d{1,9}$/.test(value) ? Number(value) : value;
  return out;
}
