// Builds main + preload (not the renderer) into a temp folder with the project's electron.vite.config.ts
// and checks what the bundles need at run time:
// - the sandboxed preload may only require 'electron' (a sandboxed preload cannot load node_modules);
// - the main bundle imports only electron, Node built-ins and the package's own dependencies (what an
//   installed app has next to it);
// - the xlsx export's worker is an entry of its own beside them, and runs as built.
import { readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, expect, test, vi } from 'vitest';
import type { ReportExportPlan } from '../../electron/contract';
import { makeTempDir } from '../support/hall';

vi.mock('electron', () => ({}));

const root = join(import.meta.dirname, '../..');
let outDir: string;

beforeAll(async () => {
  outDir = makeTempDir('tongban-build-');
  const { resolveConfig } = await import('electron-vite');
  const { build } = await import('vite');
  const resolved = await resolveConfig({ root, logLevel: 'silent', build: { outDir } }, 'build', 'production');
  for (const target of ['main', 'preload'] as const) await build(resolved.config![target]!);
}, 60_000);
afterAll(() => rmSync(outDir, { recursive: true, force: true }));

function requiredModules(code: string): string[] {
  const found = new Set<string>();
  for (const m of code.matchAll(/\brequire\(\s*["']([^"']+)["']\s*\)/g)) found.add(m[1]!);
  for (const m of code.matchAll(/^\s*import\b[^'"]*?from\s*["']([^"']+)["']|^\s*import\s*["']([^"']+)["']|\bimport\(\s*["']([^"']+)["']\s*\)/gm)) {
    found.add((m[1] ?? m[2] ?? m[3])!);
  }
  return [...found].sort();
}

test('the preload is one CommonJS file that requires nothing but electron', () => {
  expect(readdirSync(join(outDir, 'preload'))).toEqual(['index.cjs']);
  const code = readFileSync(join(outDir, 'preload/index.cjs'), 'utf8');
  expect(requiredModules(code)).toEqual(['electron']);
  expect(code).not.toMatch(/^\s*(import|export)\s/m);
  expect(code).toContain('exposeInMainWorld("tongban"');
});

test('the main bundle imports only electron, Node built-ins and declared dependencies', () => {
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
  const allowed = (spec: string) =>
    spec === 'electron' ||
    spec.startsWith('./') ||
    spec.startsWith('../') ||
    builtinModules.includes(spec.replace(/^node:/, '')) ||
    Object.keys(pkg.dependencies).some((dep) => spec === dep || spec.startsWith(`${dep}/`));
  const files = readdirSync(join(outDir, 'main'), { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.js'));
  expect(files).toContain('index.js');
  expect(files).toContain('serve.js');
  const imports = files.flatMap((f) => requiredModules(readFileSync(join(outDir, 'main', f), 'utf8')));
  expect(imports.filter((spec) => !allowed(spec))).toEqual([]);
  // serve.js runs in plain Node: it must not pull electron in through a shared chunk.
  const serve = readFileSync(join(outDir, 'main/serve.js'), 'utf8');
  const serveChunks = requiredModules(serve).filter((s) => s.startsWith('./'));
  for (const file of ['serve.js', ...serveChunks.map((s) => s.slice(2))]) {
    expect(requiredModules(readFileSync(join(outDir, 'main', file), 'utf8'))).not.toContain('electron');
  }
});

test('the district receiver is not in the hall app: no entry, no receiver code in any main chunk', () => {
  const files = readdirSync(join(outDir, 'main'), { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.js'));
  expect(files).not.toContain('receiver.js');
  // The receiver's own table (electron/receiver/store.ts); test/sync/receiver-build.test.ts checks
  // that its own build does contain it.
  for (const file of files) expect(readFileSync(join(outDir, 'main', file), 'utf8')).not.toContain('CREATE TABLE nonces');
});

test("the xlsx export's worker is an entry beside the main entries, and the built worker exports a hall's day", async () => {
  const built = join(outDir, 'main');
  expect(readdirSync(built)).toContain('export-worker.js');
  symlinkSync(join(root, 'node_modules'), join(outDir, 'node_modules'), 'junction'); // what an installed app has next to it
  expect(requiredModules(readFileSync(join(built, 'export-worker.js'), 'utf8'))).not.toContain('electron');
  const { openSeededHall, login, issue, run } = await import('../support/hall');
  const { createReportExportDoor } = await import('../../electron/reports/export-door');
  const { exportWorkerEntry } = await import('../../electron/reports/export-thread');
  const t = openSeededHall();
  try {
    const kiosk = login(t.hall, 'kiosk');
    issue(t.hall, kiosk, 'A');
    issue(t.hall, kiosk, 'B');
    const plan = run(t.hall, 'reports.xlsx', { from: '2026-11-23', to: '2026-11-23' }, login(t.hall, 'admin')) as ReportExportPlan;
    const worker = exportWorkerEntry(built);
    expect(worker).toEqual({ file: join(built, 'export-worker.js'), execArgv: [] }); // no tsx: the build as the app runs it
    const door = createReportExportDoor({ file: join(t.dataDir, 'tongban.db'), clock: t.clock, timeZone: () => 'Asia/Shanghai', worker });
    const out = new PassThrough();
    const chunks: Buffer[] = [];
    out.on('data', (c: Buffer) => chunks.push(c));
    expect(await door.xlsx(plan, out)).toBe(2);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.concat(chunks) as never);
    expect(wb.getWorksheet('明细')!.getColumn(2).values.slice(2)).toEqual(['A001', 'B001']);
  } finally {
    t.cleanup();
  }
});
