// LEAD, DELETE AT MERGE: empty stand-ins for migrations 7 and 8, which other branches of issue 11
// ship, so that this branch (migration 9) runs on its own (the runner refuses a gap). The merge keeps
// their real 7 and 8 instead; a stand-in left in fails at start-up ("two migrations are numbered 7").
import type { Migration } from '../../shared/migrate';

export const gapStandIns: Migration[] = [
  { version: 7, name: 'stand-in for another branch (delete at merge)', sql: '' },
  { version: 8, name: 'stand-in for another branch (delete at merge)', sql: '' },
];
