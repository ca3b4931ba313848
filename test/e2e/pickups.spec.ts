// 承诺件 end to end in Chromium, on a demo hall of its own (nothing another spec left behind): a clerk
// finishes B001 with a deferred item (临时救助申请, B02) and is shown its pickup code; the resident
// comes back too early and is told when it is promised; the clerk marks it processing and ready in the
// console's pickup list; the resident types the code on the kiosk's keypad and gets a 取件 ticket; the
// clerk calls it, sees it as 取件 with its record and hands over in one step; the code is then spent.
// Screenshots: the kiosk keypad (portrait 1080×1920) and the console's pickup list (1366×768).
import { mkdirSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { E2E_PORT } from '../../playwright.config';
import { ClockedHall } from './clocked-hall';
import { letCallsCloseRatings } from './rating-rule';
import { addWorkingDays, noHolidays } from '../../electron/shared/calendar/working-days';

const SHOTS = 'test-results/screenshots';
mkdirSync(SHOTS, { recursive: true });
const shot = (page: Page, name: string) => page.screenshot({ path: `${SHOTS}/${name}.png` });

const hall = new ClockedHall(E2E_PORT + 29);
const BASE = hall.base;
test.beforeAll(async () => {
  await hall.start();
  await letCallsCloseRatings(BASE); // B001 is finished and the 取件 ticket called straight after (the rating wait: rating-wait.spec.ts)
});
test.afterAll(() => hall.remove());
const shanghaiDay = (ms: number) => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date(ms));

async function typeCode(kiosk: Page, code: string) {
  await kiosk.getByTestId('pickup-key-clear').click();
  for (const digit of code) await kiosk.getByTestId(`pickup-key-${digit}`).click();
  await expect(kiosk.getByTestId('pickup-display')).toHaveAttribute('data-value', code);
  await kiosk.getByTestId('pickup-submit').click();
}

