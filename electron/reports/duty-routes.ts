// The HTTP paths of the duty report and the appraisal sheet (docs/API.md "Reports"); the query string is the command's input.
import type { Route } from '../core/capability';

export const dutyReportRoutes: Route[] = [
  { method: 'GET', path: '/api/reports/duty', command: 'reports.duty' },
  { method: 'GET', path: '/api/reports/appraisal', command: 'reports.appraisal' },
];
