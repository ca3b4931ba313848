// npm start's check for the Electron binary: finds it where installed, never triggers the download.
import { chmodSync, existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, expect, test, vi } from 'vitest';
import { findElectronBinary } from '../../electron/electron-binary.mjs';
import { makeTempDir } from '../support/hall';

vi.mock('electron', () => ({}));

const root = join(import.meta.dirname, '../..');
let dir: string | null = null;
afterEach(() => {
  vi.unstubAllEnvs();
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = null;
});

/** A project folder with node_modules/electron as npm leaves it, optionally with the binary. */
function fakeProject(withBinary: boolean): string {
  dir = makeTempDir('tongban-launcher-');
  const pkg = join(dir, 'node_modules/electron');
  mkdirSync(pkg, { recursive: true });
  writeFileSync(join(dir, 'package.json'), '{}');
  writeFileSync(join(pkg, 'package.json'), JSON.stringify({ name: 'electron', main: 'index.js' }));
  writeFileSync(join(pkg, 'index.js'), 'throw new Error("must not be required: it downloads")');
  if (withBinary) {
    writeFileSync(join(pkg, 'path.txt'), 'electron');
    mkdirSync(join(pkg, 'dist'));
    writeFileSync(join(pkg, 'dist/electron'), '');
    chmodSync(join(pkg, 'dist/electron'), 0o755);
  }
  return dir;
}

test('an installed binary is found at node_modules/electron/dist/<path.txt>', () => {
  const project = fakeProject(true);
  expect(findElectronBinary(project)).toBe(join(project, 'node_modules/electron/dist/electron'));
});

test('no binary (package installed, download never happened): null, without requiring electron', () => {
  expect(findElectronBinary(fakeProject(false))).toBeNull();
});

test('path.txt present but dist removed: null', () => {
  const project = fakeProject(true);
  rmSync(join(project, 'node_modules/electron/dist'), { recursive: true });
  expect(findElectronBinary(project)).toBeNull();
});

test('ELECTRON_OVERRIDE_DIST_PATH is honoured like electron/index.js does', () => {
  const project = fakeProject(false);
  const custom = join(project, 'custom');
  mkdirSync(custom);
  vi.stubEnv('ELECTRON_OVERRIDE_DIST_PATH', custom);
  expect(findElectronBinary(project)).toBeNull();
  writeFileSync(join(custom, 'electron'), '');
  expect(findElectronBinary(project)).toBe(join(custom, 'electron'));
});

test('no electron package at all: null', () => {
  dir = makeTempDir('tongban-launcher-');
  expect(findElectronBinary(dir)).toBeNull();
});

test('this checkout: null when node_modules/electron/dist is absent, an existing file otherwise', () => {
  const found = findElectronBinary(root);
  if (!existsSync(join(root, 'node_modules/electron/dist'))) expect(found).toBeNull();
  else if (found) expect(existsSync(found)).toBe(true);
});
