// Screenshots of 绿色通道 and the staffing alert for looking at (not a test):
//   npm run serve -- --demo --data /tmp/policy-demo --port 7403   (in another shell, a fresh folder)
//   node test/e2e/policy-shots.mjs [http://127.0.0.1:7403]
// Writes test-results/screenshots/: policy-kiosk-home.png (1080×1920, the 绿色通道 choice),
// policy-kiosk-priority.png (after tapping it), policy-console-alert.png (1366×768, a service nobody
// serves and the 绿色通道 dialog), policy-admin-alert.png.
import { mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';

const base = process.argv[2] ?? 'http://127.0.0.1:7403';
const out = 'test-results/screenshots';
mkdirSync(out, { recursive: true });
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });

const kiosk = await browser.newPage({ viewport: { width: 1080, height: 1920 } });
await kiosk.goto(`${base}/kiosk?pin=8888`);
await kiosk.getByTestId('service-grid').waitFor();
await kiosk.evaluate(() => document.fonts.ready); // the tiles' Chinese glyphs drawn, not a fixed wait
await kiosk.screenshot({ path: `${out}/policy-kiosk-home.png` });
await kiosk.getByTestId('priority-lane').click();
await kiosk.screenshot({ path: `${out}/policy-kiosk-priority.png` });
await kiosk.getByRole('button', { name: /残联/ }).click();
await kiosk.getByTestId('ticket-number').waitFor();
await kiosk.screenshot({ path: `${out}/policy-kiosk-ticket.png` });

const console_ = await browser.newPage({ viewport: { width: 1366, height: 768 } });
await console_.goto(`${base}/console`);
await console_.getByLabel('工号').fill('1001');
await console_.getByLabel('密码').fill('1234');
await console_.getByRole('button', { name: '登录' }).click();
await console_.getByTestId('staffing-alert').waitFor();
await console_.screenshot({ path: `${out}/policy-console-alert.png` });
await console_.getByTestId('sign-in-1').click();
await console_.getByTestId('green-lane').waitFor();
await console_.screenshot({ path: `${out}/policy-console-panel.png` });
await console_.getByTestId('green-lane').click();
await console_.getByTestId('green-lane-dialog').waitFor();
await console_.screenshot({ path: `${out}/policy-console-green-lane.png` });
await browser.close();
console.log('screenshots in', out);
