// The pickups capability's HTTP paths (docs/API.md "Pickups (承诺件)"). A path parameter is a field of
// the command's input (`:code`).
import type { Route } from '../core/capability';

export const pickupRoutes: Route[] = [
  { method: 'GET', path: '/api/pickups', command: 'pickups.list' },
  { method: 'GET', path: '/api/pickups/:code', command: 'pickups.get' },
  { method: 'POST', path: '/api/pickups/:code/advance', command: 'pickups.advance' },
  { method: 'POST', path: '/api/pickups/:code/take', command: 'pickups.take', status: 201 },
  { method: 'GET', path: '/api/tickets/:ticketId/pickup', command: 'pickups.acceptedAt' },
  { method: 'GET', path: '/api/windows/:window/pickup', command: 'pickups.atWindow' },
  { method: 'POST', path: '/api/windows/:window/hand-over', command: 'pickups.handOver' },
];
