// The acceptance flow as a new hall manager, in real Chromium against a real `serve.js` on an
// empty data folder (its own server, not the demo one): the setup page with the code from the
// terminal; the manager adds two services, five items, three windows with profiles and two clerks and
// pairs a kiosk and a pad; a clerk signs in, a resident takes a ticket at the kiosk, the clerk calls it,
// the hall screen shows it and the pad rates it; a restart serves the set-up hall at once.
// Screenshots go to test-results/screenshots/new-hall-*.png.
import { mkdirSync } from 'node:fs';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { E2E_PORT } from '../../playwright.config';
import { EmptyHall } from './empty-hall';

const SHOTS = 'test-results/screenshots';
mkdirSync(SHOTS, { recursive: true });
const shot = (page: Page, name: string) => page.screenshot({ path: `${SHOTS}/new-hall-${name}.png`, fullPage: true });

// Its own port, clear of the demo server's and of side-by-side runs (E2E_PORT differs by 1 between them).
const PORT = E2E_PORT + 100;
const hall = new EmptyHall(PORT, 'tongban-new-hall-');
const BASE = hall.base;

/** Starts `serve.js` on the empty folder and resolves with the setup code it prints. */
async function startEmptyHall(): Promise<string> {
  hall.start();
  return hall.setupCode();
}

test.afterAll(() => hall.remove());

const managerPages = { admin: undefined as Page | undefined };

test.describe.configure({ mode: 'serial' });

test('a new hall: setup with the code from the terminal, then the manager signs in to the desk', async ({ browser }) => {
  const code = await startEmptyHall();
  const page = await (await browser.newContext({ viewport: { width: 1366, height: 768 } })).newPage();
  // Before setup the hall's API and windows are not served.
  expect((await page.request.get(`${BASE}/api/hall`)).status()).toBe(503);
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
  managerPages.admin = page;
});

