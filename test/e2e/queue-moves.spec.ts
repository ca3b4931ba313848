// The clerk's queue moves (issue 14) in Chromium, on a demo hall of its own (port E2E_PORT + 37), driven
// from the keyboard where a clerk would: F1 call, F5 hold (材料不全), F6 then Esc / Enter for a no-show,
// Ctrl+Z to undo it, F10 to resume the held ticket; 过号重排 by typing the number; a transfer to window 2,
// seen first in window 2's queue; the manager turning "call this ticket" off and on; a clerk calling a
// ticket out of turn with a reason. Screenshot (1366×768) of the console with the held list and the
// no-show's undo bar: /tmp/queue-moves-console.png (and test-results/screenshots/).
import { mkdirSync } from 'node:fs';
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { E2E_PORT } from '../../playwright.config';
import { ClockedHall } from './clocked-hall';

const SHOTS = 'test-results/screenshots';
mkdirSync(SHOTS, { recursive: true });

const hall = new ClockedHall(E2E_PORT + 37);
const BASE = hall.base;
test.beforeAll(() => hall.start());
test.afterAll(() => hall.remove());

async function issue(request: APIRequestContext, services: string[]) {
  const login = await request.post(`${BASE}/api/login`, { data: { user: 'kiosk', pin: '8888' } });
  const headers = { authorization: `Bearer ${(await login.json()).token}` };
  const issued: string[] = [];
  for (const serviceId of services) {
    const r = await request.post(`${BASE}/api/tickets`, { headers, data: { serviceId } });
    expect(r.status()).toBe(201);
    issued.push((await r.json()).issuedAt);
  }
  // The places in the queue are by time: each ticket was issued in its own millisecond.
  expect(new Set(issued).size).toBe(issued.length);
}

async function signIn(page: Page, user: string, window: number) {
  await page.goto(`${BASE}/console`);
  await page.getByLabel('工号').fill(user);
  await page.getByLabel('密码').fill('1234');
  await page.getByRole('button', { name: '登录' }).click();
  await page.getByTestId(`sign-in-${window}`).click();
  await expect(page.getByTestId('panel-window')).toHaveText(`${window}号窗口`);
}

const queueOf = (page: Page) => page.getByTestId('window-queue').locator('li strong');

