// No import cycles among the source files of electron/, native/ and renderer/src (type-only imports
// count too: a cycle of types is still two modules that cannot be understood one without the other).
// KNOWN_CYCLES would list an excused cycle as its strongly connected component (files sorted); a
// listed one that is gone fails too, so the list cannot outlive what it excuses. It is empty.
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { cycles, importGraph, sourceFiles } from './import-graph';

const root = join(import.meta.dirname, '../..');

// Empty: none is excused. A cycle found here is to be broken, not listed (see electron/README.md).
const KNOWN_CYCLES: string[][] = [];

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
