// A hall with its inner parts in reach (database, engine, ratings desk, backup, sync, settings store),
// for tests and benchmarks that set a scene or look behind the commands. The app never imports this
// file (the lint refuses it in every source folder): its parts use the Hall's doors and ports only.
import { assembleHall, type Hall, type HallInner, type HallOptions } from './hall';

export type InspectableHall = Hall & HallInner;

export function openInspectableHall(options: HallOptions): InspectableHall {
  const { hall, inner } = assembleHall(options);
  return { ...hall, ...inner };
}
