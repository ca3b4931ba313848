// The manager's configuration pages over the real LAN server in real Chromium: a service renamed on
// the Services page shows on an open kiosk without a reload; an item added is found by its pinyin
// initials; the screen notice set on the Hall page scrolls on the open hall screen and the kiosk offers
// only the languages chosen; the audit page lists each change with its before → after. The hall is put
// back afterwards (the server is shared with the other specs). Screenshots go to test-results/screenshots/.
import { mkdirSync } from 'node:fs';
import { expect, test, type APIRequestContext, type Browser, type BrowserContext, type Page } from '@playwright/test';

const SHOTS = 'test-results/screenshots';
mkdirSync(SHOTS, { recursive: true });
const shot = (page: Page, name: string) => page.screenshot({ path: `${SHOTS}/${name}.png` });

/** A mark left on a page's window: still there later means the page was never reloaded. */
type Marked = Window & { loadedOnce?: boolean };
const mark = (page: Page) => page.evaluate(() => void ((window as Marked).loadedOnce = true));
const stillLoadedOnce = (page: Page) => page.evaluate(() => (window as Marked).loadedOnce === true);

const contexts: BrowserContext[] = [];
async function newPage(browser: Browser, viewport: { width: number; height: number }): Promise<Page> {
  const context = await browser.newContext({ viewport });
  contexts.push(context);
  return context.newPage();
}

let originalA: unknown;
async function adminHeaders(request: APIRequestContext) {
  const login = await request.post('/api/login', { data: { user: 'admin', pin: '000000' } });
  return { authorization: `Bearer ${(await login.json()).token}` };
}

test.beforeAll(async ({ request }) => {
  const services = await request.get('/api/config/services', { headers: await adminHeaders(request) });
  originalA = (await services.json()).find((s: { id: string }) => s.id === 'A');
});

test.afterAll(async ({ request }) => {
  for (const context of contexts.splice(0)) await context.close();
  const headers = await adminHeaders(request);
  await request.post('/api/config/services', { headers, data: { ...(originalA as object) } });
  await request.post('/api/config/hall', { headers, data: { screenNotice: '', kioskLanguages: ['zh-CN', 'zh-TW', 'en'] } });
  const item = await request.get('/api/config/items', { headers });
  const added = (await item.json()).find((i: { code: string }) => i.code === 'E2E01');
  if (added) await request.post('/api/config/items', { headers, data: { ...added, enabled: false } });
});

