// The device commands' HTTP paths (docs/API.md "Ticket printing" and the console's devices drawer).
import type { Route } from './capability';

export const deviceRoutes: Route[] = [
  { method: 'POST', path: '/api/tickets/reprint', command: 'tickets.reprint' },
  { method: 'GET', path: '/api/devices', command: 'devices.list' },
];
