// The hours capability's HTTP paths (docs/API.md "Opening hours").
import type { Route } from '../core/capability';

export const hoursRoutes: Route[] = [
  { method: 'GET', path: '/api/hours/now', command: 'hours.now' },
  { method: 'GET', path: '/api/hours', command: 'hours.settings' },
  { method: 'POST', path: '/api/hours', command: 'hours.save' },
  { method: 'POST', path: '/api/hours/dates', command: 'hours.importDates' },
];
