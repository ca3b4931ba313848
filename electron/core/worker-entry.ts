// Where a worker thread's entry file is. Built, each worker is an entry of its own beside the main
// entries (electron.vite.config.ts: out/main/<name>.js), and the entry points say where that folder is
// (HallOptions.builtDir). Run from source (vitest, the bench under tsx) there is no build: the worker's
// TypeScript beside its starter, loaded through tsx (a dev dependency, as the source runs are).
import { join } from 'node:path';

export interface WorkerEntry {
  file: string;
  execArgv: string[];
}

/** `name` is the worker's build entry (electron.vite.config.ts); `sourceFile` its TypeScript. */
export function workerEntry(builtDir: string | null, name: string, sourceFile: string): WorkerEntry {
  return builtDir === null ? { file: sourceFile, execArgv: ['--import', 'tsx'] } : { file: join(builtDir, `${name}.js`), execArgv: [] };
}
