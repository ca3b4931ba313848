// The manager configures a window and a clerk on the admin page of the real LAN server in real
// Chromium: window 8 with an A岗/X岗 profile set in the matrix (by mouse and by keyboard) and its bus
// addresses, a clerk with a PIN and a photo; then the clerk logs in to the console and signs in at
// window 8, which serves what its profile says. Screenshots of both pages at 1920×1080 and 1366×768.
import { mkdirSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';

const SHOTS = 'test-results/screenshots';
mkdirSync(SHOTS, { recursive: true });

/** A 24×32 red PNG, as a file the manager picks. */
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAABgAAAAgCAIAAACHPC9vAAAAJElEQVR4nGM4YWNDFcQwatCoQaMGjRo0atCoQaMGjRo0PAwCAK3iwC5TeCs9AAAAAElFTkSuQmCC',
  'base64',
);

async function shots(page: Page, name: string) {
  await page.screenshot({ path: `${SHOTS}/${name}-1920.png`, fullPage: true });
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.screenshot({ path: `${SHOTS}/${name}-1366.png` });
  await page.setViewportSize({ width: 1920, height: 1080 });
}

test('the manager adds a window with a profile and a clerk; the clerk signs in there', async ({ browser }) => {
  const context = await browser.newContext();
  const admin = await context.newPage();
  await admin.goto('/admin');
  await admin.getByLabel('密码').fill('000000');
  await admin.getByRole('button', { name: '登录' }).click();

  await test.step('windows: add window 8, A primary by mouse, Z backup by keyboard, addresses; save', async () => {
    await admin.getByTestId('admin-nav-windows').click();
    await expect(admin.getByTestId('cell-1-A')).toHaveText('A岗');
    await admin.getByTestId('window-add').click();
    await expect(admin.getByTestId('window-number')).toHaveValue('5');
    await admin.getByTestId('window-number').fill('8');
    await admin.getByTestId('window-name').fill('8号综合窗口');
    await admin.getByTestId('cell-8-A').click();
    await expect(admin.getByTestId('cell-8-A')).toHaveText('A岗');
    await admin.getByTestId('cell-8-A').focus();
    for (let i = 0; i < 6; i++) await admin.keyboard.press('ArrowRight'); // to Z 咨询, the 7th service
    await expect(admin.getByTestId('cell-8-Z')).toBeFocused();
    await admin.keyboard.press('b');
    await expect(admin.getByTestId('cell-8-Z')).toHaveText('X岗');
    await admin.getByTestId('window-led').fill('8');
    await admin.getByTestId('window-keypad').fill('1'); // window 1's? none has one in the demo: accepted
    await admin.getByTestId('window-save').click();
    await expect(admin.getByTestId('admin-notice')).toContainText('已保存');
    await expect(admin.getByTestId('window-row-8')).toContainText('8号综合窗口');
    await expect(admin.getByTestId('profile-matrix')).not.toContainText('未保存');
  });

  await test.step('a bad address is refused with the field marked', async () => {
    await admin.getByTestId('window-row-1').click();
    await admin.getByTestId('window-led').fill('8'); // window 8's
    await admin.getByTestId('window-save').click();
    await expect(admin.getByTestId('window-led')).toHaveAttribute('aria-invalid', 'true');
    await expect(admin.getByTestId('window-editor')).toContainText('LED 地址无效或已被其他窗口使用');
    await shots(admin, 'admin-windows');
    await admin.getByRole('button', { name: '撤销' }).click();
  });

  await test.step('clerks: add 3008 with a PIN and a photo', async () => {
    await admin.getByTestId('admin-nav-clerks').click();
    await admin.getByTestId('clerk-add').click();
    await admin.getByTestId('clerk-id').fill('3008');
    await admin.getByTestId('clerk-name').fill('钱芳');
    await admin.getByTestId('clerk-pin').fill('12');
    await admin.getByTestId('clerk-save').click();
    await expect(admin.getByTestId('clerk-pin')).toHaveAttribute('aria-invalid', 'true');
    await admin.getByTestId('clerk-pin').fill('2468');
    await admin.getByTestId('clerk-save').click();
    await expect(admin.getByTestId('clerk-row-3008')).toBeVisible();
    await admin.getByTestId('clerk-photo-file').setInputFiles({ name: 'qian.png', mimeType: 'image/png', buffer: PNG });
    await expect(admin.getByTestId('clerk-photo-preview')).toBeVisible();
    await admin.getByTestId('clerk-photo-save').click();
    await expect(admin.getByTestId('clerk-table').locator('tr', { hasText: '3008' })).toContainText('有');
    await shots(admin, 'admin-clerks');
  });

  await test.step('the clerk logs in to the console and signs in at window 8', async () => {
    const con = await context.newPage();
    await con.goto('/console');
    await con.getByLabel('工号').fill('3008');
    await con.getByLabel('密码').fill('2468');
    await con.getByRole('button', { name: '登录' }).click();
    await expect(con.getByText('钱芳（工号 3008）')).toBeVisible();
    await con.getByTestId('sign-in-8').click();
    await expect(con.getByTestId('panel-window')).toHaveText('8号窗口');
    await expect(con.getByTestId('window-status')).toHaveText('开放');
    // The clerk's last sign-in reaches the manager's list (on its next reload).
    await admin.reload();
    await expect(admin.getByTestId('clerk-table').locator('tr', { hasText: '3008' })).not.toContainText('—');
  });
  await context.close();
});
