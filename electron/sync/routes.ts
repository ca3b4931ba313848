// The sync's HTTP paths (docs/API.md "Nightly sync").
import type { Route } from '../core/capability';

export const syncRoutes: Route[] = [
  { method: 'GET', path: '/api/sync', command: 'sync.status' },
  { method: 'POST', path: '/api/sync/config', command: 'sync.configure' },
  { method: 'POST', path: '/api/sync/send-now', command: 'sync.sendNow' },
  { method: 'POST', path: '/api/sync/days/:day/resend', command: 'sync.resend' },
];
