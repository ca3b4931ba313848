// 预约签到 at the kiosk over the real LAN server in Chromium: the booking system upserts two bookings
// for now (hall time) by the API, a resident checks in by code and another by the phone's last four
// digits plus the service on the big keypad; each gets an appointment ticket with its 预约 mark, a
// second try says it is used, and the hall screen marks the call 预约. Screenshots of the keypad
// screen in the kiosk's portrait 1080×1920 and in 1920×1080 go to test-results/screenshots/.
import { mkdirSync } from 'node:fs';
import iconv from 'iconv-lite';
import { E2E_PORT } from '../../playwright.config';
import { ClockedHall } from './clocked-hall';
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';

// On a demo hall of its own: its check-ins leave tickets waiting that other specs must not see (and
// it needs none of theirs).
const hall = new ClockedHall(E2E_PORT + 31);
test.use({ baseURL: hall.base });
test.beforeAll(() => hall.start());
test.afterAll(() => hall.remove());

const SHOTS = 'test-results/screenshots';
mkdirSync(SHOTS, { recursive: true });
const shot = (page: Page, name: string) => page.screenshot({ path: `${SHOTS}/${name}.png` });

/** Hall-local (the demo hall's Asia/Shanghai) date and HH:mm of an instant. */
function hallTime(ms: number) {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-CA', {
      timeZone: 'Asia/Shanghai',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    })
      .formatToParts(ms)
      .map((p) => [p.type, p.value]),
  );
  return { date: `${parts.year}-${parts.month}-${parts.day}`, hhmm: `${parts.hour}:${parts.minute}` };
}

/** A slot that holds now: from a few minutes ago (not before midnight) to half an hour on (not past 23:59). */
function slotNow() {
  const now = Date.now();
  const today = hallTime(now).date;
  const start = hallTime(now - 5 * 60_000);
  const end = hallTime(now + 30 * 60_000);
  return { date: today, start: start.date === today ? start.hhmm : '00:00', end: end.date === today ? end.hhmm : '23:59' };
}

const digits = (n: number) => Array.from({ length: n }, () => Math.floor(Math.random() * 10)).join('');

async function token(request: APIRequestContext, user: string, pin: string) {
  const login = await request.post('/api/login', { data: { user, pin } });
  expect(login.ok()).toBe(true);
  return { authorization: `Bearer ${(await login.json()).token}` };
}

async function type(kiosk: Page, text: string) {
  for (const d of text) await kiosk.getByTestId(`key-${d}`).click();
  await expect(kiosk.getByTestId('appointment-digits')).toHaveText(text);
}

