// The composition root's registry: capabilities start in order, each only after the ones it needs;
// a setting key, route, command handler or migration number declared twice fails at start-up, and a
// command that no capability handles does too.
import { expect, test } from 'vitest';
import { commandNames, DuplicateNameError } from '../../electron/contract';
import { CapabilityList, joinHandlers, type Capability } from '../../electron/core/capability';
import { capabilities, declarationsOf, hallRoutes, hallSettingSpecs } from '../../electron/core/capabilities';
import { queueCapability } from '../../electron/core/queue-capability';
import { backupCapability } from '../../electron/backup/capability';
import { syncCapability } from '../../electron/sync/capability';
import { z } from 'zod';

const bare = { settings: {}, migrations: [], routes: [] };
const provider: Capability<object, { clockTower: number }, Record<never, never>> = {
  name: 'tower',
  ...bare,
  start: () => ({ provides: { clockTower: 1 }, handlers: {} }),
};
const consumer: Capability<{ clockTower: number }, object, Record<never, never>> = {
  name: 'bell',
  ...bare,
  start: (_ctx, { clockTower }) => ({ provides: {}, handlers: {}, close: () => void clockTower }),
};

test('a capability is added after the ones that provide what it needs, never before (the type checker refuses)', () => {
  expect(
    CapabilityList.start()
      .add(provider)
      .add(consumer)
      .all.map((c) => c.name),
  ).toEqual(['tower', 'bell']);
  // @ts-expect-error -- the bell needs the tower, which nothing before it provides
  CapabilityList.start().add(consumer);
  // @ts-expect-error -- backups wait for the sync: registered before it, the list does not type-check
  CapabilityList.start().add(queueCapability).add(backupCapability).add(syncCapability);
});

test('the registry lists every capability once, and every setting key and route once', () => {
  const names = capabilities.all.map((c) => c.name);
  expect(names).toEqual([
    'queue',
    'devices',
    'sync',
    'backup',
    'log',
    'config',
    'pairing',
    'voice',
    'announcements',
    'hours',
    'policy',
    'appointments',
    'pickups',
    'reports',
    'live',
  ]);
  expect(Object.keys(hallSettingSpecs)).toEqual(expect.arrayContaining(['hallName', 'timeZone', 'ratingTimeoutSeconds', 'sync', 'backup', 'backupLastRun']));
  const routes = hallRoutes.map((r) => `${r.method} ${r.path}`);
  expect(new Set(routes).size).toBe(routes.length);
  // Every route names a command of the contract.
  expect(hallRoutes.filter((r) => !commandNames.includes(r.command))).toEqual([]);
});

test('a setting key or a route declared by two capabilities is refused', () => {
  const withKey = { ...provider, name: 'a', settings: { hallName: z.string().default('x') } };
  expect(() => declarationsOf([queueCapability, withKey])).toThrow(new DuplicateNameError('setting', 'hallName'));
  const withRoute = { ...provider, name: 'b', routes: [{ method: 'GET' as const, path: '/api/hall', command: 'hall.get' as const }] };
  expect(() => declarationsOf([queueCapability, withRoute])).toThrow(new DuplicateNameError('route', 'GET /api/hall'));
  const withMigration = { ...provider, name: 'c', migrations: [{ version: 2, name: 'again', sql: '' }] };
  expect(() => declarationsOf([queueCapability, withMigration])).toThrow('two migrations are numbered 2');
});

test('a command handled twice, or by no capability, stops the hall at start-up', () => {
  const all = Object.fromEntries(commandNames.map((name) => [name, () => null]));
  expect(Object.keys(joinHandlers([all]))).toHaveLength(commandNames.length);
  expect(() => joinHandlers([all, { 'hall.get': () => null as never }])).toThrow(new DuplicateNameError('handler', 'hall.get'));
  const { 'sync.resend': _left, ...missing } = all;
  expect(() => joinHandlers([missing])).toThrow('no capability handles sync.resend');
});
