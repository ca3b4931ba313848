// The manager exports the demo hall's configuration from the admin page, reads the dry run of an edited
// copy (a renamed service, a new clerk without PIN) and applies it, then imports the shipped GBK CSV
// catalogue through the page: the dry run shows 66 new items, applying adds them. Screenshots (zh-CN,
// 1366×768) go to test-results/screenshots/.
import { readFileSync, writeFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';

const SHOTS = 'test-results/screenshots';

test('export the demo hall, import an edited copy and the catalogue CSV through the page', async ({ browser }, info) => {
  const page = await (await browser.newContext({ viewport: { width: 1366, height: 768 } })).newPage();
  await page.goto('/admin');
  await page.getByLabel('密码').fill('000000');
  await page.getByRole('button', { name: '登录' }).click();
  await page.getByTestId('admin-nav-transfer').click();
  await expect(page.getByTestId('transfer-page')).toBeVisible();

  const download = page.waitForEvent('download');
  await page.getByTestId('transfer-export').click();
  const file = JSON.parse(readFileSync((await (await download).path())!, 'utf8'));
  expect(file).toMatchObject({ format: 'tongban-config', version: 1 });
  expect(file.services.map((s: { id: string }) => s.id)).toEqual(['A', 'B', 'C', 'D', 'E', 'F', 'Z']);

  file.services[1].name['zh-CN'] = '民政救助';
  file.clerks.push({ id: '1005', name: '周敏', role: 'clerk', active: true });
  const edited = info.outputPath('edited-config.json');
  writeFileSync(edited, JSON.stringify(file));
  await page.getByTestId('transfer-config-file').setInputFiles(edited);
  const plan = page.getByTestId('import-plan');
  await expect(plan).toContainText('预览');
  await expect(plan.getByTestId('plan-services-changed')).toHaveText('修改 1');
  await expect(plan.getByTestId('plan-services')).toContainText('民政 → 民政救助');
  await expect(plan.getByTestId('plan-clerks-created')).toHaveText('新增 1');
  await expect(plan.getByTestId('plan-warnings')).toContainText('新工作人员，没有密码（1 人）：1005');
  await page.screenshot({ path: `${SHOTS}/transfer-config-plan.png`, fullPage: true });
  await page.getByTestId('transfer-apply').click();
  await expect(page.getByTestId('admin-notice')).toContainText('导入已完成');
  await expect(page.getByTestId('import-plan')).toContainText('已应用');

  await page.getByTestId('transfer-items-file').setInputFiles('resources/catalogue/sample-items.csv');
  await expect(plan).toContainText('预览');
  await expect(plan.getByTestId('plan-items-created')).toHaveText('新增 66');
  await expect(plan).toContainText('310112RS001 城乡居民基本医疗保险参保登记');
  await page.screenshot({ path: `${SHOTS}/transfer-items-plan.png` });
  await page.getByTestId('transfer-apply').click();
  await expect(page.getByTestId('import-plan')).toContainText('已应用');

  // The same sheet again: nothing left to change, so nothing to apply.
  await page.getByTestId('transfer-items-file').setInputFiles('resources/catalogue/sample-items.xlsx');
  await expect(plan.getByTestId('plan-items-unchanged')).toHaveText('不变 66');
  await expect(page.getByTestId('transfer-apply')).toBeDisabled();

  // A bad sheet: the error names the row and the column, nothing is planned.
  const bad = info.outputPath('bad.csv');
  writeFileSync(bad, '事项编码,事项名称,业务类别,办理类型\nX1,某事项,城管,即办\n');
  await page.getByTestId('transfer-cancel').click();
  await page.getByTestId('transfer-items-file').setInputFiles(bad);
  await expect(page.getByTestId('admin-notice')).toContainText('row 2, 业务类别: no service 城管');
  await expect(page.getByTestId('import-plan')).toHaveCount(0);
});
