// The login lock-outs page on the real LAN server in real Chromium: wrong PINs typed in the console
// lock clerk 1002 out on this PC, and the lock appears on the manager's open page by push (no reload);
// the manager lifts it (asked first), the clerk signs in; then the manager clears this PC's own count
// of wrong PINs too, so no later spec (they share one demo server) starts with wrong PINs on record.
// Screenshots at 1920×1080 and 1366×768.
import { mkdirSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';

const SHOTS = 'test-results/screenshots';
mkdirSync(SHOTS, { recursive: true });

/** The browser's PC as the hall sees it (the page is loaded from 127.0.0.1). */
const PC = '127.0.0.1';
const FREE_TRIES = 5; // LOGIN_LIMITS.pairFree

async function shots(page: Page, name: string) {
  await page.screenshot({ path: `${SHOTS}/${name}-1920.png`, fullPage: true });
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.screenshot({ path: `${SHOTS}/${name}-1366.png` });
  await page.setViewportSize({ width: 1920, height: 1080 });
}

// Whatever happens above, leave no wrong PIN of this PC on record: a later spec's logins would count on.
test.afterAll(async ({ request }) => {
  const login = await request.post('/api/login', { data: { user: 'admin', pin: '000000' } });
  const { token } = (await login.json()) as { token: string };
  const lifted = await request.post('/api/auth/unlock', { data: { source: PC }, headers: { authorization: `Bearer ${token}` } });
  expect(lifted.ok()).toBe(true);
});

test('wrong PINs lock a clerk out; the lock shows live on the manager’s page, the manager lifts it, the clerk signs in', async ({ browser }) => {
  const context = await browser.newContext();
  const admin = await context.newPage();
  await admin.goto('/admin');
  await admin.getByLabel('密码').fill('000000');
  await admin.getByRole('button', { name: '登录' }).click();
  await admin.getByTestId('admin-nav-lockouts').click();
  await expect(admin.getByTestId('lockouts-table')).toBeVisible();
  const row = admin.getByTestId(`lockout-${PC}-1002`);
  await expect(row).toHaveCount(0);

  const con = await context.newPage();
  await con.goto('/console');
  await test.step(`console: ${FREE_TRIES} wrong PINs for 1002, then even the right one is refused`, async () => {
    for (let i = 0; i < FREE_TRIES; i++) {
      await con.getByLabel('工号').fill('1002');
      await con.getByLabel('密码').fill('9999');
      await con.getByRole('button', { name: '登录' }).click();
      await expect(con.getByTestId('console-error')).toContainText('工号或密码错误');
      await expect(con.getByLabel('密码')).toHaveValue(''); // this try's answer is in: the PIN was cleared for the next
      if (i < FREE_TRIES - 1) await expect(row).toHaveCount(0); // not locked yet: not listed
    }
    await con.getByLabel('密码').fill('1234');
    await con.getByRole('button', { name: '登录' }).click();
    await expect(con.getByTestId('console-error')).toContainText('密码错误次数过多');
  });

  await test.step('admin: the lock appeared without a reload: this PC, 1002 李静, 5 wrong PINs, until when', async () => {
    await expect(row).toBeVisible();
    await expect(row).toContainText('1002 李静');
    await expect(row).toContainText(PC);
    await expect(row.locator('td.num')).toHaveText(String(FREE_TRIES));
    await expect(row.getByTestId('lockout-until')).toHaveText(/^\d\d:\d\d:\d\d$/);
    await shots(admin, 'admin-lockouts');
  });

  await test.step('admin: lift it, asked first; the row goes, the unlock is in the audit', async () => {
    await row.getByTestId('lockout-lift').click();
    await expect(row).toContainText('解除 127.0.0.1 上工号 1002 李静 的锁定');
    await row.getByTestId('lockout-lift-yes').click();
    await expect(admin.getByTestId('admin-notice')).toContainText('已解除锁定');
    await expect(row).toHaveCount(0);
    await admin.getByTestId('admin-nav-audit').click();
    const unlocked = admin.locator('[data-action="login.unlocked"]').first();
    await expect(unlocked).toContainText('解除登录锁定');
    await expect(unlocked).toContainText(`source ${PC} user 1002`);
    await admin.getByTestId('admin-nav-lockouts').click();
  });

  await test.step('console: the clerk signs in', async () => {
    await con.getByLabel('工号').fill('1002');
    await con.getByLabel('密码').fill('1234');
    await con.getByRole('button', { name: '登录' }).click();
    await expect(con.getByText('李静（工号 1002）')).toBeVisible();
  });

  await test.step('admin: this PC’s own count of wrong PINs is listed with the unlocked runs, and cleared', async () => {
    await admin.getByTestId('lockouts-all').check();
    const pcRow = admin.getByTestId(`lockout-${PC}-pc`);
    await expect(pcRow).toContainText('整台电脑');
    await expect(pcRow).toContainText('未锁定');
    await pcRow.getByTestId('lockout-lift').click();
    await pcRow.getByTestId('lockout-lift-yes').click();
    await expect(pcRow).toHaveCount(0);
  });
  await context.close();
});