test('the manager configures services, items, windows, clerks and devices; a resident is served and rates', async ({ browser }) => {
  // The whole first day of a new hall in one flow (seven pages, five windows of the hall, ~40 steps):
  // about a minute alone, twice that on a busy two-core machine; each step keeps its own 8 s expect.
  test.setTimeout(240_000);
  const admin = managerPages.admin!;
  const saved = () => expect(admin.getByTestId('admin-notice')).toContainText('已保存');
  const closeNotice = () => admin.getByTestId('admin-notice').getByRole('button').click();

  await test.step('two services', async () => {
    await admin.getByTestId('admin-nav-services').click();
    for (const [id, zh, tw, en] of [
      ['S', '社保', '社保', 'Social Security'],
      ['M', '民政', '民政', 'Civil Affairs'],
    ]) {
      await admin.getByTestId('service-new').click();
      const editor = admin.getByTestId('service-editor');
      await editor.getByTestId('service-id').fill(id!);
      await editor.getByTestId('service-prefix').fill(id!);
      await editor.getByTestId('service-name-zh-CN').fill(zh!);
      await editor.getByTestId('service-name-zh-TW').fill(tw!);
      await editor.getByTestId('service-name-en').fill(en!);
      await editor.getByTestId('service-save').click();
      await expect(admin.getByTestId(`service-row-${id}`)).toContainText(zh!);
      await closeNotice();
    }
    await shot(admin, '4-services');
  });

  await test.step('five items', async () => {
    await admin.getByTestId('admin-nav-items').click();
    const items: [string, string, string, 'immediate' | 'deferred'][] = [
      ['S01', 'S', '社保卡申领', 'immediate'],
      ['S02', 'S', '城乡居民养老保险参保登记', 'deferred'],
      ['S03', 'S', '就业失业登记', 'immediate'],
      ['M01', 'M', '最低生活保障申请', 'deferred'],
      ['M02', 'M', '临时救助申请', 'deferred'],
    ];
    for (const [code, service, name, kind] of items) {
      await admin.getByTestId('item-new').click();
      const editor = admin.getByTestId('item-editor');
      await editor.getByTestId('item-code').fill(code);
      await editor.getByTestId('item-service').selectOption(service);
      await editor.getByTestId('item-name-zh-CN').fill(name);
      await editor.getByTestId('item-name-zh-TW').fill(name);
      await editor.getByTestId('item-name-en').fill(code);
      await editor.getByTestId('item-kind').selectOption(kind);
      if (kind === 'deferred') await editor.getByTestId('item-days').fill('10');
      await editor.getByTestId('item-save').click();
      await expect(admin.getByTestId(`item-row-${code}`)).toContainText(name);
      await closeNotice();
    }
    await shot(admin, '5-items');
  });

  await test.step('three windows with their profiles', async () => {
    await admin.getByTestId('admin-nav-windows').click();
    for (const [n, primary, backup] of [
      [1, 'S', 'M'],
      [2, 'M', 'S'],
      [3, 'S', null],
    ] as const) {
      await admin.getByTestId('window-add').click();
      await admin.getByTestId('window-number').fill(String(n));
      await admin.getByTestId('window-name').fill(`${n}号窗口`);
      await admin.getByTestId(`cell-${n}-${primary}`).click();
      await expect(admin.getByTestId(`cell-${n}-${primary}`)).toHaveText('A岗');
      if (backup) {
        await admin.getByTestId(`cell-${n}-${backup}`).focus();
        await admin.keyboard.press('b');
        await expect(admin.getByTestId(`cell-${n}-${backup}`)).toHaveText('X岗');
      }
      await admin.getByTestId('window-save').click();
      await saved();
      await expect(admin.getByTestId(`window-row-${n}`)).toContainText(`${n}号窗口`);
      await closeNotice();
    }
    await shot(admin, '6-windows');
  });

  await test.step('two clerks', async () => {
    await admin.getByTestId('admin-nav-clerks').click();
    for (const [id, name] of [
      ['3001', '王芳'],
      ['3002', '刘洋'],
    ]) {
      await admin.getByTestId('clerk-add').click();
      await admin.getByTestId('clerk-id').fill(id!);
      await admin.getByTestId('clerk-name').fill(name!);
      await admin.getByTestId('clerk-pin').fill('2580');
      await admin.getByTestId('clerk-save').click();
      await expect(admin.getByTestId('clerk-table').locator('tr', { hasText: id! })).toContainText(name!);
      await expect(admin.getByTestId('clerk-editor')).toContainText(`编辑 ${id}`); // the page has turned to the saved clerk
      await closeNotice();
    }
    await shot(admin, '7-clerks');
  });

  const kioskCode = await test.step('a kiosk and a pad for window 1', async () => {
    await admin.getByTestId('admin-nav-devices').click();
    await admin.getByTestId('device-name').fill('大厅取号机');
    await admin.getByTestId('device-create-submit').click();
    const code = (await admin.getByTestId('device-code-digits').getAttribute('data-code'))!;
    expect(code).toMatch(/^\d{8}$/);
    await shot(admin, '8-devices-kiosk-code');
    await admin.getByTestId('device-kind').selectOption('pad');
    await admin.getByTestId('device-name').fill('1号窗口评价器');
    await admin.getByTestId('device-window').selectOption('1');
    await admin.getByTestId('device-create-submit').click();
    return code;
  });
  // The panel turns from the kiosk's code to the pad's when the pad's answer arrives: wait for it.
  await expect(admin.getByTestId('device-code-url')).toHaveText(/\/pad\?pair=\d{8}$/);
  const padUrl = (await admin.getByTestId('device-code-url').textContent())!;

  const { kiosk, pad, con, caller } = await openHallWindows(browser);
  await test.step('the kiosk pairs by its code on the keypad, the pad at its QR address', async () => {
    await kiosk.goto(`${BASE}/kiosk`);
    for (const digit of kioskCode) await kiosk.getByTestId(`code-key-${digit}`).click();
    await kiosk.getByTestId('code-submit').click();
    await expect(kiosk.getByTestId('service-S')).toContainText('社保');
    await expect(kiosk.getByTestId('service-M')).toContainText('民政');
    await shot(kiosk, '9-kiosk');
    await pad.goto(padUrl);
    await expect(pad.getByTestId('pad-window')).toHaveText('1号窗口');
  });

  await test.step('a clerk signs in at window 1; a resident takes S001; the clerk calls it; the hall screen shows it', async () => {
    await con.goto(`${BASE}/console`);
    await con.getByLabel('工号').fill('3001');
    await con.getByLabel('密码').fill('2580');
    await con.getByRole('button', { name: '登录' }).click();
    await con.getByTestId('sign-in-1').click();
    await expect(con.getByTestId('panel-window')).toHaveText('1号窗口');
    await caller.goto(`${BASE}/caller`);
    await kiosk.getByTestId('service-S').click();
    await expect(kiosk.getByTestId('ticket-number')).toHaveText('S001');
    await con.getByTestId('action-callNext').click();
    await expect(con.getByTestId('current-number')).toHaveText('S001');
    await expect(caller.getByTestId('latest-call-text')).toContainText('S001');
    await expect(caller.getByTestId('latest-call-text')).toContainText('1');
    await shot(caller, '10-hall-screen');
  });

  await test.step('the clerk finishes with an item and the pad rates it', async () => {
    await con.getByTestId('action-start').click();
    await con.getByTestId('action-finish').click();
    const dialog = con.getByTestId('finish-dialog');
    await dialog.getByTestId('finish-search').fill('S01');
    await expect(dialog.getByTestId('finish-option-S01')).toHaveAttribute('aria-selected', 'true');
    await dialog.getByTestId('finish-dialog-confirm').click();
    await expect(con.getByTestId('console-notice')).toHaveText('S001 已办结');
    await expect(pad.getByTestId('pad-ticket')).toHaveText('S001 号');
    await pad.getByTestId('level-5').click();
    await expect(pad.getByTestId('pad-thanks')).toContainText('感谢您的评价');
    await expect(con.getByTestId('rating-status-text')).toHaveText('S001 已评价');
  });

  await test.step("the audit holds every change, each the manager's own", async () => {
    await admin.getByTestId('admin-nav-audit').click();
    await expect(admin.getByTestId('admin-page-audit')).toContainText('9001');
    await shot(admin, '11-audit');
  });
});

async function openHallWindows(browser: Browser) {
  const open = async (width: number, height: number) => (await browser.newContext({ viewport: { width, height } })).newPage();
  return { kiosk: await open(1080, 1920), pad: await open(1280, 800), con: await open(1366, 768), caller: await open(1920, 1080) };
}

test('a restart serves the set-up hall at once, on the LAN address given', async () => {
  await hall.stop();
  hall.start();
  await expect.poll(() => hall.output, { timeout: 30_000 }).toContain(`Tongban hall running: ${BASE}`);
  expect(hall.output).not.toContain('setup code');
  const health = await (await fetch(`${BASE}/api/health`)).json();
  expect(health).toMatchObject({ ok: true, demo: false });
});
