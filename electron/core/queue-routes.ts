// The queue's and the ratings' HTTP paths (docs/API.md "Queue" and "好差评 ratings"): each maps one
// stable path to one command; path parameters become input fields.
import type { CommandName } from '../contract';
import type { Route } from './capability';

const windowAction = (segment: string, command: CommandName): Route => ({
  method: 'POST',
  path: `/api/windows/:window/${segment}`,
  command,
});

export const queueRoutes: Route[] = [
  { method: 'POST', path: '/api/login', command: 'auth.login' },
  { method: 'POST', path: '/api/logout', command: 'auth.logout' },
  { method: 'GET', path: '/api/auth/lockouts', command: 'auth.lockouts' },
  { method: 'POST', path: '/api/auth/unlock', command: 'auth.unlock' },
  { method: 'GET', path: '/api/hall', command: 'hall.get' },
  { method: 'GET', path: '/api/services', command: 'services.list' },
  { method: 'GET', path: '/api/items', command: 'items.list' },
  { method: 'POST', path: '/api/tickets', command: 'tickets.issue', status: 201 },
  { method: 'GET', path: '/api/windows/:window', command: 'window.get' },
  { method: 'GET', path: '/api/windows/:window/my-day', command: 'window.myDay' },
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
  // The queue moves (issue 14)
  windowAction('hold', 'window.hold'),
  windowAction('resume-held', 'window.resumeHeld'),
  windowAction('undo-no-show', 'window.undoNoShow'),
  windowAction('requeue', 'window.requeue'),
  windowAction('call-ticket', 'window.callTicket'),
  { method: 'GET', path: '/api/windows/:window/transfer-targets', command: 'window.transferTargets' },
  { method: 'GET', path: '/api/tickets/no-shows', command: 'tickets.noShows' },
  // 好差评
  windowAction('invite-rating', 'window.inviteRating'),
  { method: 'GET', path: '/api/windows/:window/rating', command: 'ratings.prompt' },
  windowAction('rating', 'ratings.submit'),
  windowAction('rating-activity', 'ratings.activity'), // the pad: the resident is using it (issue 14)
  { method: 'GET', path: '/api/ratings', command: 'ratings.list' },
  { method: 'POST', path: '/api/ratings/:ratingId/review', command: 'ratings.markUnderReview' },
  { method: 'GET', path: '/api/rating-settings', command: 'ratings.settings' },
  { method: 'POST', path: '/api/rating-settings', command: 'ratings.configure' },
  { method: 'GET', path: '/api/followups', command: 'followups.list' },
  { method: 'GET', path: '/api/followups/:id', command: 'followups.get' },
  { method: 'POST', path: '/api/followups/:id/steps', command: 'followups.record' },
];
