// The one store of the hall's settings. Each capability declares its slice: keys of the settings table,
// each with a zod schema that holds its default. A value is validated when read (a hand-edited or older
// value falls back to the default, with a log line, and never stops the hall) and when written (a
// HallFault naming the field). Parts never keep a snapshot: they read the store when they need a value,
// or watch a key and are told after the change committed, so a manager's change reaches the parts
// that already started, without a restart.
import type { z } from 'zod';
import { HallFault } from '../contract';
import type { Db } from './db';

export type SettingSpecs = Record<string, z.ZodType>;
export type SettingValues<S extends SettingSpecs> = { [K in keyof S]: z.output<S[K]> };
export type SettingChange<S extends SettingSpecs> = { [K in keyof S]?: z.input<S[K]> };
type Watcher = (value: unknown) => void;

export class SettingsStore<S extends SettingSpecs> {
  // Keyed by plain strings (not keyof S) so that a store of the whole hall is also a store of any
  // one capability's slice to the type checker.
  private readonly cache = new Map<string, unknown>();
  private readonly watchers = new Map<string, Set<Watcher>>();
  private readonly specs: SettingSpecs;

  constructor(
    private readonly db: Db,
    specs: S,
    private readonly log: (message: string, error?: unknown) => void,
  ) {
    this.specs = specs;
  }

  get<K extends keyof S & string>(key: K): SettingValues<S>[K] {
    if (!this.cache.has(key)) this.cache.set(key, this.read(key));
    return this.cache.get(key) as SettingValues<S>[K];
  }

  /**
   * Validates every value of the change (nothing is written if one is bad), writes them in one
   * transaction (with `alongside`, e.g. its audit row, in the same one), then tells the watchers of
   * each key that changed. Not for use inside another transaction: the watchers would hear of a value
   * that may still roll back.
   */
  update(change: SettingChange<S>, alongside?: () => void): void {
    if (this.db.inTransaction) throw new Error('settings are changed in their own transaction');
    const parsed: [string, unknown][] = [];
    for (const [key, value] of Object.entries(change)) {
      if (value === undefined) continue;
      const spec = this.specs[key];
      if (!spec) throw new HallFault('bad_request', `${key}: not a setting`, key);
      const one = spec.safeParse(value);
      if (!one.success) {
        const issue = one.error.issues[0]!;
        const field = [key, ...issue.path].join('.');
        throw new HallFault('bad_request', `${field}: ${issue.message}`, field);
      }
      parsed.push([key, one.data]);
    }
    const before = new Map(parsed.map(([key]) => [key, JSON.stringify(this.get(key as keyof S & string))]));
    const write = this.db.prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value');
    this.db.transaction(() => {
      for (const [key, value] of parsed) write.run(key, JSON.stringify(value));
      alongside?.();
    })();
    const changed = parsed.filter(([key, value]) => before.get(key) !== JSON.stringify(value));
    for (const [key, value] of parsed) this.cache.set(key, value);
    for (const [key, value] of changed) {
      for (const watcher of this.watchers.get(key) ?? []) {
        try {
          watcher(value);
        } catch (error) {
          this.log(`applying the new ${key} setting failed`, error);
        }
      }
    }
  }

  /** Calls `fn` with the new value after each committed change of `key`; returns the unsubscribe. */
  watch<K extends keyof S & string>(key: K, fn: (value: SettingValues<S>[K]) => void): () => void {
    const set = this.watchers.get(key) ?? new Set<Watcher>();
    this.watchers.set(key, set);
    set.add(fn as Watcher);
    return () => set.delete(fn as Watcher);
  }

  private read(key: string): unknown {
    const spec = this.specs[key]!;
    const row = this.db.prepare('SELECT value FROM settings WHERE key = ?').get(key) as { value: string } | undefined;
    if (row === undefined) return spec.parse(undefined);
    let value: unknown;
    try {
      value = JSON.parse(row.value);
    } catch {
      value = Symbol('unreadable');
    }
    const one = spec.safeParse(value);
    if (one.success) return one.data;
    this.log(`the stored ${key} setting is unreadable or invalid; using its default`);
    return spec.parse(undefined);
  }
}
