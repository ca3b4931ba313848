// The manager sets the backup folder on the admin page, backs up now and sees the verified copy
// listed with the restore command; the clerk's console shows the backup alert until then, and drops
// it live. Screenshots (zh-CN) go to test-results/screenshots/.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';

const SHOTS = 'test-results/screenshots';

test('back up now from the admin page: the copy is listed, the alerts go away', async ({ browser }) => {
  const folder = mkdtempSync(join(tmpdir(), 'tongban-e2e-backups-'));
  try {
    const con = await (await browser.newContext()).newPage();
    await con.goto('/console');
    await con.getByLabel('工号').fill('1001');
    await con.getByLabel('密码').fill('1234');
    await con.getByRole('button', { name: '登录' }).click();
    await expect(con.getByTestId('backup-alert')).toHaveText('尚未设置数据备份文件夹请告知管理员');
    await con.screenshot({ path: `${SHOTS}/console-backup-alert.png` });

    const page = await (await browser.newContext()).newPage();
    await page.goto('/admin');
    await page.getByLabel('密码').fill('000000');
    await page.getByRole('button', { name: '登录' }).click();
    // The desk opens on 实时大厅, whose own alerts list the backup; the desk's banner shows on the other pages.
    await expect(page.getByTestId('live-alerts')).toContainText('未设置备份文件夹');
    await page.getByTestId('admin-nav-backup').click();
    await expect(page.getByTestId('backup-alert')).toHaveText('尚未设置数据备份文件夹');
    const panel = page.getByTestId('backup-panel');
    await expect(panel.getByTestId('backup-now')).toBeDisabled();

    await panel.getByTestId('backup-folder').fill(join(folder, 'not-there'));
    await panel.getByRole('button', { name: '保存设置' }).click();
    await expect(page.getByTestId('admin-notice')).toContainText('does not exist');

    await panel.getByTestId('backup-folder').fill(folder);
    await panel.getByTestId('backup-keep').fill('7');
    await panel.getByRole('button', { name: '保存设置' }).click();
    await expect(page.getByTestId('admin-notice')).toContainText('备份设置已保存');
    await expect(page.getByTestId('backup-alert')).toHaveText('超过 36 小时没有成功的数据备份');
    await expect(con.getByTestId('backup-alert')).toHaveText('超过 36 小时没有成功的数据备份请告知管理员');

    await panel.getByTestId('backup-now').click();
    const copies = panel.getByTestId('backup-copies');
    await expect(copies.locator('tbody tr')).toHaveCount(1);
    await expect(copies.locator('tbody tr').first()).toContainText('完整');
    await expect(copies.locator('tbody tr').first()).toContainText(/tongban-\d{8}-\d{6}\.db/);
    await expect(panel.getByTestId('backup-last')).toContainText('成功');
    await expect(panel.getByTestId('backup-restore')).toContainText(`npm run restore -- --from "${folder}/tongban-`);
    await expect(page.getByTestId('backup-alert')).toHaveCount(0);
    await expect(con.getByTestId('backup-alert')).toHaveCount(0);
    await page
      .getByTestId('admin-notice')
      .getByRole('button')
      .click()
      .catch(() => {});
    await page.screenshot({ path: `${SHOTS}/admin-backup.png`, fullPage: true });
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
});
