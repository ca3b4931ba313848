// PLACEHOLDER for migration 7, which another helper's branch ships (issue 11): only so that this
// branch's migrations run 1, 2, 3 … without a gap. The lead drops this file and its line at merge.
import type { Migration } from '../../shared/migrate';

export const migration007: Migration = { version: 7, name: 'placeholder (another branch ships migration 7)', sql: '' };
