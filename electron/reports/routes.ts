// The reports capability's HTTP paths (docs/API.md "Reports"); the query string is the command's input.
import type { Route } from '../core/capability';

export const reportRoutes: Route[] = [{ method: 'GET', path: '/api/reports/summary', command: 'reports.summary' }];
