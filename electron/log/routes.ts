// The hall log's HTTP paths (docs/API.md "Hall log"); the raw download, GET /api/log/download, is
// the server's own (server/log-routes.ts): it streams a file rather than answering a command.
import type { Route } from '../core/capability';

export const logRoutes: Route[] = [
  { method: 'GET', path: '/api/log', command: 'log.tail' },
  { method: 'GET', path: '/api/log/file', command: 'log.file' },
];
