// Setup of a new hall from another hall's configuration file, in real Chromium against its own
// `serve.js` on an empty folder (port E2E_PORT + 110): the demo hall's export (with a photo added) is
// the other hall's file; the setup page shows its dry run, a bad file names the entry and field, setup
// creates the file's configuration with the form's manager; imported clerks are marked as having no
// PIN yet on the Clerks page, and the Export / import page shows the same file's plan in the new hall.
// Screenshots go to test-results/screenshots/setup-file-*.png.
import { mkdirSync, writeFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { E2E_PORT } from '../../playwright.config';
import { EmptyHall } from './empty-hall';

const SHOTS = 'test-results/screenshots';
mkdirSync(SHOTS, { recursive: true });
const shot = (page: Page, name: string) => page.screenshot({ path: `${SHOTS}/setup-file-${name}.png`, fullPage: true });

const PORT = E2E_PORT + 110;
const hall = new EmptyHall(PORT, 'tongban-setup-file-');
const BASE = hall.base;
const PNG = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';

test.afterAll(() => hall.remove());

test('a new hall set up from the demo hall’s configuration file', async ({ browser, request }, info) => {
  // The other hall's file: the demo hall's export, one clerk with a photo.
  const { token } = await (await request.post('/api/login', { data: { user: 'admin', pin: '000000' } })).json();
  const file = await (await request.get('/api/config/export', { headers: { authorization: `Bearer ${token}` } })).json();
  file.clerks[0].photo = PNG;
  const good = info.outputPath('other-hall.json');
  writeFileSync(good, JSON.stringify(file, null, 2));
  const bad = info.outputPath('bad.json');
  writeFileSync(bad, JSON.stringify({ ...file, items: file.items.map((i: { serviceId: string }, n: number) => (n === 3 ? { ...i, serviceId: 'Q' } : i)) }));

  hall.start();
  const code = await hall.setupCode();
  const page = await (await browser.newContext({ viewport: { width: 1366, height: 768 } })).newPage();
  await page.goto(`${BASE}/setup.html`);
  await page.getByTestId('setup-hallName').fill('新华路街道社区事务受理服务中心');
  await page.getByTestId('setup-hallCode').fill('CN-XH-01');
  await page.getByTestId('setup-regionCode').fill('310105');
  await page.getByTestId('setup-managerId').fill('9001');
  await page.getByTestId('setup-managerName').fill('周丽');
  await page.getByTestId('setup-pin').fill('408215');
  await page.getByTestId('setup-pinAgain').fill('408215');
  await page.getByTestId('setup-template-file').check();
  // The file is checked by the hall, behind the setup code.
  await page.getByTestId('setup-file-input').setInputFiles(good);
  await expect(page.getByTestId('setup-error')).toContainText('设置码');
  await page.getByTestId('setup-code').fill(code);
  await page.getByTestId('setup-file-input').setInputFiles(bad);
  await expect(page.getByTestId('setup-error')).toContainText('配置文件 items[3].serviceId');
  await page.getByTestId('setup-file-input').setInputFiles(good);
  const plan = page.getByTestId('import-plan');
  await expect(plan.getByTestId('plan-services-created')).toHaveText(`新增 ${file.services.length}`);
  await expect(plan.getByTestId('plan-windows-created')).toHaveText(`新增 ${file.windows.length}`);
  // The demo hall's kiosk and pads, and whatever devices other specs sharing it have added: all new here.
  await expect(plan.getByTestId('plan-devices-created')).toHaveText(`新增 ${file.devices.length}`);
  await expect(plan.getByTestId('plan-warning-clerk_without_pin')).toContainText('1001、1002、1003、1004、admin');
  await expect(page.getByTestId('setup-error')).toHaveCount(0);
  await shot(page, '1-plan');

  await page.getByTestId('setup-submit').click();
  await expect(page.getByTestId('setup-done')).toContainText('9001');
  await expect(page.getByTestId('setup-after-clerk_without_pin')).toContainText('5 名工作人员尚无 PIN');
  const inUse = file.devices.filter((d: { revoked: boolean }) => !d.revoked).length; // a revoked one is not paired again
  await expect(page.getByTestId('setup-after-device_unpaired')).toContainText(`${inUse} 台设备须重新配对`);
  await shot(page, '2-done');
  await page.getByTestId('setup-go-admin').click();
  const login = page.getByTestId('admin-login');
  await login.locator('input').first().fill('9001');
  await login.locator('input[type=password]').fill('408215');
  await login.locator('button[type=submit]').click();
  await expect(page.locator('.admin-who')).toHaveText('周丽');

  await page.getByTestId('admin-nav-clerks').click();
  await expect(page.getByTestId('clerk-no-pin-1001')).toBeVisible();
  await expect(page.getByTestId('clerk-no-pin-9001')).toHaveCount(0);
  await expect(page.getByTestId('clerk-table')).toContainText('1001');
  await shot(page, '3-clerks');

  // The same file on the Export / import page of the new hall: only the hall's name would change.
  await page.getByTestId('admin-nav-transfer').click();
  await page.getByTestId('transfer-config-file').setInputFiles(good);
  await expect(page.getByTestId('plan-hall-changed')).toHaveText('修改 1');
  await expect(page.getByTestId('plan-devices-unchanged')).toHaveText(`不变 ${file.devices.length}`);
  await expect(page.getByTestId('plan-clerks-unchanged')).toHaveText(`不变 ${file.clerks.length}`);
  await shot(page, '4-transfer');
});
