// The console's layout (issue 14) on a demo hall of its own (port E2E_PORT + 44): with a ticket called,
// the held list non-empty and a toast showing, at 1366×768 in English (the longest texts) the top bar's
// buttons cover nothing (the devices button not the clerk's name), the right column stays inside the
// viewport, and the toast does not cover the right column. Screenshots, to be looked at, of the console
// at 1366×768 and 1920×1080 in zh-CN and en and at 1366×768 in zh-TW (/tmp/console-<lang>-<width>.png),
// and of the admin page at 1440 px with a 差评 case open (/tmp/admin-case-1440.png).
import { expect, test, type APIRequestContext, type Locator, type Page } from '@playwright/test';
import { E2E_PORT } from '../../playwright.config';
import { ClockedHall } from './clocked-hall';

const hall = new ClockedHall(E2E_PORT + 44);
const BASE = hall.base;
test.beforeAll(() => hall.start());
test.afterAll(() => hall.remove());

const token = (request: APIRequestContext, user: string, pin: string) => hall.token(request, user, pin);
const issue = (request: APIRequestContext, services: string[]) => hall.issue(request, services);

type Box = { x: number; y: number; width: number; height: number };
const box = async (l: Locator): Promise<Box> => (await l.boundingBox())!;
const overlaps = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

async function expectLaidOut(con: Page) {
  const view = con.viewportSize()!;
  // Nothing in the top bar lies over anything else in it (the tool buttons, the clerk's name, …).
  const bar = con.locator('.console-bar-row > *:not(.console-tools), .console-tools > *');
  const boxes = await Promise.all((await bar.all()).map(async (l) => ({ what: (await l.innerText()).trim(), box: await box(l) })));
  expect(boxes.map((b) => b.what)).toEqual(expect.arrayContaining(['Devices & printing', await con.getByTestId('clerk-name').innerText()]));
  for (const [i, a] of boxes.entries()) {
    for (const b of boxes.slice(i + 1)) expect(overlaps(a.box, b.box), `"${a.what}" and "${b.what}" overlap`).toBe(false);
    expect(a.box.x + a.box.width, `"${a.what}" runs off the page`).toBeLessThanOrEqual(view.width);
  }
  const name = await box(con.getByTestId('clerk-name'));
  expect(overlaps(await box(con.getByTestId('devices-open')), name), 'the devices button covers the name').toBe(false);
  const right = await box(con.getByTestId('queue-panel'));
  expect(right.x).toBeGreaterThanOrEqual(0);
  expect(right.x + right.width, 'the right column ends inside the viewport').toBeLessThanOrEqual(view.width);
  expect(await con.evaluate(() => document.documentElement.scrollWidth), 'no sideways scrolling').toBeLessThanOrEqual(view.width);
  const toast = await box(con.locator('.console-notice-area .notice'));
  expect(overlaps(toast, right), 'the toast covers the right column').toBe(false);
  expect(toast.y + toast.height, 'the toast is on screen').toBeLessThanOrEqual(view.height);
}

/** The lines each cell of a row's text sits on: the tops of its text's boxes, 8 px apart or more. */
async function cellLines(row: Locator) {
  return row.locator('td').evaluateAll((cells) =>
    cells.map((c) => {
      const tops: number[] = [];
      const walker = document.createTreeWalker(c, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const range = document.createRange();
        range.selectNodeContents(n);
        for (const r of range.getClientRects()) if (r.width > 0 && !tops.some((t) => Math.abs(t - r.top) < 8)) tops.push(r.top);
      }
      return { text: (c as HTMLElement).innerText, lines: tops.length };
    }),
  );
}

const shots: [lang: 'zh-CN' | 'zh-TW' | 'en', width: number, height: number][] = [
  ['zh-CN', 1366, 768],
  ['en', 1366, 768],
  ['zh-TW', 1366, 768],
  ['zh-CN', 1920, 1080],
  ['en', 1920, 1080],
];
const langButton = { 'zh-CN': '中文简体', 'zh-TW': '中文繁體', en: 'English' };

