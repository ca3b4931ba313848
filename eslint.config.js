// Lint: TypeScript rules plus the boundaries. Every source folder has one import rule below (each
// file matches exactly one: a later rule for the same file would replace it), and test/lint/
// boundaries.test.ts checks each with a forbidden and an allowed import. Folders are named by their
// own names in relative imports (`../core/hall`, `../../../native/led/led-bus`): these names are
// unique in electron/ and native/, so the rules need no path resolution.
import { builtinModules } from 'node:module';
import tseslint from 'typescript-eslint';

const nodeBuiltins = [...builtinModules, ...builtinModules.map((m) => `node:${m}`)];
const electron = { name: 'electron', message: 'Only electron/main and electron/preload may import electron.' };
const electronOnlyInMainAndPreload = { paths: [electron] };
/** Libraries that need Node (or a native addon): never in a browser, nor in the pure folders. */
const nodeLibraries = [
  'better-sqlite3',
  'serialport',
  '@serialport/*',
  'node-thermal-printer',
  'fastify',
  '@fastify/*',
  'ws',
  'pino',
  'pino-roll',
  'sonic-boom',
  'iconv-lite',
];
/** A relative import that leaves its folder into one of these (electron/<name>, native, renderer, …). */
const through = (...folders) => `^(\\.\\./)+(.*/)?(${folders.join('|')})(/|$)`;
/** An import of electron/<anything but the listed folders> (from renderer/ or native/). */
const electronExcept = (...allowed) => `(^|/)electron/(?!(${allowed.join('|')})(/|$))`;
/** The hall with its inner parts (database, engine) is for tests and benchmarks: the app uses Hall's ports. */
const noInspectableHall = {
  regex: '(^|/)inspectable-hall$',
  message: 'Only tests and benchmarks open the inspectable hall; the app uses openHall and the Hall ports.',
};
const restrict = (files, { paths = [], patterns = [] }) => ({
  files,
  rules: { 'no-restricted-imports': ['error', { paths, patterns: [...patterns, noInspectableHall] }] },
});
const capabilities = ['backup', 'config', 'log', 'sync', 'devices', 'pairing', 'voice', 'hours', 'appointments', 'pickups', 'reports', 'live'];

