// Screenshots of the devices page and the kiosk's and pad's pairing screens (run by hand against a demo hall on :7413).
import { chromium } from '@playwright/test';
const base = process.env.BASE ?? 'http://127.0.0.1:7413';
const out = process.env.OUT ?? '/tmp/pairshots';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
for (const [w, h] of [
  [1366, 768],
  [1920, 1080],
]) {
  const ctx = await browser.newContext({ viewport: { width: w, height: h }, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
  const page = await ctx.newPage();
  await page.goto(`${base}/admin#devices`);
  await page.getByLabel('密码').fill('000000');
  await page.getByRole('button', { name: '登录' }).click();
  await page.getByTestId('devices-table').waitFor();
  await page.getByTestId('device-name').fill(`东门取号机 ${w}`);
  await page.getByTestId('device-create-submit').click();
  await page.getByTestId('device-code-qr').waitFor();
  await page.screenshot({ path: `${out}/admin-devices-${w}.png`, fullPage: true });
  const code = await page.getByTestId('device-code-digits').getAttribute('data-code');
  const kctx = await browser.newContext({ viewport: { width: w, height: h }, locale: 'zh-CN' });
  const kiosk = await kctx.newPage();
  await kiosk.goto(`${base}/kiosk`);
  await kiosk.getByTestId('code-pad').waitFor();
  await kiosk.getByTestId('pairing-pin').waitFor();
  for (const d of code.slice(0, 5)) await kiosk.getByTestId(`code-key-${d}`).click();
  await kiosk.screenshot({ path: `${out}/kiosk-pairing-${w}.png` });
  const pad = await kctx.newPage();
  await pad.goto(`${base}/pad`);
  await pad.getByTestId('code-pad').waitFor();
  await pad.getByTestId('pad-pairing-pin').waitFor();
  await pad.screenshot({ path: `${out}/pad-pairing-${w}.png` });
  for (const d of code.slice(5)) await kiosk.getByTestId(`code-key-${d}`).click();
  await kiosk.getByTestId('code-submit').click();
  await kiosk.getByTestId('service-grid').waitFor();
  await page.getByTestId('device-code-close').click();
  await page.reload();
  await page.getByTestId('devices-table').waitFor();
  await page.screenshot({ path: `${out}/admin-devices-list-${w}.png`, fullPage: true });
  await ctx.close();
  await kctx.close();
}
await browser.close();
