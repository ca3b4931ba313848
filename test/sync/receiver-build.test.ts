// The district receiver has its own build (receiver.vite.config.ts), apart from the hall app's: one
// ESM file for plain Node that imports only Node built-ins and the package's declared dependencies
// (never electron), and that contains the receiver (test/electron/build.test.ts checks the hall's
// main build does not).
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { makeTempDir } from '../support/hall';

const root = join(import.meta.dirname, '../..');
let outDir: string;

beforeAll(async () => {
  outDir = makeTempDir('tongban-receiver-build-');
  const { build } = await import('vite');
  await build({ root, configFile: join(root, 'receiver.vite.config.ts'), logLevel: 'silent', build: { outDir } });
}, 60_000);
afterAll(() => rmSync(outDir, { recursive: true, force: true }));

test('the receiver builds to one file that imports only Node built-ins and declared dependencies', () => {
  expect(readdirSync(outDir)).toEqual(['receiver.js']);
  const code = readFileSync(join(outDir, 'receiver.js'), 'utf8');
  expect(code).toContain('CREATE TABLE nonces');
  const imports = [...code.matchAll(/^\s*import\b[^'"]*?from\s*["']([^"']+)["']|\bimport\(\s*["']([^"']+)["']\s*\)/gm)].map((m) => (m[1] ?? m[2])!);
  expect(imports.length).toBeGreaterThan(0);
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
  const allowed = (spec: string) => builtinModules.includes(spec.replace(/^node:/, '')) || Object.keys(pkg.dependencies).includes(spec);
  expect(imports.filter((spec) => !allowed(spec))).toEqual([]);
  expect(imports).not.toContain('electron');
});
