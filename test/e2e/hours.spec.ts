// Opening hours in real Chromium against a demo hall of its own on a fixed clock (Monday 2026-12-07
// 19:00 in the hall, whatever the real time is): after hours the kiosk says why, when tickets are
// issued again and the hall's phone, and the engine refuses; a manager's change reaches the kiosk live;
// the admin page 营业时间 names a bad field and saves. Screenshots: test-results/screenshots/hours-*.png
// (the kiosk closed screen at 1080×1920 and 1920×1080, the kiosk with hours, the admin page at 1366×768).
import { mkdirSync } from 'node:fs';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { E2E_PORT } from '../../playwright.config';
import { ClockedHall } from './clocked-hall';

const SHOTS = 'test-results/screenshots';
mkdirSync(SHOTS, { recursive: true });

// Its own port, clear of the demo server's and of the other own-server specs (+100, +110).
const hall = new ClockedHall(E2E_PORT + 120, 'fixed:2026-12-07T19:00');
test.describe.configure({ mode: 'serial' });
test.beforeAll(() => hall.start());
test.afterAll(() => hall.remove());

const weekday = [
  { start: '08:30', end: '12:00', kind: 'regular' },
  { start: '12:00', end: '14:00', kind: 'lunch_duty', windows: 2 },
  { start: '14:00', end: '17:30', kind: 'regular' },
];
const weekly = { 1: weekday, 2: weekday, 3: weekday, 4: weekday, 5: weekday, 6: [{ start: '09:00', end: '12:00', kind: 'regular' }] };

async function api(method: 'GET' | 'POST', path: string, body?: unknown, asAdmin = true) {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (asAdmin) {
    const login = await fetch(`${hall.base}/api/login`, { method: 'POST', headers, body: JSON.stringify({ user: 'admin', pin: '000000' }) });
    headers.authorization = `Bearer ${((await login.json()) as { token: string }).token}`;
  }
  const response = await fetch(hall.base + path, { method, headers, body: body === undefined ? null : JSON.stringify(body) });
  return { status: response.status, body: (await response.json()) as any };
}

async function kioskAt(browser: Browser, viewport: { width: number; height: number }): Promise<Page> {
  const page = await browser.newPage({ viewport, baseURL: hall.base });
  await page.goto('/kiosk?pin=8888');
  return page;
}

test('after hours the kiosk says why, when it opens again and the phone; a change of hours reaches it live', async ({ browser }) => {
  expect((await api('POST', '/api/hours', { weekly, phone: '021-5555 0100', cutoffMinutes: 30 })).status).toBe(200);
  const portrait = await kioskAt(browser, { width: 1080, height: 1920 });
  const closed = portrait.getByTestId('kiosk-closed');
  await expect(closed).toBeVisible();
  await expect(closed).toHaveAttribute('data-reason', 'after_closing');
  await expect(portrait.getByTestId('closed-reason')).toHaveText('今天已经下班了');
  await expect(portrait.getByTestId('closed-next')).toHaveText('明天 08:30');
  await expect(portrait.getByTestId('closed-today')).toContainText('08:30–17:30');
  await expect(portrait.getByTestId('closed-phone')).toContainText('021-5555 0100');
  await expect(portrait.getByTestId('closed-actions')).toBeAttached();
  await portrait.screenshot({ path: `${SHOTS}/hours-kiosk-closed-portrait.png` });
  const landscape = await kioskAt(browser, { width: 1920, height: 1080 });
  await expect(landscape.getByTestId('closed-next')).toHaveText('明天 08:30');
  await landscape.screenshot({ path: `${SHOTS}/hours-kiosk-closed-landscape.png` });

  // The engine refuses too, with the reason and the next opening.
  const kioskLogin = await fetch(`${hall.base}/api/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ user: 'kiosk', pin: '8888' }),
  });
  const kioskToken = ((await kioskLogin.json()) as { token: string }).token;
  const refused = await fetch(`${hall.base}/api/tickets`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${kioskToken}` },
    body: JSON.stringify({ serviceId: 'A' }),
  });
  expect(refused.status).toBe(409);
  expect(((await refused.json()) as any).error).toMatchObject({
    code: 'service_closed',
    closed: { reason: 'after_closing', nextOpening: '2026-12-08T00:30:00.000Z' },
  });

  // Monday evenings open until 20:00 (issuing stops at 19:10 with a 50-minute cutoff), C keeps no Monday hours.
  const evening = { ...weekly, 1: [...weekday, { start: '17:30', end: '20:00', kind: 'evening' }] };
  await api('POST', '/api/hours', { weekly: evening, cutoffMinutes: 50, exceptions: [{ serviceId: 'C', weekdays: [1], periods: [] }] });
  await expect(portrait.getByTestId('service-grid')).toBeVisible({ timeout: 2_000 });
  await expect(portrait.getByTestId('hours-A')).toHaveText('19:10 停止取号');
  await expect(portrait.getByTestId('service-C')).toBeDisabled();
  await expect(portrait.getByTestId('waiting-C')).toHaveText('今日已停止取号');
  await portrait.screenshot({ path: `${SHOTS}/hours-kiosk-evening.png` });
  await portrait.getByTestId('service-A').click();
  await expect(portrait.getByTestId('ticket-number')).toHaveText('A001');
  await portrait.close();
  await landscape.close();
});

test('the admin page 营业时间: a bad period is named at its field and nothing is saved; a good one is, and a pasted list imports', async ({ browser }) => {
  const page = await browser.newPage({ viewport: { width: 1366, height: 768 }, baseURL: hall.base });
  await page.goto('/admin');
  await page.getByLabel('密码').fill('000000');
  await page.getByRole('button', { name: '登录' }).click();
  await page.getByTestId('admin-nav-hours').click();
  await expect(page.getByTestId('hours-status')).toContainText('已设置营业时间');
  await expect(page.getByTestId('hours-day-1-3-start')).toHaveValue('17:30');

  await page.getByTestId('hours-day-7-add').click();
  await page.getByTestId('hours-day-7-0-end').fill('25:00');
  await page.getByTestId('hours-save').click();
  await expect(page.getByTestId('field-error-weekly.7.0.end')).toBeVisible();
  expect((await api('GET', '/api/hours')).body.weekly['7']).toBeUndefined();

  await page.getByTestId('hours-day-7-0-end').fill('12:00');
  await page.getByTestId('hours-phone').fill('021-5555 0199');
  await page.getByTestId('hours-save').click();
  await expect(page.getByTestId('field-error-weekly.7.0.end')).toHaveCount(0);
  await expect
    .poll(async () => (await api('GET', '/api/hours')).body)
    .toMatchObject({ weekly: { 7: [{ start: '08:30', end: '12:00' }] }, phone: '021-5555 0199' });

  await page.getByTestId('hours-import-text').fill('2026-12-08,休\n2026-12-13,班');
  await page.getByTestId('hours-import').click();
  await expect(page.getByTestId('hours-holidays')).toHaveValue('2026-12-08');
  await expect(page.getByTestId('hours-makeup')).toHaveValue('2026-12-13');
  await page.getByTestId('hours-import-text').fill('2026-12-40');
  await page.getByTestId('hours-import').click();
  await expect(page.getByTestId('field-error-text')).toContainText('line 1');
  await page.screenshot({ path: `${SHOTS}/hours-admin.png`, fullPage: true });
  await page.close();
});
