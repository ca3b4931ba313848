// 倒休统计 and 月度考核 (issue 15) on a demo hall of its own (port E2E_PORT + 73), restarted on fixed clocks
// so every duration is exact: Saturday 2026-12-05 1001 works 09:00–13:00 (weekend 4 h); Monday 12-07
// 1001 works 11:00–15:00 (regular 2 h, lunch duty 2 h) serving three tickets rated 5, 4 and 1, and 1002
// works 15:00–19:30 (regular 2½ h, evening 2 h). The pages must show what the commands answer.
// Screenshots: /tmp/duty-page.png (1440×900), /tmp/appraisal-print.png (print media, A4-sized); PDF:
// /tmp/appraisal.pdf, one page per clerk.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { expect, test, type APIRequestContext } from '@playwright/test';
import type { AppraisalReport, DutyReport } from '../../electron/contract';
import { E2E_PORT } from '../../playwright.config';

const node = existsSync(resolve('node_modules/.bin/node')) ? resolve('node_modules/.bin/node') : process.execPath;
const PORT = E2E_PORT + 73;
const BASE = `http://127.0.0.1:${PORT}`;
const folder = mkdtempSync(join(tmpdir(), 'tongban-appraisal-'));
let child: ChildProcess | undefined;

/** The same hall (data folder) started on a fixed hall clock: nothing moves until the next restart. */
async function startAt(clock: string) {
  await stop();
  child = spawn(node, ['out/main/serve.js', '--demo', '--data', folder, '--port', String(PORT), '--host', '127.0.0.1', '--clock', `fixed:${clock}`], {
    stdio: 'ignore',
  });
  await expect.poll(async () => (await fetch(`${BASE}/api/health`).catch(() => null))?.status ?? 0, { timeout: 30_000 }).toBe(200);
}
async function stop() {
  const c = child;
  child = undefined;
  if (!c || c.exitCode !== null) return;
  const exited = new Promise((r) => c.once('exit', r));
  c.kill('SIGTERM');
  await exited;
}
test.afterAll(async () => {
  await stop();
  rmSync(folder, { recursive: true, force: true });
});

async function auth(request: APIRequestContext, user: string, pin: string) {
  const login = await request.post(`${BASE}/api/login`, { data: { user, pin } });
  expect(login.status()).toBe(200);
  return { authorization: `Bearer ${(await login.json()).token}` };
}
async function ok<R extends { ok(): boolean; status(): number; text(): Promise<string> }>(p: Promise<R>): Promise<R> {
  const r = await p;
  expect(r.ok(), `${r.status()} ${await r.text()}`).toBe(true);
  return r;
}
const weekday = [
  { start: '08:30', end: '12:00', kind: 'regular' },
  { start: '12:00', end: '14:00', kind: 'lunch_duty' },
  { start: '14:00', end: '17:30', kind: 'regular' },
  { start: '17:30', end: '20:00', kind: 'evening' },
];
const hm = (s: number) => `${Math.floor(s / 3600)}小时${Math.floor(s / 60) % 60}分`;

async function month(request: APIRequestContext) {
  const signIn = async (user: string, window: number) =>
    ok(request.post(`${BASE}/api/windows/${window}/sign-in`, { headers: await auth(request, user, '1234') }));
  const signOut = async (user: string, window: number) =>
    ok(request.post(`${BASE}/api/windows/${window}/sign-out`, { headers: await auth(request, user, '1234') }));
  await startAt('2026-12-05T09:00');
  const admin = await auth(request, 'admin', '000000');
  await ok(
    request.post(`${BASE}/api/hours`, {
      headers: admin,
      data: { weekly: { 1: weekday, 2: weekday, 3: weekday, 4: weekday, 5: weekday, 6: [{ start: '09:00', end: '17:00', kind: 'regular' }] } },
    }),
  );
  await signIn('1001', 1);
  await startAt('2026-12-05T13:00');
  await signOut('1001', 1);
  await startAt('2026-12-07T11:00');
  await signIn('1001', 1);
  const clerk = await auth(request, '1001', '1234');
  const pad = await auth(request, 'pad-1', '6666');
  const kiosk = await auth(request, 'kiosk', '8888');
  for (const level of [5, 4, 1]) {
    expect((await request.post(`${BASE}/api/tickets`, { headers: kiosk, data: { serviceId: 'A' } })).status()).toBe(201);
    await ok(request.post(`${BASE}/api/windows/1/call-next`, { headers: clerk }));
    await ok(request.post(`${BASE}/api/windows/1/finish`, { headers: clerk, data: {} }));
    await ok(request.post(`${BASE}/api/windows/1/rating`, { headers: pad, data: { level, reasons: level <= 2 ? ['efficiency.wait'] : [] } }));
  }
  await startAt('2026-12-07T15:00');
  await signOut('1001', 1);
  await signIn('1002', 2);
  await startAt('2026-12-07T19:30');
  await signOut('1002', 2);
  await startAt('2026-12-07T20:30');
}