test('hold, no-show with undo, 过号重排, transfer to a window and call this ticket at the console', async ({ browser, request }) => {
  test.setTimeout(180_000);
  const admin = await (await browser.newContext({ viewport: { width: 1366, height: 768 } })).newPage();
  await test.step('the manager gives the no-show two minutes to be undone (the hall page, 叫号操作)', async () => {
    await admin.goto(`${BASE}/admin`);
    await admin.getByLabel('密码').fill('000000');
    await admin.getByRole('button', { name: '登录' }).click();
    await admin.getByTestId('admin-nav-hall').click();
    await expect(admin.getByTestId('hall-noShowUndoSeconds')).toHaveValue('10');
    await admin.getByTestId('hall-noShowUndoSeconds').fill('120');
    await admin.getByTestId('queue-move-save').click();
    await expect(admin.getByTestId('admin-notice')).toContainText('已保存');
  });

  await issue(request, ['A', 'A', 'A', 'A', 'A', 'A', 'A', 'A', 'B']); // A001 … A008, B001
  const con = await (await browser.newContext({ viewport: { width: 1366, height: 768 } })).newPage();
  await signIn(con, '1001', 1); // A岗 A and B
  await expect(queueOf(con)).toHaveText(['A001', 'A002', 'A003', 'A004', 'A005', 'A006', 'A007', 'A008', 'B001']);

  await test.step('F1 calls A001; F5 holds it (材料不全): it is listed as held, not in the queue', async () => {
    await con.keyboard.press('F1');
    await expect(con.getByTestId('current-number')).toHaveText('A001');
    await expect(con.getByTestId('action-hold')).toContainText('F5');
    await con.keyboard.press('F5');
    await expect(con.getByTestId('console-notice')).toHaveText('A001 已挂起（材料不全）');
    await expect(con.getByTestId('held-list')).toContainText('A001');
    await expect(con.getByTestId('current-ticket')).toContainText('暂无号码');
    await expect(queueOf(con).first()).toHaveText('A002');
  });

  await test.step('F1 calls A002; F6 asks first: Esc keeps it, F6 then Enter marks it, with an undo bar', async () => {
    await con.keyboard.press('F1');
    await expect(con.getByTestId('current-number')).toHaveText('A002');
    await con.keyboard.press('F6');
    await expect(con.getByTestId('noshow-dialog')).toContainText('确认 A002 未到 / 过号？');
    await con.keyboard.press('Escape');
    await expect(con.getByTestId('noshow-dialog')).toHaveCount(0);
    await expect(con.getByTestId('current-number')).toHaveText('A002');
    await con.keyboard.press('F6');
    await expect(con.getByTestId('noshow-dialog')).toContainText('120 秒内可撤销');
    await con.keyboard.press('Enter');
    await expect(con.getByTestId('console-notice')).toHaveText('A002 已标记未到');
    await expect(con.getByTestId('undo-bar')).toContainText('A002 已过号');
    await expect(con.getByTestId('undo-left')).toHaveText(/^还剩 \d+ 秒$/);
    await expect(con.getByTestId('held-list')).toContainText('A001');
    await con.screenshot({ path: '/tmp/queue-moves-console.png' });
    await con.screenshot({ path: `${SHOTS}/queue-moves-console.png` });
  });

  await test.step('Ctrl+Z undoes it: A002 is called at the window again', async () => {
    await con.keyboard.press('Control+z');
    await expect(con.getByTestId('console-notice')).toHaveText('已撤销 A002 的过号');
    await expect(con.getByTestId('current-number')).toHaveText('A002');
    await expect(con.getByTestId('current-state')).toHaveText('已呼叫');
    await expect(con.getByTestId('undo-bar')).toHaveCount(0);
  });

  await test.step('no-show again, then F1: calling the next ends the undo', async () => {
    await con.keyboard.press('F6');
    await con.keyboard.press('Enter');
    await expect(con.getByTestId('undo-bar')).toBeVisible();
    await con.keyboard.press('F1');
    await expect(con.getByTestId('current-number')).toHaveText('A003');
    await expect(con.getByTestId('undo-bar')).toHaveCount(0);
  });

  await test.step('过号重排: A002 is back, typed in; it waits three places down its queue', async () => {
    await expect(con.getByTestId('no-show-list')).toContainText('A002');
    await con.getByTestId('requeue-number').fill('a002');
    await con.getByTestId('requeue-number').press('Enter');
    await expect(con.getByTestId('console-notice')).toHaveText('A002 已重新排队，前面 3 人');
    await expect(queueOf(con)).toHaveText(['A004', 'A005', 'A006', 'A002', 'A007', 'A008', 'B001']);
  });

  const con2 = await (await browser.newContext({ viewport: { width: 1366, height: 768 } })).newPage();
  await test.step('F7: A003 goes to window 2, which sees it first, marked 转来', async () => {
    await con.keyboard.press('F7');
    const dialog = con.getByTestId('transfer-dialog');
    await dialog.getByTestId('transfer-kind-window').check();
    await dialog.getByTestId('transfer-window-2').check();
    await dialog.getByTestId('transfer-dialog-confirm').click();
    await expect(con.getByTestId('console-notice')).toHaveText('A003 已转给 2号窗口');
    await expect(queueOf(con)).not.toContainText(['A003']);

    // The manager turns "call this ticket" off before window 2 opens.
    await admin.getByTestId('hall-allowCallSpecific').uncheck();
    await admin.getByTestId('queue-move-save').click();
    await expect(admin.getByTestId('admin-notice')).toContainText('已保存');
    await signIn(con2, '1002', 2);
    await expect(queueOf(con2).first()).toHaveText('A003');
    await expect(con2.getByTestId('window-queue').locator('li').first()).toContainText('转来');
    await expect(con2.locator('[data-testid^="pick-"]')).toHaveCount(0); // off: no 叫此号
  });

  await test.step('F10 takes the held A001 back at window 1', async () => {
    await expect(con.getByTestId('action-resumeHeld')).toContainText('F10');
    await con.keyboard.press('F10');
    await expect(con.getByTestId('console-notice')).toHaveText('A001 已恢复办理');
    await expect(con.getByTestId('current-number')).toHaveText('A001');
    await expect(con.getByTestId('held-list')).toContainText('没有挂起的号');
  });

  await test.step('turned on again, window 2 calls A007 out of turn with a reason', async () => {
    await admin.getByTestId('hall-allowCallSpecific').check();
    await admin.getByTestId('queue-move-save').click();
    await con2.getByTestId('pick-A007').click();
    const dialog = con2.getByTestId('call-ticket-dialog');
    await expect(dialog).toContainText('指定呼叫 A007');
    await dialog.getByLabel('其他').check();
    await expect(dialog.getByTestId('call-ticket-dialog-confirm')).toBeDisabled(); // other needs a note
    await dialog.getByTestId('call-ticket-note').fill('老人行动不便');
    await dialog.getByTestId('call-ticket-dialog-confirm').click();
    await expect(con2.getByTestId('console-notice')).toHaveText('已指定呼叫 A007');
    await expect(con2.getByTestId('current-number')).toHaveText('A007');
    await expect(queueOf(con2).first()).toHaveText('A003');
  });
});
