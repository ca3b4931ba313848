// 绿色通道 end to end over the real LAN server in real Chromium: with every window closed the console
// shows the staffing alert at once (pushed); a resident takes a normal number, then an elderly resident
// taps 绿色通道 and 人社 at the kiosk; clerk 1004 signs in at window 4 (the alert clears by push) and
// 呼叫下一位 calls the 绿色通道 ticket before the normal one (after any older 绿色通道 ticket). The demo hall is shared with other specs: this one first
// closes whatever windows they left open (as the manager, over the API) and counts only its own tickets.
import { mkdirSync } from 'node:fs';
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { letCallsCloseRatings, restoreRatingWait } from './rating-rule';

const SHOTS = 'test-results/screenshots';
mkdirSync(SHOTS, { recursive: true });
const shot = (page: Page, name: string) => page.screenshot({ path: `${SHOTS}/${name}.png` });

/** Finishes any ticket at a staffed window and signs it out, as the manager: the hall with no window open. */
async function closeEveryWindow(request: APIRequestContext) {
  const login = await request.post('/api/login', { data: { user: 'admin', pin: '000000' } });
  const headers = { authorization: `Bearer ${(await login.json()).token}` };
  const hall = await (await request.get('/api/hall')).json();
  for (const w of hall.windows as { number: number; clerk: unknown; current: unknown }[]) {
    if (w.clerk === null) continue;
    if (w.current !== null) expect((await request.post(`/api/windows/${w.number}/finish`, { headers, data: {} })).ok()).toBe(true);
    expect((await request.post(`/api/windows/${w.number}/sign-out`, { headers, data: {} })).ok()).toBe(true);
  }
  return headers;
}

// Tickets are finished and the next called at once (the rating wait: rating-wait.spec.ts).
test.beforeAll(() => letCallsCloseRatings());
test.afterAll(() => restoreRatingWait());

test('a 绿色通道 ticket from the kiosk is called first; the staffing alert shows and clears by push', async ({ browser, request }) => {
  await closeEveryWindow(request);
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });

  const con = await context.newPage();
  await test.step('console: with no window open the staffing alert shows', async () => {
    await con.goto('/console');
    await con.getByLabel('工号').fill('1004');
    await con.getByLabel('密码').fill('1234');
    await con.getByRole('button', { name: '登录' }).click();
    await expect(con.getByTestId('staffing-no_window_open')).toHaveText('现在没有开放的窗口：请尽快签到开窗');
  });

  const kiosk = await browser.newPage({ viewport: { width: 1080, height: 1920 } });
  let green = '';
  let normal = '';
  await test.step('kiosk: a normal 人社 number, then 绿色通道 → 人社', async () => {
    await kiosk.goto('/kiosk?pin=8888');
    await expect(kiosk.getByTestId('priority-lane')).toContainText('绿色通道');
    await expect(kiosk.getByTestId('priority-lane')).toContainText('老年人');
    await shot(kiosk, 'priority-kiosk-home');
    await kiosk.getByRole('button', { name: /人社/ }).click();
    await expect(kiosk.getByTestId('ticket-number')).toHaveText(/^A\d{3}$/);
    normal = (await kiosk.getByTestId('ticket-number').textContent()) ?? '';
    await expect(kiosk.getByTestId('ticket-screen')).toHaveAttribute('data-taps', 'on');
    await kiosk.getByTestId('ticket-screen').click();
    await kiosk.getByTestId('priority-lane').click();
    await expect(kiosk.getByTestId('kiosk-title')).toHaveText('绿色通道：请点击要办理的业务');
    await kiosk.getByRole('button', { name: /人社/ }).click();
    green = (await kiosk.getByTestId('ticket-number').textContent()) ?? '';
    expect(green).toMatch(/^A\d{3}$/);
    await expect(kiosk.getByTestId('ticket-ahead')).toHaveText(/^前面还有 \d+ 人$/);
  });

  await test.step('console: the alert names 人社 waiting with no window; it clears when window 4 opens', async () => {
    await expect(con.getByTestId('staffing-service_unserved').filter({ hasText: 'A 人社' })).toBeVisible();
    await shot(con, 'priority-console-alert');
    await con.getByTestId('sign-in-4').click();
    await expect(con.getByTestId('panel-window')).toHaveText('4号窗口');
    await expect(con.getByTestId('staffing-alert')).toHaveCount(0);
  });

  await test.step('呼叫下一位 calls the 绿色通道 ticket before the normal one taken earlier', async () => {
    await expect(con.getByTestId('window-queue')).toContainText(green);
    const queue = await con.getByTestId('window-queue').innerText();
    // The queue shows the next 20: our normal ticket may lie beyond them, never before ours.
    if (queue.includes(normal)) expect(queue.indexOf(green)).toBeLessThan(queue.indexOf(normal));
    // Older 绿色通道 tickets other specs left waiting go first; never our normal one before ours.
    for (let i = 0; ; i++) {
      expect(i).toBeLessThan(10);
      await con.getByTestId('action-callNext').click();
      await expect(con.getByTestId('current-number')).toHaveText(/^[A-Z]\d{3}$/);
      const called = await con.getByTestId('current-number').innerText();
      expect(called).not.toBe(normal);
      await con.getByTestId('action-finish').click();
      await con.getByTestId('finish-dialog-confirm').click();
      await expect(con.getByTestId('current-ticket')).not.toContainText(called);
      if (called === green) break;
    }
  });

  await test.step('the console issues a 绿色通道 ticket for a resident at the window', async () => {
    await con.getByTestId('green-lane').click();
    await con.getByTestId('green-lane-dialog').getByText('D 残联').click();
    await shot(con, 'priority-console-green-lane');
    await con.getByTestId('green-lane-dialog-confirm').click();
    await expect(con.getByTestId('console-notice')).toContainText(/已取绿色通道号 D\d{3}/);
    await expect(con.getByTestId('window-queue')).toContainText(/D\d{3}/);
  });
  await con.getByTestId('sign-out').click();
  await context.close();
  await kiosk.close();
});
