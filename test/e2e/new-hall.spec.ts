// The acceptance flow as a new hall manager, in real Chromium against a real `serve.js` on an
// empty data folder (its own server, not the demo one): the setup page with the code from the
// terminal, then the manager's desk. Screenshots go to test-results/screenshots/new-hall-*.png.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { E2E_PORT } from '../../playwright.config';

const SHOTS = 'test-results/screenshots';
mkdirSync(SHOTS, { recursive: true });
const shot = (page: Page, name: string) => page.screenshot({ path: `${SHOTS}/new-hall-${name}.png`, fullPage: true });

// Its own port, clear of the demo server's and of side-by-side runs (E2E_PORT differs by 1 between them).
const PORT = E2E_PORT + 100;
const BASE = `http://127.0.0.1:${PORT}`;
const node = existsSync(resolve('node_modules/.bin/node')) ? resolve('node_modules/.bin/node') : process.execPath;

let hall: ChildProcess | undefined;
let dataDir: string | undefined;
let output = '';

/** Starts `serve.js` on an empty folder and resolves with the setup code it prints. */
async function startEmptyHall(): Promise<string> {
  dataDir = mkdtempSync(join(tmpdir(), 'tongban-new-hall-'));
  hall = spawn(node, ['out/main/serve.js', '--data', dataDir, '--port', String(PORT), '--host', '127.0.0.1'], { stdio: ['ignore', 'pipe', 'pipe'] });
  hall.stdout!.on('data', (d) => (output += d));
  hall.stderr!.on('data', (d) => (output += d));
  await expect.poll(() => /setup code: (\d{4}) (\d{4})/.exec(output), { timeout: 30_000, message: 'the setup code is printed' }).not.toBeNull();
  const [, a, b] = /setup code: (\d{4}) (\d{4})/.exec(output)!;
  expect(output).toContain(`${BASE}/setup.html`);
  return `${a}${b}`;
}

test.afterAll(async () => {
  if (hall && hall.exitCode === null) {
    const exited = new Promise((r) => hall!.once('exit', r));
    hall.kill('SIGTERM');
    await exited;
  }
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

test('a new hall: setup with the code from the terminal, then the manager signs in to the desk', async ({ page }) => {
  const code = await startEmptyHall();
  // Before setup the hall's API and windows are not served.
  expect((await page.request.get(`${BASE}/api/hall`)).status()).toBe(503);
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto(`${BASE}/`);
  await expect(page).toHaveURL(/setup\.html$/);
  await shot(page, '1-setup');
  await page.getByTestId('setup-code').fill(code);
  await page.getByTestId('setup-hallName').fill('新华路街道社区事务受理服务中心');
  await page.getByTestId('setup-hallCode').fill('CN-XH-01');
  await page.getByTestId('setup-regionCode').fill('310105');
  await page.getByTestId('setup-managerId').fill('9001');
  await page.getByTestId('setup-managerName').fill('周丽');
  await page.getByTestId('setup-pin').fill('123456');
  await page.getByTestId('setup-pinAgain').fill('123456');
  await page.getByTestId('setup-template-empty').check();
  await page.getByTestId('setup-submit').click();
  await expect(page.getByTestId('setup-error')).toContainText('123456');
  await shot(page, '2-setup-weak-pin');
  await page.getByTestId('setup-pin').fill('408215');
  await page.getByTestId('setup-pinAgain').fill('408215');
  await page.getByTestId('setup-submit').click();
  await expect(page.getByTestId('setup-done')).toContainText('9001');
  await page.getByTestId('setup-go-admin').click();
  await expect(page).toHaveURL(/admin/);
  const login = page.getByTestId('admin-login');
  await login.locator('input').first().fill('9001');
  await login.locator('input[type=password]').fill('408215');
  await login.locator('button[type=submit]').click();
  await expect(page.locator('.admin-who')).toHaveText('周丽');
  await shot(page, '3-desk');
  expect((await page.request.get(`${BASE}/api/health`)).ok()).toBe(true);
});