test('check-in by code and by phone digits at the kiosk, with the 预约 mark on the ticket and the hall screen', async ({ browser, request }) => {
  const code = `8${digits(9)}`;
  const last4 = digits(4);
  const slot = slotNow();
  const admin = await token(request, 'admin', '000000');
  const upsert = await request.post('/api/appointments/upsert', {
    headers: admin,
    data: {
      bookings: [
        { code, serviceId: 'A', ...slot, name: '张三', phone: '13800001234' },
        { code: `9${digits(9)}`, serviceId: 'B', ...slot, name: '李四', phone: `139 0000 ${last4}` },
      ],
    },
  });
  expect(await upsert.json()).toMatchObject({ created: 2 });

  const context = await browser.newContext({ viewport: { width: 1080, height: 1920 } });
  const caller = await context.newPage();
  await caller.goto('/caller');
  const kiosk = await context.newPage();
  await kiosk.goto('/kiosk?pin=8888');
  await expect(kiosk.getByTestId('appointment-check-in')).toContainText('预约签到');
  await shot(kiosk, 'appointments-kiosk-home-portrait');

  let codeTicket = '';
  await test.step('by code: the big keypad, then an appointment ticket with its 预约 mark', async () => {
    await kiosk.getByTestId('appointment-check-in').click();
    await expect(kiosk.getByTestId('appointment-keypad')).toBeVisible();
    const key = (await kiosk.getByTestId('key-5').boundingBox())!;
    expect(key.width).toBeGreaterThanOrEqual(150); // huge keys for elderly fingers
    expect(key.height).toBeGreaterThanOrEqual(120);
    await type(kiosk, code);
    await shot(kiosk, 'appointments-keypad-portrait');
    await kiosk.getByTestId('appointment-submit').click();
    await expect(kiosk.getByTestId('ticket-appointment')).toHaveText('预约');
    codeTicket = (await kiosk.getByTestId('ticket-number').textContent())!;
    expect(codeTicket).toMatch(/^A\d{3}$/);
    await shot(kiosk, 'appointments-ticket-portrait');
  });

  await test.step('the same code again: already used, nothing issued', async () => {
    await kiosk.reload();
    await kiosk.getByTestId('appointment-check-in').click();
    await type(kiosk, code);
    await kiosk.getByTestId('appointment-submit').click();
    await expect(kiosk.getByTestId('appointment-notice')).toHaveAttribute('data-outcome', 'used');
    await expect(kiosk.getByTestId('appointment-notice')).toContainText(`已经签到过了，您的号码是 ${codeTicket}`);
    await shot(kiosk, 'appointments-used-portrait');
    await kiosk.getByTestId('appointment-notice-ok').click();
  });

  await test.step('by the last four digits of the phone, then the service', async () => {
    await kiosk.getByTestId('method-phone').click();
    await type(kiosk, last4);
    await kiosk.getByTestId('appointment-submit').click();
    await expect(kiosk.getByTestId('appointment-services')).toBeVisible();
    await shot(kiosk, 'appointments-services-portrait');
    await kiosk.getByTestId('appointment-service-B').click();
    await expect(kiosk.getByTestId('ticket-appointment')).toHaveText('预约');
    await expect(kiosk.getByTestId('ticket-number')).toHaveText(/^B\d{3}$/);
  });

  await test.step('the hall screen marks the call 预约, and shows no name or phone', async () => {
    const clerk = await token(request, '1004', '1234');
    expect((await request.post('/api/windows/4/sign-in', { headers: clerk })).ok()).toBe(true);
    // Tickets other specs left waiting may come first: mark them no-show until ours is called.
    for (let i = 0; i < 30; i++) {
      const called = await (await request.post('/api/windows/4/call-next', { headers: clerk })).json();
      if (called.ticket?.number === codeTicket || called.ticket === null) break;
      await request.post('/api/windows/4/no-show', { headers: clerk });
    }
    await expect(caller.getByTestId('latest-call')).toHaveAttribute('data-number', codeTicket);
    await expect(caller.getByTestId('appointment-mark-call')).toHaveText('预约');
    await expect(caller.getByTestId('window-4').getByTestId('appointment-mark-window')).toBeVisible();
    const text = await caller.locator('body').innerText();
    for (const personal of ['张三', '李四', '13800001234', last4]) expect(text).not.toContain(personal);
    await shot(caller, 'appointments-caller-portrait');
    await request.post('/api/windows/4/no-show', { headers: clerk });
    await request.post('/api/windows/4/sign-out', { headers: clerk });
  });
  await context.close();
});

test('the keypad screen in the kiosk’s landscape 1920×1080 fits, with huge keys', async ({ page }) => {
  await page.goto('/kiosk?pin=8888');
  await page.getByTestId('appointment-check-in').click();
  await type(page, '2026');
  const size = page.viewportSize()!;
  for (const id of ['key-1', 'key-0', 'key-back', 'appointment-submit', 'method-phone', 'appointment-back']) {
    const box = (await page.getByTestId(id).boundingBox())!;
    expect(box.y + box.height, id).toBeLessThanOrEqual(size.height);
    expect(box.x + box.width, id).toBeLessThanOrEqual(size.width);
  }
  expect((await page.getByTestId('key-5').boundingBox())!.height).toBeGreaterThanOrEqual(120);
  await shot(page, 'appointments-keypad-landscape');
  await page.getByTestId('appointment-submit').click(); // no booking 2026: said plainly, nothing issued
  await expect(page.getByTestId('appointment-notice')).toHaveAttribute('data-outcome', 'unknown');
  await expect(page.getByTestId('appointment-notice')).toContainText('没有找到这个预约码');
  await shot(page, 'appointments-unknown-landscape');
  await page.getByRole('button', { name: '返回首页' }).click();
  await expect(page.getByTestId('service-grid')).toBeVisible();
  await shot(page, 'appointments-kiosk-home-landscape');
  // In English (and 中文繁體) the same screen says the same in its words.
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByTestId('appointment-check-in')).toContainText('Check in a booking');
  await page.getByTestId('appointment-check-in').click();
  await page.getByTestId('method-phone').click();
  await expect(page.getByTestId('appointment-screen')).toContainText('Type the last four digits of the phone number you booked with');
  await shot(page, 'appointments-keypad-landscape-en');
  await page.getByTestId('appointment-back').click();
  await page.getByRole('button', { name: '中文繁體' }).click();
  await expect(page.getByTestId('appointment-check-in')).toContainText('預約簽到');
  await page.getByRole('button', { name: '中文简体' }).click();
});

