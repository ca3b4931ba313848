// Free space of the data folder's disk, so a filling disk is reported before SQLite's writes fail.
import { statfsSync } from 'node:fs';

export interface DiskSpace {
  freeBytes: number;
  totalBytes: number;
}

export type StatFs = (path: string) => DiskSpace;

export const systemStatFs: StatFs = (path) => {
  const s = statfsSync(path);
  return { freeBytes: s.bavail * s.bsize, totalBytes: s.blocks * s.bsize };
};

/** Below 500 MiB, or below 5 % of the disk, the hall raises the disk_low alert. */
export const LOW_DISK_BYTES = 500 * 2 ** 20;
export const LOW_DISK_SHARE = 0.05;

export function isDiskLow(d: DiskSpace): boolean {
  return d.freeBytes < LOW_DISK_BYTES || d.freeBytes < d.totalBytes * LOW_DISK_SHARE;
}