test('a deferred item from 办结 to 取件 at the kiosk and handover at the window', async ({ browser }) => {
  test.setTimeout(180_000); // two pages and a hall of its own on a busy machine
  const startedAt = Date.now();
  const kiosk = await (await browser.newContext({ viewport: { width: 1080, height: 1920 } })).newPage();
  const con = await (await browser.newContext({ viewport: { width: 1366, height: 768 } })).newPage();

  await kiosk.goto(`${BASE}/kiosk?pin=8888`);
  await kiosk.getByTestId('service-B').click();
  await expect(kiosk.getByTestId('ticket-number')).toHaveText('B001');
  await expect(kiosk.getByTestId('ticket-screen')).toHaveAttribute('data-taps', 'on');
  await kiosk.getByTestId('ticket-screen').click();

  let code = '';
  await test.step('the clerk finishes B001 with 临时救助申请 (承诺件) and is shown the pickup code', async () => {
    await con.goto(`${BASE}/console`);
    await con.getByLabel('工号').fill('1001');
    await con.getByLabel('密码').fill('1234');
    await con.getByRole('button', { name: '登录' }).click();
    await con.getByTestId('sign-in-1').click();
    await con.getByTestId('action-callNext').click();
    await expect(con.getByTestId('current-number')).toHaveText('B001');
    await expect(con.getByTestId('pickup-at-window')).toHaveCount(0); // not a 取件 ticket
    await con.getByTestId('action-finish').click();
    await con.getByTestId('finish-search').fill('B02');
    await expect(con.getByTestId('finish-option-B02')).toHaveAttribute('aria-selected', 'true');
    await con.getByTestId('finish-dialog-confirm').click();
    await expect(con.getByTestId('pickup-accepted')).toContainText('请告知居民取件码');
    code = (await con.getByTestId('pickup-accepted-code').textContent())!;
    expect(code).toMatch(/^[1-9]\d{5}$/);
    await expect(con.getByTestId('pickup-accepted')).toContainText('承诺办结');
    await shot(con, 'pickups-console-accepted');
    await con.getByTestId('pickup-accepted-dismiss').click();
    await expect(con.getByTestId('pickup-accepted')).toHaveCount(0);
  });

  await test.step('the resident comes back too early: told when it is promised, no ticket', async () => {
    await expect(kiosk.getByTestId('pickup-open')).toContainText('取件');
    await kiosk.getByTestId('pickup-open').click();
    await expect(kiosk.getByTestId('pickup-screen')).toContainText('请输入回执单上的 6 位取件码');
    await shot(kiosk, 'pickups-kiosk-keypad');
    await typeCode(kiosk, code);
    // B02 promises 5 working days (the demo hall) from the business day it was accepted on (the hall's
    // time zone; the spec may straddle its midnight, so either day of the run).
    const promised = [startedAt, Date.now()].map((ms) => {
      const [, month, day] = addWorkingDays(shanghaiDay(ms), 5, noHolidays).split('-').map(Number);
      return `${month}月${day}日`;
    });
    await expect(kiosk.getByTestId('pickup-message')).toHaveText(
      new RegExp(`^您的“临时救助申请”还在办理中，承诺(${promised.join('|')})（星期.）办好，请到时再来。$`),
    );
    await typeCode(kiosk, code === '999999' ? '999998' : '999999');
    await expect(kiosk.getByTestId('pickup-message')).toContainText('没有找到这个取件码');
    await shot(kiosk, 'pickups-kiosk-unknown');
  });

  await test.step('the clerk moves it along in the pickup list: processing, then ready', async () => {
    await con.getByTestId('pickups-open').click();
    await con.getByTestId('pickups-filter-open').click();
    await con.getByTestId(`pickup-${code}-processing`).click();
    await expect(con.getByTestId(`pickup-state-${code}`)).toHaveText('办理中');
    await con.getByTestId(`pickup-${code}-ready`).click();
    await con.getByTestId('pickups-filter-ready').click();
    await expect(con.getByTestId(`pickup-state-${code}`)).toHaveText('待取件');
    await expect(con.getByTestId('pickups-ready-count')).toHaveText('待取 1');
    await shot(con, 'pickups-console-list');
    await con.getByTestId('pickups-close').click();
  });

  let number = '';
  await test.step('at the kiosk the code now gives a 取件 ticket of 民政 (B)', async () => {
    await typeCode(kiosk, code);
    number = (await kiosk.getByTestId('pickup-ticket-number').textContent())!;
    expect(number).toMatch(/^B\d{3}$/); // B002, or B001 when the hall's midnight fell during the run
    await expect(kiosk.getByTestId('pickup-ticket')).toContainText('取件');
    await shot(kiosk, 'pickups-kiosk-ticket');
  });

  await test.step('the clerk calls B002, sees 取件 with the record and hands over in one step', async () => {
    await con.getByTestId('action-callNext').click();
    await expect(con.getByTestId('current-number')).toHaveText(number);
    await expect(con.getByTestId('pickup-at-window')).toContainText(code);
    await expect(con.getByTestId('pickup-at-window')).toContainText('临时救助申请');
    await shot(con, 'pickups-console-take');
    await con.getByTestId('pickup-hand-over').click();
    await expect(con.getByTestId('console-notice')).toHaveText(`取件码 ${code} 已交付，${number} 已办结`);
    await expect(con.getByTestId('current-ticket')).toContainText('暂无号码');
    await expect(con.getByTestId('pickups-ready-count')).toHaveText('待取 0');
    await con.getByTestId('pickups-open').click();
    await con.getByTestId('pickups-search').fill(code);
    await con.getByRole('button', { name: '查找' }).click();
    await expect(con.getByTestId('pickups-found')).toContainText('已领取');
    await expect(con.getByTestId('pickups-found')).toContainText(`取件取号 ${number}`);
  });

  await test.step('the code is spent: the kiosk says it was collected, no ticket', async () => {
    await expect(kiosk.getByTestId('pickup-ticket')).toHaveAttribute('data-taps', 'on');
    await kiosk.getByTestId('pickup-ticket').click();
    await kiosk.getByTestId('pickup-open').click();
    await typeCode(kiosk, code);
    await expect(kiosk.getByTestId('pickup-message')).toContainText('已于');
    await expect(kiosk.getByTestId('pickup-message')).toContainText('领取');
    await shot(kiosk, 'pickups-kiosk-collected');
  });

  await test.step('the keypad fits a landscape kiosk too: every key in view, nothing scrolls', async () => {
    await kiosk.setViewportSize({ width: 1920, height: 1080 });
    for (const key of ['1', '0', 'back', 'clear']) {
      const box = (await kiosk.getByTestId(`pickup-key-${key}`).boundingBox())!;
      expect(box.y + box.height).toBeLessThanOrEqual(1080);
      expect(box.height).toBeGreaterThanOrEqual(110);
    }
    const submit = (await kiosk.getByTestId('pickup-submit').boundingBox())!;
    expect(submit.y + submit.height).toBeLessThanOrEqual(1080);
    expect(await kiosk.evaluate(() => document.documentElement.scrollHeight)).toBeLessThanOrEqual(1080);
    await shot(kiosk, 'pickups-kiosk-landscape');
  });
});
