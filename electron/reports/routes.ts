// The reports capability's HTTP paths (docs/API.md "Reports"); the query string is the command's input.
// The files themselves (summary.csv, export.xlsx) are the LAN server's (server/report-routes.ts).
import type { Route } from '../core/capability';

export const reportRoutes: Route[] = [
  { method: 'GET', path: '/api/reports/summary', command: 'reports.summary' },
  { method: 'GET', path: '/api/reports/summaries', command: 'reports.summaries' },
  { method: 'GET', path: '/api/reports/export', command: 'reports.xlsx' },
];
