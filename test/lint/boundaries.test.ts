// The boundaries are enforced by the lint (eslint.config.js): for every folder, these fixtures (virtual
// files inside it) must be rejected or accepted exactly as its README says, so a loosened or removed
// rule fails here. And every source folder has a rule, so a new folder cannot slip through unchecked.
import { readdirSync } from 'node:fs';
import { ESLint } from 'eslint';
import { describe, expect, test } from 'vitest';

const eslint = new ESLint({ cwd: process.cwd() });

async function restrictedImports(filePath: string, code: string): Promise<number> {
  const [result] = await eslint.lintText(code, { filePath });
  return result!.messages.filter((m) => m.ruleId === 'no-restricted-imports').length;
}

const importing = (spec: string) => `import * as m from '${spec}';\nexport { m };\n`;

interface Boundary {
  /** A fixture file inside the folder (it need not exist). */
  file: string;
  forbidden: string[];
  allowed: string[];
}

const boundaries: Record<string, Boundary> = {
  renderer: {
    file: 'renderer/src/kiosk/Fixture.tsx',
    forbidden: [
      'electron',
      'node:fs',
      'path',
      'better-sqlite3',
      'serialport',
      'fastify',
      '../../../electron/core/hall',
      '../../../electron/server/server',
      '../../../electron/main/app',
      '../../../electron/preload',
      '../../../electron/devices',
      '../../../electron/sync/runner',
      '../../../electron/receiver/receiver',
      '../../../native/printer',
    ],
    allowed: ['../../../electron/contract', '../../../electron/shared/locales', 'react', 'react-i18next', '../shared/useLang', '../console/devices/DeviceList'],
  },
  contract: {
    file: 'electron/contract/fixture.ts',
    forbidden: [
      'node:path',
      'electron',
      'fastify',
      'react',
      '../core/hall',
      '../server/server',
      '../sync/receipt',
      '../devices/config',
      '../../native/printer/status',
      '../../renderer/src/i18n',
    ],
    allowed: ['zod', './views', '../shared/locales'],
  },
  shared: {
    file: 'electron/shared/time/fixture.ts',
    forbidden: [
      'node:fs',
      'fs',
      'electron',
      'better-sqlite3',
      'react-dom',
      '../../contract',
      '../../core/hall',
      '../../sync/backoff',
      '../../../native/led/bx5k',
      '../../../renderer/src/i18n',
    ],
    allowed: ['./format', '../locales', 'zod'],
  },
  core: {
    file: 'electron/core/fixture.ts',
    forbidden: [
      'electron',
      '../server/server',
      '../main/app',
      '../preload',
      '../devices',
      '../devices/config',
      '../receiver/receiver',
      '../../native/printer/status',
      '../../renderer/src/i18n',
    ],
    allowed: ['node:path', 'better-sqlite3', '../contract', '../sync/service', '../backup/service', '../log/hall-logger', './devices', '../shared/locales'],
  },
  ...Object.fromEntries(
    ['backup', 'config', 'log', 'sync', 'pairing', 'voice', 'hours', 'appointments', 'pickups', 'reports', 'live'].map((folder) => [
      folder,
      {
        file: `electron/${folder}/fixture.ts`,
        forbidden: ['electron', '../main/app', '../preload', '../receiver/receiver', '../server/server', '../devices', '../../native/printer/status'],
        allowed: ['node:fs', '../core/db', '../contract', '../shared/locales', '../sync/night-window'],
      },
    ]),
  ),
  devices: {
    file: 'electron/devices/printing/fixture.ts',
    forbidden: ['electron', '../../main/app', '../../preload', '../../server/server', '../../receiver/receiver', '../../../renderer/src/i18n'],
    allowed: ['node:fs', '../../core/hall', '../../contract', '../../shared/locales', '../../log/device-log', '../../../native/printer/status', '../index'],
  },
  server: {
    file: 'electron/server/fixture.ts',
    forbidden: ['electron', '../main/app', '../preload', '../receiver/receiver', '../../native/printer/status', '../../renderer/src/i18n'],
    allowed: ['fastify', 'node:http', '../core/hall', '../devices', '../log/file-log', '../contract'],
  },
  receiver: {
    file: 'electron/receiver/fixture.ts',
    forbidden: [
      'electron',
      '../core/db',
      '../core/hall',
      '../devices',
      '../server/server',
      '../main/app',
      '../preload',
      '../backup/service',
      '../log/hall-logger',
      '../sync/service',
      '../sync/runner',
      '../../native/printer/status',
    ],
    allowed: [
      'fastify',
      'node:crypto',
      'better-sqlite3',
      '../sync/signing',
      '../sync/receipt',
      '../sync/batch-schema',
      '../contract',
      '../shared/locales',
      './store',
    ],
  },
  native: {
    file: 'native/printer/fixture.ts',
    forbidden: ['electron', '../../electron/contract', '../../electron/core/hall', '../../electron/devices', '../../renderer/src/i18n'],
    allowed: ['node:net', 'serialport', '../transport/transport', './status', '../../electron/shared/locales'],
  },
  main: {
    file: 'electron/main/fixture.ts',
    forbidden: ['../receiver/receiver', '../preload', '../../native/led/led-bus', '../../renderer/src/i18n'],
    allowed: ['electron', 'node:path', '../core/hall', '../server/server', '../devices', '../contract', '../shared/locales'],
  },
  preload: {
    file: 'electron/preload/fixture.ts',
    forbidden: ['node:fs', '../core/hall', '../main/app', '../server/server', '../devices'],
    allowed: ['electron', '../contract/ipc', '../shared/locales'],
  },
};

describe.each(Object.entries(boundaries))('%s', (_name, { file, forbidden, allowed }) => {
  test.each(forbidden)(`rejects %s`, async (spec) => {
    expect(await restrictedImports(file, importing(spec))).toBe(1);
  });
  test.each(allowed)(`accepts %s`, async (spec) => {
    expect(await restrictedImports(file, importing(spec))).toBe(0);
  });
});

test.each(['electron/devices/fixture.ts', 'electron/server/fixture.ts', 'electron/main/fixture.ts', 'electron/core/fixture.ts', 'electron/sync/fixture.ts'])(
  'the app opens the hall through openHall and its ports, never the inspectable hall (%s)',
  async (file) => {
    const dir = file.startsWith('electron/core/') ? '.' : '../core';
    expect(await restrictedImports(file, importing(`${dir}/inspectable-hall`))).toBe(1);
    expect(await restrictedImports(file, importing(`${dir}/hall`))).toBe(0);
  },
);

test('every source folder has its boundary rule', async () => {
  const folders = [
    'renderer/src',
    ...readdirSync('electron', { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => `electron/${d.name}`),
    ...readdirSync('native', { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => `native/${d.name}`),
  ];
  expect(folders.length).toBeGreaterThan(12);
  const unruled: string[] = [];
  for (const folder of folders) {
    const config = (await eslint.calculateConfigForFile(`${folder}/fixture.ts`)) as { rules?: Record<string, unknown> } | undefined;
    if (!config?.rules?.['no-restricted-imports']) unruled.push(folder);
  }
  expect(unruled).toEqual([]);
});
