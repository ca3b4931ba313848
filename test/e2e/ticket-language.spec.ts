// The ticket in the resident's language and its progress page (issue 14), in the demo hall whose
// printer is the virtual printer: the manager sets the hall's address for phones, a resident takes a
// number at the kiosk in English, the printed ticket (decoded by the virtual printer) is English with
// a QR code to /t/<token>, and that page opens in English, in a browser that asks for Chinese.
// The hall is shared with the other specs: numbers are read from the screen, never assumed.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type APIRequestContext } from '@playwright/test';
import { E2E_PORT } from '../../playwright.config';

const BASE = `http://127.0.0.1:${E2E_PORT}`;

interface PrintedSummary {
  label: string;
  printed: boolean;
  lines: string[];
  qr: string[];
  warnings: string[];
}

function viewer(): string {
  const file = join(process.env.TONGBAN_E2E_DATA!, 'virtual-printer', 'endpoint.json');
  if (!existsSync(file)) throw new Error(`the demo hall wrote no ${file}: is the virtual printer running?`);
  return (JSON.parse(readFileSync(file, 'utf8')) as { viewer: string }).viewer;
}

const printed = async (request: APIRequestContext): Promise<PrintedSummary[]> => (await request.get(`${viewer()}/tickets`)).json();

test('an English ticket from the kiosk, its QR code opening its English progress page', async ({ browser, request }) => {
  const context = await browser.newContext();
  // The manager gives the hall's address for phones on the hall page (a bad one is named at its field).
  const admin = await context.newPage();
  await admin.goto('/admin');
  await admin.getByLabel('密码').fill('000000');
  await admin.getByRole('button', { name: '登录' }).click();
  await admin.getByTestId('admin-nav-hall').click();
  await admin.getByTestId('hall-public-base-url').fill('192.168.1.10:7300');
  await admin.getByTestId('hall-save').click();
  await expect(admin.getByTestId('field-error-publicBaseUrl')).toBeVisible();
  await admin.getByTestId('hall-public-base-url').fill(BASE);
  await admin.getByTestId('hall-save').click();
  await expect(admin.getByTestId('admin-notice')).toContainText('已保存');
  await expect(admin.getByText('号票二维码地址')).toBeVisible();
  await admin.getByTestId('hall-public-base-url').scrollIntoViewIfNeeded();
  await admin.screenshot({ path: '/tmp/admin-public-base-url.png' });
  const kiosk = await context.newPage();
  await kiosk.goto('/kiosk?pin=8888');
  await kiosk.getByRole('button', { name: 'English' }).click();
  await expect(kiosk.getByTestId('service-B')).toContainText('Civil Affairs');
  await kiosk.getByTestId('service-B').click();
  await expect(kiosk.getByTestId('ticket-screen')).toBeVisible();
  const number = (await kiosk.getByTestId('ticket-number').textContent())!;
  expect(number).toMatch(/^B\d{3}$/);

  await expect.poll(async () => (await printed(request)).some((t) => t.label === number && t.printed)).toBe(true);
  const ticket = (await printed(request)).findLast((t) => t.label === number)!;
  expect(ticket.warnings).toEqual([]);
  expect(ticket.lines).toContain('Civil Affairs');
  expect(ticket.lines).toContain('Scan to follow the queue');
  expect(ticket.lines.some((l) => /^Issued \d{4}-\d\d-\d\d \d\d:\d\d:\d\d$/.test(l))).toBe(true);
  expect(ticket.lines.some((l) => l.startsWith('Opening hours: Mon-Fri'))).toBe(true);
  expect(ticket.lines.join('\n')).not.toMatch(/取号|扫码|前面|办公/);
  const url = ticket.qr[0]!;
  expect(url).toMatch(new RegExp(`^${BASE.replace(/[.]/g, '\\.')}/t/[0-9a-z]+-[A-Za-z0-9_-]{22}$`));
  expect(url).not.toContain(number);

  // A phone (zh-CN browser, portrait) scans it: the page is in the ticket's language, large and plain.
  const phone = await browser.newContext({ viewport: { width: 390, height: 760 }, deviceScaleFactor: 2, locale: 'zh-CN' });
  const page = await phone.newPage();
  const response = await page.goto(url);
  expect(response!.status()).toBe(200);
  await expect(page.getByTestId('progress-number')).toHaveText(number);
  await expect(page.locator('h1')).toHaveText('示范街道社区事务受理服务中心 · Queue progress');
  await expect(page.locator('.service')).toHaveText('Civil Affairs');
  await expect(page.getByTestId('progress-main')).toHaveText(/ahead of you|No one ahead of you/);
  expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
  expect(await page.locator('script').count()).toBe(0);
  const numberBox = (await page.getByTestId('progress-number').boundingBox())!;
  expect(numberBox.height).toBeGreaterThan(60); // large type for a phone held at arm's length
  await page.evaluate(() => document.fonts.ready);
  await page.screenshot({ path: '/tmp/progress-page.png', fullPage: true });

  // A guessed address is a plain 404 page, never another ticket's.
  const guessed = await page.goto(url.replace(/.$/, (c) => (c === 'A' ? 'B' : 'A')));
  expect(guessed!.status()).toBe(404);
  await expect(page.locator('[data-error="not_found"]')).toBeVisible();
  await phone.close();
  await context.close();
});