test('the manager configures services, items and the hall; open screens follow without reload; the audit lists it', async ({ browser }) => {
  const kiosk = await newPage(browser, { width: 1080, height: 1920 });
  const caller = await newPage(browser, { width: 1920, height: 1080 });
  const admin = await newPage(browser, { width: 1366, height: 768 });

  await test.step('a kiosk and the hall screen are open; the manager logs in', async () => {
    await kiosk.goto('/kiosk?pin=8888');
    await expect(kiosk.getByTestId('service-A')).toContainText('人社');
    await expect(kiosk.getByRole('button', { name: '中文繁體' })).toBeVisible();
    await mark(kiosk);
    await caller.goto('/caller');
    await expect(caller.getByText('各业务等候')).toBeVisible();
    await expect(caller.getByTestId('screen-notice')).toHaveCount(0);
    await mark(caller);
    await admin.goto('/admin');
    await admin.getByLabel('密码').fill('000000');
    await admin.getByRole('button', { name: '登录' }).click();
    await expect(admin.getByTestId('admin-nav-services')).toBeVisible();
  });

  await test.step('Services: a bad prefix is named next to its field; the rename reaches the open kiosk', async () => {
    await admin.getByTestId('admin-nav-services').click();
    await admin.getByTestId('service-edit-A').click();
    const editor = admin.getByTestId('service-editor');
    await editor.getByTestId('service-prefix').fill('B'); // service B's prefix
    await editor.getByTestId('service-save').click();
    await expect(editor.getByTestId('field-error-prefix')).toBeVisible();
    await editor.getByTestId('service-prefix').fill('A');
    await editor.getByTestId('service-name-zh-CN').fill('人社医保');
    await editor.getByTestId('service-save').click();
    await expect(admin.getByTestId('admin-notice')).toContainText('已保存');
    await expect(editor.getByTestId('field-error-prefix')).toHaveCount(0);
    await expect(admin.getByTestId('service-row-A')).toContainText('人社医保');
    await shot(admin, 'config-1-services');
    await expect(kiosk.getByTestId('service-A')).toContainText('人社医保');
    expect(await stillLoadedOnce(kiosk)).toBe(true);
  });

  await test.step('Items: a deferred item is added and found by its pinyin initials', async () => {
    await admin.getByTestId('admin-nav-items').click();
    await admin.getByTestId('item-new').click();
    const editor = admin.getByTestId('item-editor');
    await editor.getByTestId('item-code').fill('E2E01');
    await editor.getByTestId('item-service').selectOption('A');
    await editor.getByTestId('item-name-zh-CN').fill('城乡居民养老保险参保登记');
    await editor.getByTestId('item-name-zh-TW').fill('城鄉居民養老保險參保登記');
    await editor.getByTestId('item-name-en').fill('Resident pension enrolment');
    await editor.getByTestId('item-kind').selectOption('deferred');
    await editor.getByTestId('item-save').click();
    await expect(editor.getByTestId('field-error-promisedDays')).toBeVisible(); // a deferred item promises days
    await editor.getByTestId('item-days').fill('20');
    await editor.getByTestId('item-save').click();
    await expect(admin.getByTestId('item-row-E2E01')).toContainText('承诺件 · 20 个工作日');
    await admin.getByTestId('items-search').fill('cxjmylbxcbdj');
    await expect(admin.locator('[data-testid^="item-row-"]')).toHaveCount(1);
    await expect(admin.getByTestId('item-row-E2E01')).toBeVisible();
    await shot(admin, 'config-2-items');
  });

  await test.step('Hall: the screen notice scrolls on the open hall screen, the kiosk drops 繁體', async () => {
    await admin.getByTestId('admin-nav-hall').click();
    await admin.getByTestId('hall-screen-notice').fill('温馨提示：今日医保窗口办理至16:00');
    await admin.getByTestId('hall-lang-zh-TW').uncheck();
    await admin.getByTestId('hall-save').click();
    await expect(admin.getByTestId('admin-notice')).toContainText('已保存');
    await shot(admin, 'config-3-hall');
    await expect(caller.getByTestId('screen-notice')).toHaveText('温馨提示：今日医保窗口办理至16:00');
    await expect(kiosk.getByRole('button', { name: '中文繁體' })).toHaveCount(0);
    await expect(kiosk.getByRole('button', { name: 'English' })).toBeVisible();
    expect(await stillLoadedOnce(caller)).toBe(true);
    expect(await stillLoadedOnce(kiosk)).toBe(true);
    await shot(caller, 'config-4-caller-notice');
  });

  await test.step('Audit: the three changes, newest first, each with what changed; filtered by what', async () => {
    await admin.getByTestId('admin-nav-audit').click();
    const rows = admin.getByTestId('audit-table').locator('tbody tr');
    await expect(rows.first()).toHaveAttribute('data-action', 'hall.updated');
    await expect(rows.nth(0)).toContainText('温馨提示：今日医保窗口办理至16:00');
    await expect(rows.nth(1)).toHaveAttribute('data-action', 'item.created');
    await expect(rows.nth(1)).toContainText('E2E01');
    await expect(rows.nth(2)).toHaveAttribute('data-action', 'service.updated');
    await expect(rows.nth(2)).toContainText('人社医保');
    await expect(rows.nth(2)).not.toContainText('每日限号'); // only the changed fields
    await shot(admin, 'config-5-audit');
    await admin.getByTestId('audit-what').fill('item.created');
    await admin.getByTestId('audit-apply').click();
    await expect(rows).toHaveCount(1);
    await expect(rows.first()).toContainText('E2E01');
  });
});
