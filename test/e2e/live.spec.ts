// 实时大厅 (issue 15) on a demo hall of its own (port E2E_PORT + 72): the manager opens /admin and the live
// page is the first; in another page a clerk signs in and calls a ticket, and the live page shows it at
// the window without a reload (a marker set on the page before survives); the manager signs the clerk out
// with a reason, the ticket goes back to its queue, and the audit page lists the sign-out with its reason.
// A sign-out opened for one clerk, confirmed after another signed in at that window, is refused in Chinese.
// Screenshots at 1440×900: /tmp/live-page.png (zh-CN) and /tmp/live-page-en.png.
import { expect, test } from '@playwright/test';
import { E2E_PORT } from '../../playwright.config';
import { ClockedHall } from './clocked-hall';

const hall = new ClockedHall(E2E_PORT + 72);
const BASE = hall.base;
test.beforeAll(() => hall.start());
test.afterAll(() => hall.remove());

/** The as-of line's time is the hall's (Asia/Shanghai, UTC+8 all year) clock of about now, not the browser's UTC. */
function expectHallClock(asOf: string) {
  const [, h, m, s] = /(\d\d):(\d\d):(\d\d)/.exec(asOf)!.map(Number);
  const day = 86_400;
  const hallNow = Math.floor(Date.now() / 1000 + 8 * 3600) % day;
  const apart = Math.abs(h! * 3600 + m! * 60 + s! - hallNow);
  expect(Math.min(apart, day - apart)).toBeLessThan(600); // minutes at most; the browser's zone would be 8 h off
}

