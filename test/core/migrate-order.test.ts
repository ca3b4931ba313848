// The hall's migrations come from several capabilities (core, sync, …); the composition joins them in
// version order and refuses a number taken twice or a gap, at start-up, before any database is touched.
import { createHash } from 'node:crypto';
import { expect, test } from 'vitest';
import { orderMigrations, type Migration } from '../../electron/shared/migrate';
import { hallMigrations as migrations } from '../../electron/core/hall-database';
import { syncMigrations } from '../../electron/sync/migrations';

const m = (version: number): Migration => ({ version, name: `m${version}`, sql: '' });

test('capability lists are joined in version order; the hall keeps its shipped numbers', () => {
  expect(orderMigrations([m(3)], [m(1), m(2)]).map((x) => x.version)).toEqual([1, 2, 3]);
  expect(migrations.map((x) => x.version)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14]);
  expect(syncMigrations.map((x) => x.version)).toEqual([3, 4]); // the sync's own, in its own folder
});

test('a number taken twice or a gap is refused', () => {
  expect(() => orderMigrations([m(1), m(2)], [m(2)])).toThrow('two migrations are numbered 2');
  expect(() => orderMigrations([m(1)], [m(3)])).toThrow('migration 2 is missing');
});

// A shipped migration is never edited (databases in the field have run it): its SQL is pinned here.
// A new migration adds its line; a changed hash means an edit to undo, not a line to update.
test('the shipped migrations are unchanged, one file each', () => {
  const pinned = migrations.map((x) => [x.version, createHash('sha256').update(x.sql).digest('hex').slice(0, 16), x.rebuildsTables ?? false]);
  expect(pinned).toEqual([
    [1, '789538ce16dde362', false],
    [2, '20ad809586266733', true],
    [3, '3b88e62b2f3243bc', false],
    [4, '13f31c548272fcd7', false],
    [5, '6a12b0cee123a684', false],
    [6, '740067666dbf888a', false],
    [7, '67329a3adebad67f', false],
    [8, '573c3e6a86b4c5ed', false],
    [9, '51290ffd1d7f19cd', false],
    [10, '58eed5511431a4c2', false],
    [11, 'bd4dcd2fbe970077', false],
    [12, 'aae8444251098272', true],
    [13, 'b5da3b542de1086a', false],
    [14, 'c650f4c345582aec', false],
  ]);
});