export default tseslint.config(
  { ignores: ['out/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'data*/**'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  // Renderers run in a browser and talk to the hall only through the HallClient.
  restrict(['renderer/**/*.{ts,tsx}'], {
    paths: [electron, ...nodeBuiltins.map((name) => ({ name, message: 'Renderers run in a browser: no Node modules.' }))],
    patterns: [
      { group: nodeLibraries, message: 'Renderers never import Node or native libraries.' },
      { regex: electronExcept('contract', 'shared'), message: 'Renderers import from electron/ only the contract and electron/shared.' },
      { regex: through('native'), message: 'Renderers never import native code.' },
    ],
  }),
  // The contract is shared with every process, renderers included. (Its files sit directly in the folder.)
  restrict(['electron/contract/**/*.ts'], {
    patterns: [
      { regex: '^(?![./])(?!zod(/|$))', message: 'The contract imports no library but zod (no Node, no electron).' },
      { regex: '^\\.\\./(?!shared(/|$))', message: 'The contract imports only itself and electron/shared.' },
    ],
  }),
  // Pure code for every process: nothing of the repo, no Node, no Electron, no DOM.
  restrict(['electron/shared/**/*.ts'], {
    paths: [electron, ...nodeBuiltins.map((name) => ({ name, message: 'electron/shared is pure: no Node modules.' }))],
    patterns: [
      { group: [...nodeLibraries, 'react-dom', 'react-dom/*'], message: 'electron/shared is pure: no Node libraries, no DOM.' },
      {
        regex: through('electron', 'renderer', 'native', 'contract', 'core', 'server', 'main', 'preload', 'receiver', 'test', 'bench', ...capabilities),
        message: 'electron/shared imports nothing from the rest of the repo.',
      },
    ],
  }),
  // The hall core: plain Node; the transports, the devices and the glue sit around it.
  restrict(['electron/core/**/*.ts'], {
    ...electronOnlyInMainAndPreload,
    patterns: [
      {
        regex: through('server', 'main', 'preload', 'devices', 'receiver', 'renderer', 'native'),
        message: 'The hall core never imports the server, main, preload, devices, the receiver, renderers or native code.',
      },
    ],
  }),
  // Capabilities the core owns (backup, config, log, sync, pairing, voice, hours, appointments, pickups, reports, live) and the device layer: plain Node.
  restrict(['electron/{backup,config,log,sync,pairing,voice,hours,appointments,pickups,reports,live}/**/*.ts'], {
    ...electronOnlyInMainAndPreload,
    patterns: [
      {
        regex: through('main', 'preload', 'receiver', 'server', 'renderer', 'native', 'devices'),
        message: 'A capability never imports main, preload, the receiver, the server, renderers, devices or native code.',
      },
    ],
  }),
  restrict(['electron/devices/**/*.ts'], {
    ...electronOnlyInMainAndPreload,
    patterns: [
      {
        regex: through('main', 'preload', 'receiver', 'server', 'renderer'),
        message: 'The device layer never imports main, preload, the receiver, the server or renderers.',
      },
    ],
  }),
  // The LAN server: plain Node, around the core and the devices.
  restrict(['electron/server/**/*.ts'], {
    ...electronOnlyInMainAndPreload,
    patterns: [
      {
        regex: through('main', 'preload', 'receiver', 'renderer', 'native'),
        message: 'The LAN server never imports main, preload, the receiver, renderers or native code.',
      },
    ],
  }),
  // The district receiver is not part of the hall: it shares only the contract, electron/shared and
  // the sync's wire format (what a hall sends, how it is signed, the receipt it gets back).
  restrict(['electron/receiver/**/*.ts'], {
    ...electronOnlyInMainAndPreload,
    patterns: [
      {
        regex: through('core', 'devices', 'main', 'preload', 'server', 'backup', 'log', 'renderer', 'native'),
        message: 'The receiver never imports the hall (core, devices, server, main, preload, backup, log), renderers or native code.',
      },
      {
        regex: '^\\.\\./sync/(?!(batch-schema|signing|receipt)$)',
        message: 'The receiver shares only the sync wire format: sync/batch-schema, sync/signing, sync/receipt.',
      },
    ],
  }),
  // Drivers and simulators: plain Node, below everything else.
  restrict(['native/**/*.ts'], {
    ...electronOnlyInMainAndPreload,
    patterns: [
      { regex: electronExcept('shared'), message: 'native/ imports from electron/ only electron/shared (devices/ maps its types).' },
      { regex: through('renderer'), message: 'native/ never imports renderers.' },
    ],
  }),
  // The Electron glue.
  restrict(['electron/main/**/*.ts'], {
    patterns: [
      {
        regex: through('renderer', 'receiver', 'native', 'preload'),
        message: 'Main never imports renderers, the receiver, native code (through devices/ only) or the preload.',
      },
    ],
  }),
  // The sandboxed preload is one self-contained file: it bundles only the contract and electron/shared.
  restrict(['electron/preload/**/*.ts'], {
    paths: nodeBuiltins.map((name) => ({ name, message: 'The sandboxed preload requires nothing but electron.' })),
    patterns: [{ regex: '^\\.\\./(?!(contract|shared)(/|$))', message: 'The preload imports only electron, the contract and electron/shared.' }],
  }),
  // Unit tests outside test/electron share a worker's module graph (vitest.config.ts, isolate: false): a
  // mocked module would leak into the files that run after it in the same worker.
  {
    files: ['test/**/*.ts'],
    ignores: ['test/electron/**'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.object.name='vi'][callee.property.name=/^(mock|doMock|stubGlobal|stubEnv)$/]",
          message: 'Only test/electron/ mocks modules or globals: the other test files share their modules.',
        },
      ],
    },
  },
);