test('the live hall follows a call by push; the manager signs a clerk out with a reason, audited', async ({ browser, request }) => {
  await hall.issue(request, ['A', 'A', 'B']);
  // The manager's browser is on UTC, the hall on Asia/Shanghai: the page writes the hall's clock.
  const admin = await (await browser.newContext({ viewport: { width: 1440, height: 900 }, timezoneId: 'UTC' })).newPage();
  await admin.goto(`${BASE}/admin`);
  await admin.getByLabel('密码').fill('000000');
  await admin.getByRole('button', { name: '登录' }).click();
  await expect(admin.getByTestId('admin-page-live')).toBeVisible();
  await expect(admin.getByTestId('admin-nav-live')).toHaveText('实时大厅');
  await expect(admin.getByTestId('live-window-status-1')).toHaveText('关闭');
  await expect(admin.getByTestId('live-queue-waiting-A')).toHaveText('2');
  await expect(admin.getByTestId('live-figure-arrived')).toContainText('3');
  await expect(admin.getByTestId('live-figure-waiting')).toHaveAttribute('title', /排队等候叫号/);
  await expect(admin.getByTestId('live-figure-satisfaction')).toHaveAttribute('title', /非常满意 \+ 满意/);
  expectHallClock((await admin.getByTestId('live-as-of').textContent())!);
  await admin.evaluate(() => ((window as unknown as { liveMarker: number }).liveMarker = 42));

  await test.step('a clerk calls in another page: the live page shows it by push, no reload', async () => {
    const con = await (await browser.newContext({ viewport: { width: 1366, height: 768 } })).newPage();
    await hall.signIn(con, '1001', 1);
    await expect(admin.getByTestId('live-window-status-1')).toHaveText('办理中');
    await con.keyboard.press('F1');
    await expect(con.getByTestId('current-number')).toHaveText('A001');
    await expect(admin.getByTestId('live-window-current-1')).toHaveText('A001');
    await expect(admin.getByTestId('live-window-clerk-1')).not.toHaveText('无人签到');
    await expect(admin.getByTestId('live-queue-waiting-A')).toHaveText('1');
    await expect(admin.getByTestId('live-window-since-1')).toContainText('已办理');
    expect(await admin.evaluate(() => (window as unknown as { liveMarker?: number }).liveMarker)).toBe(42);
    await con.context().close();
    // Window 2 paused for lunch (over HTTP): its card turns amber with the reason, by push too.
    const other = { authorization: `Bearer ${await hall.token(request, '1002', '1234')}` };
    expect((await request.post(`${BASE}/api/windows/2/sign-in`, { headers: other })).ok()).toBe(true);
    expect((await request.post(`${BASE}/api/windows/2/pause`, { headers: other, data: { reason: 'lunch' } })).ok()).toBe(true);
    await expect(admin.getByTestId('live-window-status-2')).toHaveText('暂停');
    await expect(admin.getByTestId('live-window-pause-2')).toHaveText('午休');
    await expect(admin.getByTestId('live-window-2')).toHaveAttribute('data-status', 'paused');
  });

  await test.step('screenshots in zh-CN and en', async () => {
    await admin.evaluate(() => document.fonts.ready);
    await admin.screenshot({ path: '/tmp/live-page.png' });
    await admin.getByRole('button', { name: 'English' }).click();
    await expect(admin.getByTestId('live-window-status-1')).toHaveText('Open');
    await admin.evaluate(() => document.fonts.ready);
    await admin.screenshot({ path: '/tmp/live-page-en.png' });
    await admin.getByRole('button', { name: '中文简体' }).click();
    await expect(admin.getByTestId('live-window-status-1')).toHaveText('办理中');
  });

  await test.step('the manager signs the clerk out with a reason: the ticket waits again, the audit lists it', async () => {
    await admin.getByTestId('live-signout-1').click();
    await expect(admin.getByTestId('live-signout-form-1')).toContainText('A001');
    await expect(admin.getByTestId('live-signout-confirm-1')).toBeDisabled(); // no reason, no sign-out
    await admin.getByTestId('live-signout-reason-1').fill('下班未签退');
    await admin.getByTestId('live-signout-confirm-1').click();
    await expect(admin.getByTestId('admin-notice')).toContainText('A001');
    await expect(admin.getByTestId('live-window-status-1')).toHaveText('关闭');
    await expect(admin.getByTestId('live-window-clerk-1')).toHaveText('无人签到');
    await expect(admin.getByTestId('live-queue-waiting-A')).toHaveText('2');
    await admin.getByTestId('admin-nav-audit').click();
    const row = admin.getByTestId('audit-table').locator('tbody tr').first();
    await expect(row).toContainText('强制签退');
    await expect(row).toContainText('下班未签退');
  });

  await test.step('a stale card: the clerk leaves and another signs in while the form is open: refused, nobody signed out', async () => {
    await admin.getByTestId('admin-nav-live').click();
    await expect(admin.getByTestId('live-window-status-2')).toHaveText('暂停');
    await admin.getByTestId('live-signout-2').click();
    const form = admin.getByTestId('live-signout-form-2');
    const before = await admin.getByTestId('live-window-clerk-2').textContent();
    await expect(form).toContainText(before!);
    const other = { authorization: `Bearer ${await hall.token(request, '1002', '1234')}` };
    expect((await request.post(`${BASE}/api/windows/2/resume`, { headers: other })).ok()).toBe(true);
    expect((await request.post(`${BASE}/api/windows/2/sign-out`, { headers: other })).ok()).toBe(true);
    const next = { authorization: `Bearer ${await hall.token(request, '1003', '1234')}` };
    expect((await request.post(`${BASE}/api/windows/2/sign-in`, { headers: next })).ok()).toBe(true);
    await expect(admin.getByTestId('live-window-status-2')).toHaveText('办理中');
    await expect(admin.getByTestId('live-window-clerk-2')).not.toHaveText(before!);
    await expect(form).toContainText(before!); // the form still names the clerk it was opened for
    await admin.getByTestId('live-signout-reason-2').fill('下班未签退');
    await admin.getByTestId('live-signout-confirm-2').click();
    await expect(admin.getByTestId('admin-notice')).toContainText('该窗口现已由其他工作人员签到');
    await expect(admin.getByTestId('live-window-status-2')).toHaveText('办理中');
    const window2 = await request.get(`${BASE}/api/windows/2`, { headers: next });
    expect((await window2.json()).clerk).toMatchObject({ id: '1003' });
  });
});
