// Lint: TypeScript rules plus the process boundaries. Every file belongs to one process, and the
// import rules below fail the lint when a file reaches across: renderers never import electron,
// node or native code; the hall core, the LAN server and native/ never import electron.
import { builtinModules } from 'node:module';
import tseslint from 'typescript-eslint';

const nodeBuiltins = [...builtinModules, ...builtinModules.map((m) => `node:${m}`)];
const electron = { name: 'electron', message: 'Only electron/main and electron/preload may import electron.' };

export default tseslint.config(
  { ignores: ['out/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'data*/**'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [electron, ...nodeBuiltins.map((name) => ({ name, message: 'Renderers run in a browser: no Node modules.' }))],
          patterns: [
            { group: ['better-sqlite3', 'serialport', '@serialport/*', 'node-thermal-printer', 'fastify', '@fastify/*', 'ws'], message: 'Renderers never import Node or native libraries.' },
            { group: ['**/electron/core/**', '**/electron/server/**', '**/electron/main/**', '**/electron/preload/**', '**/native/**'], message: 'Renderers talk to the hall only through the HallClient and import only electron/contract.' },
          ],
        },
      ],
    },
  },
  {
    files: ['electron/contract/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [electron, ...nodeBuiltins.map((name) => ({ name, message: 'The contract is shared with renderers: no Node modules.' }))],
          patterns: [{ group: ['**/core/**', '**/server/**', '**/main/**', '**/preload/**', '**/native/**'], message: 'The contract depends on nothing but zod.' }],
        },
      ],
    },
  },
  {
    files: ['electron/core/**/*.ts', 'electron/server/**/*.ts', 'electron/backup/**/*.ts', 'electron/log/**/*.ts', 'native/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: [electron], patterns: [{ group: ['**/electron/main/**', '**/main/**', '**/preload/**'], message: 'The hall core runs without Electron.' }] },
      ],
    },
  },
);
