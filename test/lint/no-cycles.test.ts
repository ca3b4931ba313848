// No import cycles among the source files of electron/, native/ and renderer/src (type-only imports
// count too: a cycle of types is still two modules that cannot be understood one without the other).
// The cycles that exist today are listed below, each a strongly connected component (all its files,
// sorted): any other cycle fails, and so does a listed one that is gone or changed, so the list
// cannot outlive the cycles it excuses.
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { cycles, importGraph, sourceFiles } from './import-graph';

const root = join(import.meta.dirname, '../..');

const KNOWN_CYCLES: string[][] = [
  // lead is removing this in issue 10 (handlers.ts ↔ rating-handlers.ts and the capabilities' handler maps)
  ['electron/backup/handlers.ts', 'electron/core/handlers.ts', 'electron/core/rating-handlers.ts', 'electron/core/sync-handlers.ts', 'electron/log/log-handlers.ts'],
  // lead is removing this in issue 10 (core/ ↔ sync/: the sync's migrations listed in core)
  ['electron/core/db.ts', 'electron/core/migrations.ts', 'electron/sync/sync-store.ts'],
];

test('the source has no import cycle but the known ones', () => {
  const graph = importGraph(root, sourceFiles(root, ['electron', 'native', 'renderer/src']));
  expect(graph.size).toBeGreaterThan(200);
  expect(cycles(graph)).toEqual(KNOWN_CYCLES);
});

test('the check finds a cycle, and a file importing itself', () => {
  const graph = new Map([
    ['a.ts', ['b.ts']],
    ['b.ts', ['c.ts']],
    ['c.ts', ['a.ts', 'd.ts']],
    ['d.ts', []],
    ['e.ts', ['e.ts']],
  ]);
  expect(cycles(graph)).toEqual([['a.ts', 'b.ts', 'c.ts'], ['e.ts']]);
});