test('the console lists today’s bookings, masked until asked, and a clerk enters one (1366×768)', async ({ browser, request }) => {
  const slot = slotNow();
  const code = `7${digits(9)}`;
  const admin = await token(request, 'admin', '000000');
  await request.post('/api/appointments/upsert', {
    headers: admin,
    data: { bookings: [{ code, serviceId: 'C', ...slot, name: '王芳', phone: '13700007777' }] },
  });
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
  const con = await context.newPage();
  await con.goto('/console');
  await con.getByLabel('工号').fill('1002');
  await con.getByLabel('密码').fill('1234');
  await con.getByRole('button', { name: '登录' }).click();
  await expect(con.getByTestId('appointments-open')).toBeVisible();
  await shot(con, 'appointments-console-bar');
  await con.getByTestId('appointments-open').click();
  const row = con.getByTestId(`appointment-${code}`);
  await expect(row).toContainText('王*');
  await expect(row).toContainText('137****7777');
  await expect(row).toHaveAttribute('data-state', 'booked');
  await con.getByTestId('appointments-reveal').check();
  await expect(row).toContainText('王芳');
  await expect(row).toContainText('13700007777');
  await con.getByTestId('appointments-reveal').uncheck();
  await expect(row).not.toContainText('王芳');

  const entered = `6${digits(9)}`;
  await con.getByTestId('appointment-form-code').fill(entered);
  await con.getByTestId('appointment-form-service').selectOption('B');
  await con.getByTestId('appointment-form-start').fill(slot.start);
  await con.getByTestId('appointment-form-end').fill(slot.end);
  await con.getByTestId('appointment-form-phone').fill('13512345678');
  await con.getByTestId('appointment-form-save').click();
  await expect(con.getByTestId('console-notice')).toHaveText(`预约 ${entered} 已登记`);
  await expect(con.getByTestId(`appointment-${entered}`)).toContainText('135****5678');
  await shot(con, 'appointments-console');
  await context.close();
});

test('the manager imports a GBK CSV from Chinese Excel: the plan first, then all of it; a bad row names itself', async ({ browser }) => {
  const slot = slotNow();
  const [a, b] = [`5${digits(9)}`, `5${digits(9)}`];
  const rows = (phone: string) =>
    [
      '预约号,业务类别,预约日期,开始时间,结束时间,姓名,手机号',
      `${a},人社,${slot.date},${slot.start},${slot.end},陈一,13811110000`,
      `${b},民政,${slot.date},${slot.start},${slot.end},林二,${phone}`,
    ].join('\r\n');
  const page = await (await browser.newContext({ viewport: { width: 1366, height: 768 } })).newPage();
  await page.goto('/admin');
  await page.getByLabel('密码').fill('000000');
  await page.getByRole('button', { name: '登录' }).click();
  await page.getByTestId('admin-nav-appointments').click();
  const file = (phone: string) => ({ name: '预约.csv', mimeType: 'text/csv', buffer: iconv.encode(rows(phone), 'gbk') });
  await page.getByTestId('appointments-file').setInputFiles(file('电话不详'));
  await expect(page.getByTestId('admin-notice')).toContainText('row 3, 手机号');
  await page.getByTestId('appointments-file').setInputFiles(file('13922220000'));
  await expect(page.getByTestId('appointments-plan')).toContainText('共 2 条：新建 2 条');
  await page.getByTestId('appointments-apply').click();
  await expect(page.getByTestId('admin-notice')).toContainText('已导入：新建 2 条');
  await expect(page.getByTestId(`appointment-${a}`)).toContainText('陈*');
  await expect(page.getByTestId(`appointment-${b}`)).toContainText('139****0000');
  await shot(page, 'appointments-admin');
});
