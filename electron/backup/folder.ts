// Whether a folder can take the hall's backups: an absolute path to an existing folder that this
// process can write to (probed by writing a file: permissions alone lie on network shares), and
// not the data folder itself (a copy on the same disk as the original dies with it).
import { closeSync, fsyncSync, openSync, rmSync, statSync, writeSync } from 'node:fs';
import { isAbsolute, join, resolve } from 'node:path';

/** The problem with the folder in words, or null when backups can go there. */
export function folderProblem(folder: string, dataDir: string): string | null {
  if (!isAbsolute(folder)) return 'must be an absolute path';
  let stat;
  try {
    stat = statSync(folder);
  } catch {
    return 'does not exist (is the drive plugged in, the share mounted?)';
  }
  if (!stat.isDirectory()) return 'is not a folder';
  if (resolve(folder) === resolve(dataDir)) return 'is the data folder itself; choose another drive';
  const probe = join(folder, `.tongban-write-test-${process.pid}`);
  try {
    const fd = openSync(probe, 'w');
    try {
      writeSync(fd, 'tongban');
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    rmSync(probe, { force: true });
    return null;
  } catch (error) {
    return `is not writable (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`;
  }
}
