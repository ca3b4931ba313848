// The clerk's day at the console (issue 14) in Chromium, on a demo hall of its own (port E2E_PORT + 43),
// keyboard only from the call on: F1 calls, F4 opens 办结 with the focus in the search box, pinyin
// initials narrow the items, Enter finishes; the next F4 at this window offers that item first and
// chosen, so Enter alone records it again; ↓ picks another; Enter with nothing matching finishes nothing.
// The clerk's own day (served, average handling time, 满意率) follows each finish and each rating
// (the window's pad rates through the hall's API, as the pad page does).
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { E2E_PORT } from '../../playwright.config';
import { ClockedHall } from './clocked-hall';

const hall = new ClockedHall(E2E_PORT + 43);
const BASE = hall.base;
test.beforeAll(() => hall.start());
test.afterAll(() => hall.remove());

const token = (request: APIRequestContext, user: string, pin: string) => hall.token(request, user, pin);
const issue = (request: APIRequestContext, services: string[]) => hall.issue(request, services);

/** The resident rates at window 1's pad (pad-1): the rating the finish asked for. */
async function rate(request: APIRequestContext, level: number) {
  const headers = { authorization: `Bearer ${await token(request, 'pad-1', '6666')}` };
  expect((await request.post(`${BASE}/api/windows/1/rating`, { headers, data: { level } })).ok()).toBe(true);
}

const signIn = (page: Page) => hall.signIn(page, '1001', 1);

const option = (page: Page, code: string) => page.getByTestId(`finish-option-${code}`);
const chosenOption = (page: Page) => page.getByTestId('finish-items').locator('[aria-selected="true"]');

test('办结 by keyboard: search by pinyin initials, Enter; the last item comes first; my day follows', async ({ browser, request }) => {
  await issue(request, ['A', 'A', 'A', 'A']); // A001 … A004; window 1 is A岗 for A
  const con = await (await browser.newContext({ viewport: { width: 1366, height: 768 } })).newPage();
  await signIn(con);
  await expect(con.getByTestId('my-day-served')).toHaveText('0');
  await expect(con.getByTestId('my-day-average')).toHaveText('—');
  await expect(con.getByTestId('my-day-satisfaction')).toHaveText('尚无评价');

  await test.step('F1, F4: the focus is in the search box; "jysy" leaves 就业失业登记, chosen; Enter finishes', async () => {
    await con.keyboard.press('F1');
    await expect(con.getByTestId('current-number')).toHaveText('A001');
    await con.keyboard.press('F4');
    const search = con.getByTestId('finish-search');
    await expect(search).toBeFocused();
    // No earlier item at this window: the ticket's own service's first item is chosen, never "no item".
    await expect(chosenOption(con)).toHaveAttribute('data-testid', 'finish-option-A01');
    await con.keyboard.type('jysy');
    await expect(con.getByTestId('finish-items').getByRole('option')).toHaveCount(1);
    await expect(option(con, 'A02')).toHaveAttribute('aria-selected', 'true');
    await expect(option(con, 'A02')).toContainText('就业失业登记（即办）');
    await con.keyboard.press('Enter');
    await expect(con.getByTestId('finish-dialog')).toHaveCount(0);
    await expect(con.getByTestId('console-notice')).toHaveText('A001 已办结');
    await expect(con.getByTestId('my-day-served')).toHaveText('1');
    await expect(con.getByTestId('my-day-average')).toHaveText(/^\d+秒$/);
  });

  await test.step('the resident rates 非常满意: 满意率 100% (1/1)', async () => {
    await rate(request, 5);
    await expect(con.getByTestId('my-day-satisfaction')).toHaveText('100%（1/1）');
  });

  await test.step('the next F4 at this window offers 就业失业登记 first and chosen: F1, F4, Enter records it again', async () => {
    await con.keyboard.press('F1');
    await expect(con.getByTestId('current-number')).toHaveText('A002');
    await con.keyboard.press('F4');
    await expect(con.getByTestId('finish-search')).toBeFocused();
    await expect(con.getByTestId('finish-items').getByRole('option').first()).toHaveAttribute('data-testid', 'finish-option-A02');
    await expect(chosenOption(con)).toHaveAttribute('data-testid', 'finish-option-A02');
    await con.keyboard.press('Enter');
    await expect(con.getByTestId('console-notice')).toHaveText('A002 已办结');
    await expect(con.getByTestId('my-day-served')).toHaveText('2');
    await rate(request, 3);
    await expect(con.getByTestId('my-day-satisfaction')).toHaveText('50%（1/2）');
  });

  await test.step('Enter with nothing matching finishes nothing and says why; ↓ picks the second item', async () => {
    await con.keyboard.press('F1');
    await expect(con.getByTestId('current-number')).toHaveText('A003');
    await con.keyboard.press('F4');
    await expect(con.getByTestId('finish-search')).toBeFocused();
    await con.keyboard.type('zzz');
    await expect(con.getByTestId('finish-no-match')).toBeVisible();
    await con.keyboard.press('Enter');
    await expect(con.getByTestId('finish-choose-item')).toBeVisible();
    await expect(con.getByTestId('finish-dialog')).toBeVisible();
    await expect(con.getByTestId('current-number')).toHaveText('A003');
    for (let i = 0; i < 3; i++) await con.keyboard.press('Backspace');
    await expect(chosenOption(con)).toHaveAttribute('data-testid', 'finish-option-A02');
    await con.keyboard.press('ArrowDown');
    await expect(chosenOption(con)).toHaveAttribute('data-testid', 'finish-option-A01');
    await con.keyboard.press('Enter');
    await expect(con.getByTestId('console-notice')).toHaveText('A003 已办结');
    await expect(con.getByTestId('my-day-served')).toHaveText('3');
  });

  await test.step('the item just recorded (A01) is now the one offered first', async () => {
    await rate(request, 4);
    await expect(con.getByTestId('my-day-satisfaction')).toHaveText('67%（2/3）');
    await con.keyboard.press('F1');
    await expect(con.getByTestId('current-number')).toHaveText('A004');
    await con.keyboard.press('F4');
    await expect(chosenOption(con)).toHaveAttribute('data-testid', 'finish-option-A01');
    await con.keyboard.press('Escape');
    await expect(con.getByTestId('finish-dialog')).toHaveCount(0);
  });

  await test.step('in English the panel and the item list read in English', async () => {
    await con.getByRole('button', { name: 'English' }).click();
    await expect(con.getByTestId('my-day')).toContainText('My day');
    await expect(con.getByTestId('my-day-satisfaction')).toHaveText('67% (2/3)');
    await con.keyboard.press('F4');
    await expect(option(con, 'A01')).toHaveText('A01Resident medical insurance enrolment (Immediate)');
    await con.keyboard.press('Escape');
  });
});