test('倒休统计 and 月度考核 show what reports.duty and reports.appraisal answer; the sheets print one A4 page per clerk', async ({ browser, request }) => {
  await month(request);
  const admin = await auth(request, 'admin', '000000');
  const duty = (await (await ok(request.get(`${BASE}/api/reports/duty?from=2026-12-01&to=2026-12-07`, { headers: admin }))).json()) as DutyReport;
  const appraisal = (await (await ok(request.get(`${BASE}/api/reports/appraisal?month=2026-12`, { headers: admin }))).json()) as AppraisalReport;
  // The answer worked out by hand, so the pages are checked against a right answer, not just any answer.
  expect(duty.clerks.map((c) => [c.clerkId, c.seconds.weekend, c.seconds.lunch, c.seconds.evening, c.seconds.regular, c.seconds.extra])).toEqual([
    ['1001', 4 * 3600, 2 * 3600, 0, 2 * 3600, 6 * 3600],
    ['1002', 0, 0, 2 * 3600, 2.5 * 3600, 2 * 3600],
  ]);

  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  await page.goto(`${BASE}/admin`);
  await page.getByLabel('密码').fill('000000');
  await page.getByRole('button', { name: '登录' }).click();
  await page.getByTestId('admin-nav-duty').click();
  await expect(page.getByTestId('duty-from')).toHaveValue('2026-12-01');
  for (const c of duty.clerks)
    for (const k of ['regular', 'weekend', 'lunch', 'evening', 'extra', 'outside'] as const)
      await expect(page.getByTestId(`duty-${c.clerkId}-${k}`)).toHaveText(hm(c.seconds[k]));
  await expect(page.getByTestId('duty-head-extra')).toHaveAttribute('title', '周末/节假日 + 午间值班 + 晚间延时');
  await page.getByTestId('duty-expand-1001').click();
  const shifts = page.getByTestId('duty-shifts-1001').getByTestId('duty-shift');
  await expect(shifts).toHaveCount(2);
  await expect(shifts.nth(0)).toContainText('2026-12-05');
  await expect(shifts.nth(0)).toContainText('09:00–13:00');
  await expect(shifts.nth(1)).toContainText('11:00–15:00');
  await page.evaluate(() => document.fonts.ready);
  await page.screenshot({ path: '/tmp/duty-page.png' });

  await page.getByTestId('admin-nav-appraisal').click();
  await expect(page.getByTestId('appraisal-month')).toHaveValue('2026-12');
  const sheets = page.locator('.appraisal-sheet');
  await expect(sheets).toHaveCount(appraisal.sheets.length);
  const f1001 = appraisal.sheets.find((s) => s.clerkId === '1001')!;
  expect(f1001.figures).toMatchObject({ served: 3, rated: 3, bad: 1, stars: [1, 0, 0, 1, 1] });
  const cell = (row: string) => page.getByTestId(`appraisal-1001-${row}`);
  await expect(cell('served')).toHaveText(String(f1001.figures.served));
  await expect(cell('satisfaction')).toHaveText(`${(f1001.figures.satisfaction! * 100).toFixed(1)}%`); // 66.7%
  await expect(cell('score')).toHaveText(f1001.figures.score!.toFixed(2)); // 6.00
  await expect(cell('bad')).toHaveText('1');
  await expect(cell('rectifyRate')).toHaveText('0.0%');
  await expect(cell('extra')).toHaveText(hm(f1001.duty.extra));
  await expect(cell('stars').locator('.appraisal-star')).toHaveText(['5星 1', '4星 1', '3星 0', '2星 0', '1星 1']);
  await expect(page.getByTestId('appraisal-sheet-1001')).toContainText('工号：1001');
  await expect(page.getByTestId('appraisal-sheet-1001')).toContainText('负责人（签字）');

  // No sheet is wider than A4 in any language (a long English label must wrap, not push the table out).
  const overflowing = () =>
    page.locator('.appraisal-sheet').evaluateAll((list) => list.filter((el) => el.scrollWidth > el.clientWidth).map((el) => el.getAttribute('data-testid')));
  for (const lang of ['zh-TW', 'en', 'zh-CN']) {
    await page.locator(`.admin-bar button[lang="${lang}"]`).click();
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    if (lang === 'en') await page.getByTestId('appraisal-sheet-1001').screenshot({ path: '/tmp/appraisal-en.png' });
    expect(await overflowing()).toEqual([]);
  }

  await page.emulateMedia({ media: 'print' });
  await page.setViewportSize({ width: 794, height: 1123 }); // A4 at 96 dpi
  await expect(page.getByTestId('admin-nav-duty')).toBeHidden();
  await expect(page.getByTestId('appraisal-print')).toBeHidden();
  await page.screenshot({ path: '/tmp/appraisal-print.png' });
  const pdf = await page.pdf({ path: '/tmp/appraisal.pdf', preferCSSPageSize: true, printBackground: true });
  const pages = pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-z])/g) ?? [];
  expect(pages.length).toBe(appraisal.sheets.length);
  // Every page A4 (595 × 842 pt).
  const boxes = [...pdf.toString('latin1').matchAll(/\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/g)].map((m) => [
    Math.round(Number(m[1])),
    Math.round(Number(m[2])),
  ]);
  expect(boxes).toEqual(appraisal.sheets.map(() => [595, 842]));
  expect(readFileSync('/tmp/appraisal.pdf').length).toBe(pdf.length);
});
