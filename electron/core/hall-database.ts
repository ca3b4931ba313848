// The hall's own database: tongban.db opened with every capability's migrations (capabilities.ts).
import { openDatabase, type Db } from './db';
import { hallMigrations } from './capabilities';

export { hallMigrations } from './capabilities';

/** The schema version this Tongban brings a hall database to. */
export const latestVersion = hallMigrations.at(-1)?.version ?? 0;

export function openHallDatabase(file: string): Db {
  return openDatabase(file, hallMigrations);
}