/** Latin words of two letters or more (F1, A001 and the like are keys and numbers, not English). */
const LATIN_ALLOWED = new Set(['WebSocket', 'PIN', 'QR', 'LED', 'ID']);
const englishIn = (text: string) => (text.match(/[A-Za-z]{2,}[A-Za-z-]*/g) ?? []).filter((w) => !LATIN_ALLOWED.has(w));

/** What the page shows (innerText: nothing folded away or hidden), without the language switch's own names. */
async function shownText(page: Page): Promise<string> {
  return page.evaluate(() => {
    let text = document.body.innerText;
    for (const el of document.querySelectorAll<HTMLElement>('.lang-switch [lang]')) text = text.replace(el.innerText, '');
    return text;
  });
}

test('a zh-CN console showing a refusal and a printer fault shows no English', async ({ browser, request }) => {
  const viewer = /printed tickets: (http:\/\/\S+)/.exec(hall.output)?.[1];
  expect(viewer, 'the demo hall prints its virtual printer page').toBeTruthy();
  const con = await (await browser.newContext({ viewport: { width: 1366, height: 768 } })).newPage();
  await con.goto(`${BASE}/console`);
  await con.getByLabel('工号').fill('1002');
  await con.getByLabel('密码').fill('1234');
  await con.keyboard.press('Enter');
  await con.getByTestId('sign-in-2').click();
  await expect(con.getByTestId('panel-window')).toHaveText('2号窗口');
  // The window's detail is in: until then the F-keys have nothing to act on.
  await expect(con.getByTestId('window-status')).toBeVisible();

  await test.step('the printer runs out of paper: the drawer says 故障：缺纸, from the fault code', async () => {
    expect((await request.post(`${viewer}/state`, { data: { state: 'paper_out' } })).status()).toBe(200);
    await con.getByTestId('devices-open').click();
    await expect(con.getByTestId('device-printer-fault')).toHaveText('故障：缺纸');
    expect(englishIn(await con.getByTestId('device-printer').locator('td').first().innerText())).toEqual([]);
    await con.getByTestId('devices-close').click();
  });

  await test.step('a refusal of the hall (re-queue an unknown number): Chinese, the hall message folded away', async () => {
    await con.getByTestId('requeue-number').fill('Z999');
    await con.getByTestId('requeue-submit').click();
    await expect(con.getByTestId('console-error')).toBeVisible();
    await expect(con.getByTestId('console-error')).toContainText(/[\u4e00-\u9fff]/);
    // The hall's English message is there for whoever maintains the hall, folded (closed) under 技术详情.
    await expect(con.getByTestId('error-detail')).toHaveJSProperty('open', false);
    await expect(con.getByTestId('error-detail').locator('code')).toHaveText(/[a-z]{3,}/);
    expect(englishIn(await shownText(con))).toEqual([]);
  });

  await test.step('the same notice follows a switch to English, and back', async () => {
    const zh = await con.getByTestId('console-error').locator('strong').innerText();
    await con.getByRole('button', { name: 'English' }).click();
    await expect(con.getByTestId('console-error').locator('strong')).not.toHaveText(zh);
    expect(englishIn(await con.getByTestId('console-error').locator('strong').innerText()).length).toBeGreaterThan(0);
    await con.getByRole('button', { name: '中文简体' }).click();
    await expect(con.getByTestId('console-error').locator('strong')).toHaveText(zh);
  });
  expect((await request.post(`${viewer}/state`, { data: { state: 'ok' } })).status()).toBe(200);
});
