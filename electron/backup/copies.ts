// The copies in a backup folder: their names (the hall time they were taken, sortable), the
// manifest that records each copy's verification, the list the manager sees, and pruning to N
// generations. Only copies this hall recorded in its manifest are ever removed: files it did not
// make are listed but left alone, and the live database is never in this folder.
import { existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { writeFileAtomic } from './files';

export const MANIFEST = 'tongban-backups.json';
const COPY_NAME = /^tongban-\d{8}-\d{6}(-\d+)?\.db$/;

const record = z.object({
  file: z.string().regex(COPY_NAME),
  takenAt: z.number(),
  size: z.number(),
  integrity: z.string(),
  schemaVersion: z.number(),
});
export type CopyRecord = z.infer<typeof record>;

export interface CopyEntry {
  file: string;
  path: string;
  size: number;
  takenAt: number;
  /** From the manifest; null for a copy this hall did not record. */
  integrity: string | null;
}

/** tongban-20261124-053000.db (UTC, so names sort by time whatever the hall's zone); -2, -3 … if taken twice in a second. */
export function copyName(folder: string, ms: number): string {
  const stamp = new Date(ms).toISOString().replace(/[-:]/g, '').replace('T', '-').slice(0, 15);
  for (let n = 1; ; n++) {
    const name = `tongban-${stamp}${n === 1 ? '' : `-${n}`}.db`;
    if (!existsSync(join(folder, name))) return name;
  }
}

/** The instant a copy's name stands for (UTC), or null if it does not parse. */
function timeInName(file: string): number | null {
  const m = /^tongban-(\d{4})(\d{2})(\d{2})-(\d{2})(\d{2})(\d{2})/.exec(file);
  if (!m) return null;
  const ms = Date.parse(`${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}Z`);
  return Number.isNaN(ms) ? null : ms;
}

export function readManifest(folder: string): CopyRecord[] {
  try {
    const parsed = z.array(record).safeParse(JSON.parse(readFileSync(join(folder, MANIFEST), 'utf8')));
    return parsed.success ? parsed.data : [];
  } catch {
    return [];
  }
}

export function writeManifest(folder: string, records: CopyRecord[]): void {
  writeFileAtomic(join(folder, MANIFEST), `${JSON.stringify(records, null, 2)}\n`);
}

/** Every copy in the folder, newest first. Throws if the folder cannot be read. */
export function listCopies(folder: string): CopyEntry[] {
  const recorded = new Map(readManifest(folder).map((r) => [r.file, r]));
  const entries: CopyEntry[] = [];
  for (const file of readdirSync(folder)) {
    if (!COPY_NAME.test(file)) continue;
    const path = join(folder, file);
    const stat = statSync(path);
    const r = recorded.get(file);
    entries.push({ file, path, size: stat.size, takenAt: r?.takenAt ?? timeInName(file) ?? stat.mtimeMs, integrity: r?.integrity ?? null });
  }
  return entries.sort((a, b) => b.takenAt - a.takenAt || b.file.localeCompare(a.file));
}

/** The newest copy whose verification passed, or null (also when the folder cannot be read). */
export function newestGoodCopy(folder: string): CopyEntry | null {
  try {
    return listCopies(folder).find((c) => c.integrity === 'ok') ?? null;
  } catch {
    return null;
  }
}

/** Records a new copy and removes this hall's copies beyond the newest `keep`. Returns the removed names. */
export function recordAndPrune(folder: string, added: CopyRecord, keep: number): string[] {
  const records = readManifest(folder)
    .filter((r) => r.file !== added.file && existsSync(join(folder, r.file)))
    .concat(added)
    .sort((a, b) => b.takenAt - a.takenAt);
  const kept = records.slice(0, keep);
  const removed = records.slice(keep);
  // The manifest first: a copy it no longer lists is never taken for a verified one.
  writeManifest(folder, kept);
  for (const r of removed) rmSync(join(folder, r.file), { force: true });
  return removed.map((r) => r.file);
}
