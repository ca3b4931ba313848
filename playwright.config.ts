// Browser tests of the renderer windows against the real LAN server (`serve.js --demo`) in the
// system Chromium (never `playwright install`: nothing can be downloaded here). `npm run test:e2e`
// builds first; this config only starts the built server on a fresh data folder.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { defineConfig } from '@playwright/test';

// E2E_PORT lets two checkouts (or two engineers) run the browser tests side by side.
export const E2E_PORT = Number(process.env.E2E_PORT ?? 7391);

// The config is loaded by the runner and again by each worker: create the data folder once and pass
// it down through the environment, so the server and every worker agree on it.
// The process that creates it (the runner, which also stops the server first) removes it at exit.
if (!process.env.TONGBAN_E2E_DATA) {
  const created = mkdtempSync(join(tmpdir(), 'tongban-e2e-'));
  process.env.TONGBAN_E2E_DATA = created;
  process.on('exit', () => rmSync(created, { recursive: true, force: true }));
}
const dataDir = process.env.TONGBAN_E2E_DATA;

// better-sqlite3 needs Node ≥ 22: prefer the project's own Node (npm's `node` package) to whatever
// `node` the shell would find.
const projectNode = resolve('node_modules/.bin/node');
const node = existsSync(projectNode) ? projectNode : process.execPath;

export default defineConfig({
  testDir: 'test/e2e',
  testMatch: '*.spec.ts',
  // Side-by-side runs (E2E_PORT set) keep their traces apart: a run cleans its own output folder.
  outputDir: process.env.E2E_PORT ? `test-results/artifacts-${E2E_PORT}` : 'test-results/artifacts',
  workers: 1,
  fullyParallel: false,
  forbidOnly: !!process.env.CI,
  retries: 0,
  // A whole flow per test (the acceptance flows run ~40 steps, each with its own 8 s expect): this only
  // stops a hung test, and must hold on a busy two-core machine where a flow takes twice as long.
  timeout: 180_000,
  expect: { timeout: 8_000 },
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${E2E_PORT}`,
    viewport: { width: 1920, height: 1080 },
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    screenshot: 'only-on-failure',
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic',
      ],
    },
  },
  webServer: {
    command: `"${node}" out/main/serve.js --demo --data "${dataDir}" --port ${E2E_PORT}`,
    url: `http://127.0.0.1:${E2E_PORT}/api/health`,
    reuseExistingServer: false,
    timeout: 30_000,
    stdout: 'pipe',
    stderr: 'pipe',
  },
});
