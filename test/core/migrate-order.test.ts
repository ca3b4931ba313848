// The hall's migrations come from several capabilities (core, sync, …); the composition joins them in
// version order and refuses a number taken twice or a gap, at start-up, before any database is touched.
import { expect, test } from 'vitest';
import { orderMigrations, type Migration } from '../../electron/core/migrate';
import { migrations } from '../../electron/core/migrations';
import { syncMigrations } from '../../electron/sync/migrations';

const m = (version: number): Migration => ({ version, name: `m${version}`, sql: '' });

test('capability lists are joined in version order; the hall keeps its shipped numbers', () => {
  expect(orderMigrations([m(3)], [m(1), m(2)]).map((x) => x.version)).toEqual([1, 2, 3]);
  expect(migrations.map((x) => x.version)).toEqual([1, 2, 3, 4]);
  expect(syncMigrations.map((x) => x.version)).toEqual([3, 4]); // the sync's own, in its own folder
});

test('a number taken twice or a gap is refused', () => {
  expect(() => orderMigrations([m(1), m(2)], [m(2)])).toThrow('two migrations are numbered 2');
  expect(() => orderMigrations([m(1)], [m(3)])).toThrow('migration 2 is missing');
});
