// The reports capability's migrations, numbered in the hall database's user_version with the others
// (core/capabilities.ts joins them; each has its test in test/core/migrations.test.ts).
import { migration014 } from './014-report-events-index';

export const reportMigrations = [migration014];