test('the console at 1366×768 and 1920×1080 in three languages: nothing covers the name, the right column or the toast', async ({ browser, request }) => {
  await issue(request, ['A', 'A', 'A', 'B', 'C', 'A']);
  const con = await (await browser.newContext({ viewport: { width: 1366, height: 768 } })).newPage();
  await con.goto(`${BASE}/console`);
  await con.getByLabel('工号').fill('1001');
  await con.getByLabel('密码').fill('1234');
  await con.keyboard.press('Enter');
  await expect(con.getByTestId('console-tools').getByTestId('devices-open')).toBeVisible();
  await con.screenshot({ path: '/tmp/console-picker-zh-CN-1366.png' });
  await con.getByTestId('sign-in-1').click();
  await expect(con.getByTestId('panel-window')).toHaveText('1号窗口');
  // The window's detail is in: until then the F-keys have nothing to act on.
  await expect(con.getByTestId('window-status')).toBeVisible();
  await con.keyboard.press('F1');
  await expect(con.getByTestId('current-number')).toHaveText('A001');
  await con.keyboard.press('F5'); // held: 材料不全
  await expect(con.getByTestId('held-list')).toContainText('A001');
  await con.keyboard.press('F1');
  await expect(con.getByTestId('current-number')).toHaveText('A002');
  await expect(con.getByTestId('console-notice')).toContainText('A002');

  for (const [lang, width, height] of shots) {
    await con.setViewportSize({ width, height });
    await con.getByRole('button', { name: langButton[lang] }).click();
    await expect(con.locator('html')).toHaveAttribute('lang', lang);
    await con.evaluate(() => document.fonts.ready);
    await con.screenshot({ path: `/tmp/console-${lang}-${width}.png` });
    if (lang === 'en' && width === 1366) {
      await expectLaidOut(con);
      // The 办结 dialog fits too, its buttons on screen.
      await con.keyboard.press('F4');
      await expect(con.getByTestId('finish-search')).toBeFocused();
      await expect(con.getByTestId('finish-items').getByRole('option').first()).toBeVisible();
      const confirm = await box(con.getByTestId('finish-dialog-confirm'));
      expect(confirm.y + confirm.height).toBeLessThanOrEqual(height);
      await con.screenshot({ path: '/tmp/console-finish-en-1366.png' });
      await con.keyboard.press('Escape');
      await expect(con.getByTestId('finish-dialog')).toHaveCount(0);
    }
  }
});

test('the admin page at 1440 px with a case open: no cell wraps inside a word', async ({ browser, request }) => {
  await issue(request, ['Z']);
  const con = await (await browser.newContext()).newPage();
  await hall.signIn(con, '1003', 3);
  await con.getByTestId('action-callNext').click();
  await expect(con.getByTestId('current-number')).toHaveText(/^[A-Z]\d{3}$/);
  await con.keyboard.press('F4');
  // The item list is in and its first item chosen (Enter while it loads does nothing).
  await expect(con.getByTestId('finish-items').locator('[aria-selected="true"]')).toBeVisible();
  await con.keyboard.press('Enter');
  await expect(con.getByTestId('console-notice')).toContainText('已办结');
  const pad = { authorization: `Bearer ${await token(request, 'pad-3', '6666')}` };
  const rated = await request.post(`${BASE}/api/windows/3/rating`, { headers: pad, data: { level: 1, reasons: ['efficiency.wait', 'attitude.cold'] } });
  expect(rated.ok(), await rated.text()).toBe(true);

  const admin = await (await browser.newContext({ viewport: { width: 1440, height: 900 } })).newPage();
  await admin.goto(`${BASE}/admin`);
  await admin.getByLabel('密码').fill('000000');
  await admin.getByRole('button', { name: '登录' }).click();
  await admin.getByTestId('admin-nav-followups').click(); // the desk opens on 实时大厅
  const row = admin.getByTestId('case-table').locator('tbody tr').first();
  await row.click();
  await expect(admin.getByTestId('case-panel')).toContainText('非常不满意');
  await admin.evaluate(() => document.fonts.ready);
  await admin.screenshot({ path: '/tmp/admin-case-1440.png' });
  // Every cell of the row is one line high (a wrapped "3号窗/口" is two), in Chinese and in English.
  for (const cell of await cellLines(row)) expect(cell.lines, `"${cell.text}" wraps`).toBeLessThanOrEqual(1);
  await admin.getByRole('button', { name: 'English' }).click();
  await expect(admin.getByTestId('case-panel')).toContainText('Very dissatisfied');
  await admin.screenshot({ path: '/tmp/admin-case-1440-en.png' });
  for (const cell of await cellLines(row)) expect(cell.lines, `"${cell.text}" wraps`).toBeLessThanOrEqual(1);
  // …and the table fits beside the case, with no column cut off.
  const wrap = admin.locator('.case-table-wrap');
  expect(await wrap.evaluate((w) => w.scrollWidth - w.clientWidth)).toBeLessThanOrEqual(0);
});
