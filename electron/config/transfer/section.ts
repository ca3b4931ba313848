// One section of the configuration file (services, items, windows, clerks, …): how its entries are
// read from the hall for export (the same shape the file holds), what an entry must agree with in the
// file and the hall (checked before anything is written), and how one is written on import. A new
// section is one such object plus its entry in `sections` (sections.ts) and its array in
// contract/config-file.ts.
import { HallFault, type ConfigFile, type PlanWarning, type SectionName } from '../../contract';
import type { Db } from '../../core/db';

export interface ImportContext {
  db: Db;
  file: ConfigFile;
  /** Who imports: a manager may not take away their own account's rights. */
  userId: string;
  /** The hall's clock at the import (a revoked device's revoked_at, a new one's created_at). */
  now: number;
}

export interface EntrySection<E> {
  name: Exclude<SectionName, 'hall'>;
  /** The audit noun: `<what>.created` / `<what>.updated`, as the manager's own saves record them. */
  what: string;
  /** The field that identifies an entry (named in a duplicate's error). */
  keyField: string;
  keyOf(entry: E): string;
  entries(file: ConfigFile): E[];
  /** Every entry of the hall, in the file's shape and order. */
  read(db: Db): E[];
  /** Throws a fault naming `at` (e.g. `items[3]`) and the field when the entry cannot be applied. */
  check?(entry: E, at: string, ctx: ImportContext): void;
  /** Runs inside the transaction before this section's writes, with the entries about to be updated. */
  beforeWrites?(db: Db, updated: E[]): void;
  /** Writes one entry; runs inside the import's one transaction. */
  write(db: Db, entry: E, exists: boolean, ctx: ImportContext): void;
  /** The entry as the plan and the audit show it, where that differs from the file (a photo as its size). */
  describe?(entry: E): unknown;
  warning?(entry: E, exists: boolean): Omit<PlanWarning, 'section' | 'key'> | undefined;
}

/** Type erasure for the list of sections (each is typed where it is written). */
export type AnySection = EntrySection<any>;

export function entryFault(at: string, field: string, message: string): HallFault {
  const path = `${at}.${field}`;
  return new HallFault('bad_request', `${path}: ${message}`, path);
}

/** A zod issue's path as the file's reader sees it: `items[3].name.zh-CN`. */
export function pathText(path: readonly PropertyKey[]): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i === 0 ? '' : '.'}${String(p)}`)).join('');
}

/** Equal as JSON regardless of key order. */
export function sameValue(a: unknown, b: unknown): boolean {
  return stable(a) === stable(b);
}

function stable(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stable).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value).sort(([x], [y]) => (x < y ? -1 : 1));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stable(v)}`).join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}
