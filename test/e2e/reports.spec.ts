// The manager's report page (issue 15) on a demo hall of its own (port E2E_PORT + 71): after two tickets
// are served and rated, 统计报表 shows this month by service with the hall's total, each header's
// tooltip its formula; the charts under it (by hour, ratings, windows and clerks ranked); the CSV download
// is the same report for Excel (BOM, Chinese headers), and 导出 Excel streams the xlsx (read back here). Screenshot:
// /tmp/reports-page.png.
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import ExcelJS from 'exceljs';
import { E2E_PORT } from '../../playwright.config';
import { ClockedHall } from './clocked-hall';

const hall = new ClockedHall(E2E_PORT + 71);
const BASE = hall.base;
test.beforeAll(() => hall.start());
test.afterAll(() => hall.remove());

test('two tickets served and rated: the month by service, the formulas, and the CSV for Excel', async ({ browser, request }) => {
  await hall.issue(request, ['A', 'B']);
  const clerk = { authorization: `Bearer ${await hall.token(request, '1001', '1234')}` };
  const pad = { authorization: `Bearer ${await hall.token(request, 'pad-1', '6666')}` };
  await request.post(`${BASE}/api/windows/1/sign-in`, { headers: clerk });
  for (const level of [5, 2]) {
    expect((await request.post(`${BASE}/api/windows/1/call-next`, { headers: clerk })).ok()).toBe(true);
    expect((await request.post(`${BASE}/api/windows/1/finish`, { headers: clerk, data: {} })).ok()).toBe(true);
    const reasons = level <= 2 ? ['efficiency.wait'] : [];
    expect((await request.post(`${BASE}/api/windows/1/rating`, { headers: pad, data: { level, reasons } })).ok()).toBe(true);
  }

  const page = await (await browser.newContext({ viewport: { width: 1440, height: 900 }, acceptDownloads: true })).newPage();
  await page.goto(`${BASE}/admin`);
  await page.getByLabel('密码').fill('000000');
  await page.getByRole('button', { name: '登录' }).click();
  await page.getByTestId('admin-nav-reports').click();
  const table = page.getByTestId('report-table');
  await expect(table.getByTestId('report-row-A')).toContainText('人社');
  await expect(table.getByTestId('report-row-B')).toContainText('民政');
  await expect(page.getByTestId('report-total')).toContainText('合计');
  // 满意率 of the hall: one of two ratings is 5 or 4.
  const headers = await table.locator('thead th').allInnerTexts();
  const satisfaction = headers.indexOf('满意率');
  expect(satisfaction).toBeGreaterThan(0);
  await expect(page.getByTestId('report-total').locator('td').nth(satisfaction)).toHaveText('50.0%');
  await expect(page.getByTestId('report-head-satisfaction')).toHaveAttribute('title', '（非常满意 + 满意）÷ 居民评价数');
  // The charts (drawn as SVG, so their text is in the page): the ratings' shares, the hours, the rankings.
  await expect(page.getByTestId('chart-stars')).toContainText('非常满意');
  await expect(page.getByTestId('chart-stars')).toContainText('1（50.0%）');
  await expect(page.getByTestId('chart-hourly')).toContainText(/\d\d:00/);
  await expect(page.getByTestId('chart-windows')).toContainText('1号窗口');
  await expect(page.getByTestId('chart-clerks')).toContainText('张敏（1001）');
  await expect(page.getByTestId('chart-clerks')).toContainText('2'); // served: two tickets
  await page.getByTestId('chart-metric').selectOption('satisfaction');
  await expect(page.getByTestId('chart-clerks')).toContainText('50%');
  await expect(page.getByTestId('report-charts').locator('figcaption').first()).toHaveAttribute('title', /取号数：居民取号数/);
  await page.evaluate(() => document.fonts.ready);
  await page.screenshot({ path: '/tmp/reports-page.png', fullPage: true });

  // By window: one row, window 1.
  await page.getByTestId('reports-by').selectOption('window');
  await page.getByTestId('reports-run').click();
  await expect(table.getByTestId('report-row-1')).toContainText('1号窗口');

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('reports-csv').click()]);
  expect(download.suggestedFilename()).toMatch(/^tongban-report-\d{4}-\d{2}-01-\d{4}-\d{2}-\d{2}-window\.csv$/);
  const bytes = readFileSync((await download.path())!);
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const [header, row] = bytes.subarray(3).toString('utf8').split('\r\n');
  expect(header!.startsWith('窗口,取号数,办结数')).toBe(true);
  expect(row!.startsWith('1,')).toBe(true);

  // 导出 Excel: the same month streamed as an xlsx; its 汇总 holds the hall's figures as numbers.
  const [xlsx] = await Promise.all([page.waitForEvent('download'), page.getByTestId('reports-xlsx').click()]);
  expect(xlsx.suggestedFilename()).toMatch(/^tongban-report-\d{4}-\d{2}-01-\d{4}-\d{2}-\d{2}\.xlsx$/);
  await expect(page.getByTestId('reports-xlsx-status')).toContainText('已导出');
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(readFileSync((await xlsx.path())!) as never);
  expect(wb.worksheets.map((w) => w.name)).toEqual(['汇总', '服务', '窗口', '人员', '时段', '星期', '日期', '明细']);
  const summary = wb.getWorksheet('汇总')!;
  expect(summary.getRow(1).getCell(14).value).toBe('满意率');
  expect(summary.getRow(2).getCell(14).value).toBe(0.5);
  expect(summary.getRow(2).getCell(2).value).toBe(2); // 取号数
  expect(wb.getWorksheet('明细')!.actualRowCount).toBe(3); // the header and the two tickets

  // A page holding no token (as the Electron app's own window, whose session lives in the main process):
  // the export follows the plan's one-time key as a plain link, and the same workbook arrives.
  await page.evaluate(() => sessionStorage.clear());
  const [byKey] = await Promise.all([page.waitForEvent('download'), page.getByTestId('reports-xlsx').click()]);
  expect(byKey.suggestedFilename()).toBe(xlsx.suggestedFilename());
  const again = new ExcelJS.Workbook();
  await again.xlsx.load(readFileSync((await byKey.path())!) as never);
  expect(again.getWorksheet('汇总')!.getRow(2).getCell(14).value).toBe(0.5);
});
