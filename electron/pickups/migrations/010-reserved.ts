// PLACEHOLDER, not for main: migration 10 belongs to another branch of issue 13 (the lead numbered
// them); without it this branch's list would have a gap and no hall would start. The lead drops this
// file (and its line in index.ts) when merging, keeping the real migration 10.
import type { Migration } from '../../shared/migrate';

export const migration010Reserved: Migration = { version: 10, name: 'reserved for another branch (placeholder)', sql: '' };
