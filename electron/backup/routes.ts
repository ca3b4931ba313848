// The backup's HTTP paths (docs/API.md "Backups").
import type { Route } from '../core/capability';

export const backupRoutes: Route[] = [
  { method: 'GET', path: '/api/backup', command: 'backup.status' },
  { method: 'POST', path: '/api/backup/config', command: 'backup.configure' },
  { method: 'POST', path: '/api/backup/run-now', command: 'backup.runNow' },
  { method: 'GET', path: '/api/backup/alerts', command: 'backup.alerts' },
];
