// Durable file steps shared by the backup and the restore: a file and its folder flushed to the
// disk, and a small file written atomically (temp name, fsync, rename), so a power cut leaves
// either the old file or the new one, never half of one.
import { closeSync, fsyncSync, openSync, renameSync, writeFileSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { dirname, join } from 'node:path';

export function fsyncFile(path: string): void {
  const fd = openSync(path, 'r+');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** The same off the main thread: flushing a large copy can take a good part of a second. */
export async function fsyncFileAsync(path: string): Promise<void> {
  const handle = await open(path, 'r+');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** Makes a rename inside the folder durable. Windows cannot open a folder: it flushes renames itself. */
export function fsyncDir(dir: string): void {
  let fd: number;
  try {
    fd = openSync(dir, 'r');
  } catch {
    return;
  }
  try {
    fsyncSync(fd);
  } catch {
    // EISDIR / EPERM on platforms that cannot sync a folder handle
  } finally {
    closeSync(fd);
  }
}

export function writeFileAtomic(path: string, text: string): void {
  const temp = join(dirname(path), `.${process.pid}.${Date.now()}.tmp`);
  writeFileSync(temp, text);
  fsyncFile(temp);
  renameSync(temp, path);
  fsyncDir(dirname(path));
}
