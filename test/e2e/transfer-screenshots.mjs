// Screenshots of the export / import page at 1366×768 for looking at (not a test):
//   npm run serve -- --demo --data /tmp/xferdemo --port 7414   (in another shell)
//   node test/e2e/transfer-screenshots.mjs [http://127.0.0.1:7414] [en|zh-TW]
// Writes test-results/screenshots/transfer-*.png: the page, a catalogue dry run, a configuration dry run.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';

const base = process.argv[2] ?? 'http://127.0.0.1:7414';
const lang = process.argv[3];
const out = 'test-results/screenshots';
mkdirSync(out, { recursive: true });
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
await page.goto(`${base}/admin#transfer`);
await page.getByLabel('密码').fill('000000');
await page.getByRole('button', { name: '登录' }).click();
if (lang)
  await page
    .locator('.lang-switch button')
    .nth(lang === 'en' ? 2 : 1)
    .click();
const suffix = lang ? `-${lang}` : '';
await page.getByTestId('transfer-page').waitFor();
await page.screenshot({ path: `${out}/transfer-page${suffix}.png` });
await page.getByTestId('transfer-items-file').setInputFiles('resources/catalogue/sample-items.csv');
await page.getByTestId('import-plan').waitFor();
await page.screenshot({ path: `${out}/transfer-items-plan${suffix}.png` });
await page.getByTestId('transfer-cancel').click();
const download = page.waitForEvent('download');
await page.getByTestId('transfer-export').click();
const file = JSON.parse(readFileSync(await (await download).path(), 'utf8'));
file.hall.hallName = '长宁街道社区事务受理服务中心';
file.services[0].name['zh-CN'] = '社会保障';
file.windows[1].backup = file.windows[1].backup.filter((id) => id !== 'F');
file.windows[1].primary.push('F');
file.clerks.push({ id: '1005', name: '周敏', role: 'clerk', active: true });
const path = join(tmpdir(), 'tongban-config-shot.json');
writeFileSync(path, JSON.stringify(file));
await page.getByTestId('transfer-config-file').setInputFiles(path);
await page.getByTestId('import-plan').waitFor();
await page.screenshot({ path: `${out}/transfer-config-plan${suffix}.png`, fullPage: true });
await browser.close();
console.log('screenshots in', out);
