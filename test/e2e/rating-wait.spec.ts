// A rating that the next call cannot cut off (issue 14), in Chromium, on a demo hall of its own (port
// E2E_PORT + 61) whose clock stands still (`--clock fixed:`), so no timeout can end the rating while the
// test runs: the clerk finishes A001, the pad shows the levels (the console: 等待评价); the resident taps
// 非常不满意 and picks a reason (the pad tells the hall it is in use: the console shows 正在评价); the clerk
// presses F1: refused, with a notice saying why; the resident sends the rating; F1 now calls A002; the
// rating is stored with its reason. Screenshot of the console showing 正在评价: /tmp/rating-wait-console.png.
// Then the manager's ceiling (maxSeconds): a value out of range is shown at its field, a good one is kept.
import { mkdirSync } from 'node:fs';
import { expect, test, type APIRequestContext, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { E2E_PORT } from '../../playwright.config';
import { ClockedHall } from './clocked-hall';

const SHOTS = 'test-results/screenshots';
mkdirSync(SHOTS, { recursive: true });

const hall = new ClockedHall(E2E_PORT + 61, 'fixed:2026-12-07T10:00'); // a Monday morning, open
const BASE = hall.base;
test.beforeAll(() => hall.start());
test.afterAll(() => hall.remove());

const contexts: BrowserContext[] = [];
async function newPage(browser: Browser, viewport: { width: number; height: number }): Promise<Page> {
  const context = await browser.newContext({ viewport });
  contexts.push(context);
  return context.newPage();
}
test.afterEach(async () => {
  for (const context of contexts.splice(0)) await context.close();
});

async function bearer(request: APIRequestContext, user: string, pin: string) {
  const login = await request.post(`${BASE}/api/login`, { data: { user, pin } });
  return { authorization: `Bearer ${(await login.json()).token}` };
}

test('the next call waits while the resident is rating; once rated, F1 calls the next ticket', async ({ browser, request }) => {
  const kiosk = await bearer(request, 'kiosk', '8888');
  for (const serviceId of ['A', 'A']) expect((await request.post(`${BASE}/api/tickets`, { headers: kiosk, data: { serviceId } })).status()).toBe(201);

  const con = await newPage(browser, { width: 1366, height: 768 });
  await con.goto(`${BASE}/console`);
  await con.getByLabel('工号').fill('1001');
  await con.getByLabel('密码').fill('1234');
  await con.getByRole('button', { name: '登录' }).click();
  await con.getByTestId('sign-in-1').click();
  await expect(con.getByTestId('panel-window')).toHaveText('1号窗口');

  const pad = await newPage(browser, { width: 1280, height: 800 });
  await pad.goto(`${BASE}/pad?window=1&pin=6666`);
  await expect(pad.getByTestId('pad-idle')).toBeVisible();

  await test.step('the clerk calls and finishes A001: the pad shows the levels, the console 等待评价', async () => {
    await con.keyboard.press('F1');
    await expect(con.getByTestId('current-number')).toHaveText('A001');
    await con.getByTestId('action-finish').click();
    const dialog = con.getByTestId('finish-dialog');
    await dialog.getByTestId('finish-search').fill('A01');
    await expect(dialog.getByTestId('finish-option-A01')).toHaveAttribute('aria-selected', 'true');
    await dialog.getByTestId('finish-dialog-confirm').click();
    await expect(con.getByTestId('console-notice')).toHaveText('A001 已办结');
    await expect(pad.getByTestId('pad-levels')).toBeVisible();
    await expect(con.getByTestId('rating-wait')).toHaveAttribute('data-state', 'waiting');
    await expect(con.getByTestId('rating-wait-state')).toHaveText('等待评价');
    await expect(con.getByTestId('rating-wait')).toContainText(/还剩 \d+ 秒/);
  });

  await test.step('the resident taps 非常不满意 and picks a reason: the console shows 正在评价', async () => {
    await pad.getByTestId('level-1').click();
    await expect(pad.getByTestId('pad-reasons')).toBeVisible();
    await pad.getByTestId('reason-attitude.rude').click();
    await pad.getByTestId('reason-text').fill('态度');
    // Only the pad's ratings.activity sets activeAt, which is what 正在评价 is shown from.
    await expect(con.getByTestId('rating-wait')).toHaveAttribute('data-state', 'inUse');
    await expect(con.getByTestId('rating-wait-state')).toHaveText('正在评价');
  });

  await test.step('F1 is refused: the console says the resident is rating, and nobody is called', async () => {
    await con.keyboard.press('F1');
    await expect(con.getByTestId('console-error')).toHaveText('请等待居民评价完成或超时后再叫号');
    await expect(con.getByTestId('rating-wait-refused')).toContainText('未叫号：居民正在评价 A001');
    await expect(con.getByTestId('current-ticket')).toContainText('暂无号码');
    await expect(pad.getByTestId('pad-reasons')).toBeVisible(); // the resident is not cut off
    // At 1366×768 the 好差评 box is in sight without scrolling, and the notice does not cover it.
    await expect(con.getByTestId('rating-wait-refused')).toBeInViewport({ ratio: 1 });
    const [box, notice] = [await con.getByTestId('rating-status').boundingBox(), await con.getByTestId('console-error').boundingBox()];
    expect(box!.y + box!.height <= notice!.y || notice!.y + notice!.height <= box!.y, 'the notice covers the rating box').toBe(true);
    await con.screenshot({ path: '/tmp/rating-wait-1366.png' });
    await con.screenshot({ path: '/tmp/rating-wait-console.png', fullPage: true });
    await con.screenshot({ path: `${SHOTS}/rating-wait-console.png`, fullPage: true });
    await con.setViewportSize({ width: 1920, height: 1080 });
    await expect(con.getByTestId('rating-wait-refused')).toBeInViewport();
    await con.screenshot({ path: `${SHOTS}/rating-wait-console-1920.png` });
  });

  await test.step('the resident sends the rating; F1 now calls A002', async () => {
    await pad.getByTestId('reason-submit').click();
    await expect(pad.getByTestId('pad-thanks')).toBeVisible();
    await expect(con.getByTestId('rating-status-text')).toHaveText('A001 已评价');
    await expect(con.getByTestId('rating-wait')).toHaveCount(0);
    await con.keyboard.press('F1');
    await expect(con.getByTestId('current-number')).toHaveText('A002');
  });

  await test.step('the rating is stored as the resident gave it, with the reason', async () => {
    const ratings = (await (await request.get(`${BASE}/api/ratings`, { headers: await bearer(request, 'admin', '000000') })).json()) as {
      number: string;
      level: number;
      reasons: string[];
      text: string | null;
      status: string;
    }[];
    expect(ratings.find((r) => r.number === 'A001')).toMatchObject({ status: 'rated', level: 1, reasons: ['attitude.rude'], text: '态度' });
  });
});

test('the manager sets the ceiling of a rating being given; a value out of range is shown at its field', async ({ browser }) => {
  const admin = await newPage(browser, { width: 1366, height: 768 });
  await admin.goto(`${BASE}/admin`);
  await admin.getByLabel('密码').fill('000000');
  await admin.getByRole('button', { name: '登录' }).click();
  await admin.getByTestId('admin-nav-ratings').click();
  await expect(admin.getByTestId('setting-maxSeconds')).toHaveValue('300');
  await expect(admin.getByTestId('setting-block')).toBeChecked(); // on by default (issue 14)
  await admin.getByTestId('setting-maxSeconds').fill('10');
  await admin.getByTestId('rating-settings').getByRole('button', { name: '保存设置' }).click();
  await expect(admin.getByTestId('field-error-maxSeconds')).toBeVisible();
  await admin.getByTestId('setting-maxSeconds').fill('600');
  await admin.getByTestId('rating-settings').getByRole('button', { name: '保存设置' }).click();
  await expect(admin.getByTestId('admin-notice')).toContainText('设置已保存');
  await expect(admin.getByTestId('field-error-maxSeconds')).toHaveCount(0);
  // Read back from the hall: another page, then this one again (the form loads the settings anew).
  await admin.getByTestId('admin-nav-hall').click();
  await expect(admin.getByTestId('rating-settings')).toHaveCount(0);
  await admin.getByTestId('admin-nav-ratings').click();
  await expect(admin.getByTestId('setting-maxSeconds')).toHaveValue('600');
});
