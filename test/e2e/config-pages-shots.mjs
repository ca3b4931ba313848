// Screenshots of the configuration pages (not a test): node test/e2e/config-pages-shots.mjs. Each
// shot waits for what it shows (the page's own content, the fonts), never for a fixed time.
import { chromium } from '@playwright/test';
const base = process.env.BASE ?? 'http://127.0.0.1:7415';
const out = process.env.OUT ?? '/tmp/pages-shots';
/** What each page shows once it has loaded its data. */
const ready = {
  services: '[data-testid=service-editor]',
  items: '[data-testid=item-editor]',
  hall: '[data-testid=hall-settings]',
  audit: '[data-testid=audit-table], .admin-empty',
};
const settled = (page) => page.evaluate(() => document.fonts.ready.then(() => true));
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
for (const [w, h] of [
  [1366, 768],
  [1920, 1080],
]) {
  for (const lang of ['zh-CN', 'en']) {
    const page = await browser.newPage({ viewport: { width: w, height: h } });
    await page.goto(`${base}/admin?lang=${lang}`);
    if ((await page.getByTestId('admin-login').count()) || (await page.locator('input[type=password]').count())) {
      const inputs = page.locator('input');
      await inputs.nth(0).fill('admin');
      await page.locator('input[type=password]').fill('000000');
      await page.locator('button[type=submit]').click();
    }
    await page.getByTestId('admin-nav-services').waitFor();
    for (const id of ['services', 'items', 'hall', 'audit']) {
      await page.getByTestId(`admin-nav-${id}`).click();
      await page.getByTestId(`admin-page-${id}`).waitFor();
      if (id === 'services') await page.getByTestId('service-edit-A').click();
      if (id === 'items') await page.getByTestId('item-new').click();
      await page.locator(ready[id]).first().waitFor();
      await settled(page);
      await page.screenshot({ path: `${out}/${id}-${lang}-${w}.png`, fullPage: false });
    }
    await page.close();
  }
}
const caller = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
await caller.goto(`${base}/caller`);
await caller.getByTestId('recent-calls').waitFor();
await settled(caller);
await caller.screenshot({ path: `${out}/caller-1920.png` });
const kiosk = await browser.newPage({ viewport: { width: 1080, height: 1920 } });
await kiosk.goto(`${base}/kiosk?pin=8888`);
await kiosk.getByTestId('service-grid').waitFor();
await settled(kiosk);
await kiosk.screenshot({ path: `${out}/kiosk.png` });
await browser.close();
