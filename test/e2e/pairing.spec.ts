// Devices in real Chromium against the real LAN server: the manager creates a kiosk on the admin page
// and reads its one-time code; a fresh browser opens the kiosk page, staff type the code on the
// on-screen keypad and a resident takes a ticket. A pad opened at the QR code's address pairs at once
// and stands at its window. A revoked kiosk goes back to its pairing screen at the next tap.
import { mkdirSync } from 'node:fs';
import { expect, test, type Browser, type Page } from '@playwright/test';

const SHOTS = 'test-results/screenshots';
mkdirSync(SHOTS, { recursive: true });
const shot = (page: Page, name: string) => page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });

async function adminDevices(browser: Browser): Promise<Page> {
  const page = await (await browser.newContext({ viewport: { width: 1366, height: 768 } })).newPage();
  await page.goto('/admin#devices');
  await page.getByLabel('密码').fill('000000');
  await page.getByRole('button', { name: '登录' }).click();
  await expect(page.getByTestId('devices-table')).toBeVisible();
  return page;
}

async function typeCode(page: Page, code: string) {
  for (const digit of code) await page.getByTestId(`code-key-${digit}`).click();
  await expect(page.getByTestId('code-display')).toHaveAttribute('data-value', code);
  await page.getByTestId('code-submit').click();
}

test('the manager creates a kiosk and shows its code; the kiosk pairs with it and issues a ticket', async ({ browser }) => {
  const admin = await adminDevices(browser);
  await admin.getByTestId('device-name').fill('东门取号机');
  await admin.getByTestId('device-create-submit').click();
  const panel = admin.getByTestId('device-code-panel');
  await expect(panel).toContainText('东门取号机 的配对码');
  await expect(admin.getByTestId('device-code-qr')).toBeVisible();
  const code = (await admin.getByTestId('device-code-digits').getAttribute('data-code'))!;
  expect(code).toMatch(/^\d{8}$/);
  await expect(admin.getByTestId('device-code-url')).toHaveText(new RegExp(`/kiosk\\?pair=${code}$`));
  await shot(admin, 'pairing-admin-code');

  const kiosk = await (await browser.newContext()).newPage();
  await kiosk.goto('/kiosk');
  await expect(kiosk.getByTestId('code-pad')).toBeVisible();
  // A wrong code first: refused in words, the digits cleared for another try.
  const wrong = code === '12345678' ? '87654321' : '12345678';
  await typeCode(kiosk, wrong);
  await expect(kiosk.getByTestId('code-pad').getByRole('alert')).toContainText('配对码无效');
  await expect(kiosk.getByTestId('code-display')).toHaveAttribute('data-value', '');
  await typeCode(kiosk, code);
  await expect(kiosk.getByTestId('service-grid')).toBeVisible();
  await kiosk.getByTestId('service-B').click();
  await expect(kiosk.getByTestId('ticket-number')).toHaveText(/^B\d{3}$/);

  // The manager's list shows it paired and seen; the code is gone from the page after a reload.
  await admin.reload();
  const row = admin.locator('tr', { hasText: '东门取号机' });
  await expect(row.getByTestId('device-state')).toHaveText('已配对');
  await expect(row).not.toContainText('从未');
  await expect(admin.getByTestId('device-code-panel')).toHaveCount(0);
  await shot(admin, 'pairing-admin-list');

  // Revoked: the kiosk's next tap brings back its pairing screen.
  await row.getByTestId('device-revoke').click();
  await row.getByTestId('device-revoke-yes').click();
  await expect(row.getByTestId('device-state')).toHaveText('已停用');
  await expect(kiosk.getByTestId('ticket-screen')).toHaveAttribute('data-taps', 'on');
  await kiosk.getByTestId('ticket-screen').click(); // back to the services
  await kiosk.getByTestId('service-B').click();
  await expect(kiosk.getByTestId('pairing')).toContainText('取号机授权已失效');
  await kiosk.context().close();
  await admin.context().close();
});

test('a pad opened at its QR address pairs at once and stands at its window', async ({ browser }) => {
  const admin = await adminDevices(browser);
  // The demo's pad of window 4 is revoked; a new pad takes its window.
  const old = admin.getByTestId('device-pad-4');
  await old.getByTestId('device-revoke').click();
  await old.getByTestId('device-revoke-yes').click();
  await expect(old.getByTestId('device-state')).toHaveText('已停用');
  await admin.getByTestId('device-kind').selectOption('pad');
  await admin.getByTestId('device-name').fill('4号窗口新评价器');
  await admin.getByTestId('device-window').selectOption('4');
  await admin.getByTestId('device-create-submit').click();
  const url = (await admin.getByTestId('device-code-url').textContent())!;
  expect(url).toMatch(/\/pad\?pair=\d{8}$/);

  const pad = await (await browser.newContext({ viewport: { width: 1280, height: 800 } })).newPage();
  await pad.goto(url);
  await expect(pad.getByTestId('pad-window')).toHaveText('4号窗口');
  expect(pad.url()).not.toContain('pair=');
  await admin.context().close();
  await pad.context().close();
});
