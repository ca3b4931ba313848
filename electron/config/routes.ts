// The configuration's HTTP paths (docs/API.md "Hall configuration").
import type { Route } from '../core/capability';

export const configRoutes: Route[] = [
  { method: 'GET', path: '/api/config/services', command: 'config.services' },
  { method: 'POST', path: '/api/config/services', command: 'config.saveService' },
  { method: 'GET', path: '/api/config/items', command: 'config.items' },
  { method: 'POST', path: '/api/config/items', command: 'config.saveItem' },
  { method: 'GET', path: '/api/config/hall', command: 'config.hall' },
  { method: 'POST', path: '/api/config/hall', command: 'config.saveHall' },
  { method: 'GET', path: '/api/audit', command: 'audit.list' },
  { method: 'GET', path: '/api/config/windows', command: 'config.windows' },
  { method: 'POST', path: '/api/config/windows', command: 'config.saveWindow' },
  { method: 'GET', path: '/api/config/clerks', command: 'config.clerks' },
  { method: 'POST', path: '/api/config/clerks', command: 'config.saveClerk' },
  { method: 'POST', path: '/api/config/clerks/:id/pin', command: 'config.resetPin' },
  { method: 'GET', path: '/api/config/clerks/:id/photo', command: 'config.clerkPhoto' },
  { method: 'POST', path: '/api/config/clerks/:id/photo', command: 'config.setClerkPhoto' },
  { method: 'GET', path: '/api/config/export', command: 'config.export' },
  { method: 'POST', path: '/api/config/import', command: 'config.import' },
  { method: 'POST', path: '/api/config/import-items', command: 'config.importItems' },
];
