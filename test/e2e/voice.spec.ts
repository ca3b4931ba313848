// The kiosk's speech in real Chromium over the real LAN server: after a tap it says 您的号码是 A…，前面
// 还有 N 人 clip by clip, its speaker button reads the choices aloud (a second tap stops), a missing
// clip is reported and skipped, the manager's "kiosk voice off" silences it live; the hall's own
// recording is served before the bundled clip and marked on the admin page 语音, which plays clips.
// Headless Chromium may have no sound card: the evidence is the clip player's own event log
// (window.tongbanVoiceLog, renderer/src/shared/clip-player.ts). Screenshots go to test-results/screenshots/.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { numberClips } from '../../electron/shared/voice/numbers';

const SHOTS = 'test-results/screenshots';
mkdirSync(SHOTS, { recursive: true });

type LogEntry = { type: string; url?: string; reason?: string; played?: number; missing?: string[]; cancelled?: boolean };
const voiceLog = (page: Page) => page.evaluate(() => (window as unknown as { tongbanVoiceLog?: LogEntry[] }).tongbanVoiceLog ?? []);
/** The clip names of the clips started since entry `from`, e.g. `zh-CN/qing`. */
const startedSince = async (page: Page, from: number) =>
  (await voiceLog(page))
    .slice(from)
    .filter((e) => e.type === 'started')
    .map((e) => e.url!.replace(/^.*voice\//, '').replace(/\.wav$/, ''));

async function adminToken(request: APIRequestContext): Promise<string> {
  const login = await request.post('/api/login', { data: { user: 'admin', pin: '000000' } });
  return (await login.json()).token as string;
}
async function setKioskVoice(request: APIRequestContext, on: boolean) {
  const saved = await request.post('/api/voice/settings', { headers: { authorization: `Bearer ${await adminToken(request)}` }, data: { kiosk: { on } } });
  expect(saved.status()).toBe(200);
}

const zhDigits = (digits: string) => [...digits].map((d) => `zh-CN/digit-${d}`);

test.afterEach(async ({ request }) => setKioskVoice(request, true));

test('the kiosk says the ticket, reads its home screen aloud, skips a missing clip, and follows the voice setting', async ({ page, request }) => {
  await page.goto('/kiosk?pin=8888');
  await expect(page.getByTestId('service-grid')).toBeVisible();

  await test.step('after a tap: 您的号码是 <number>，前面还有 <ahead> 人, every clip played to its end', async () => {
    await page.getByTestId('service-C').click();
    const number = (await page.getByTestId('ticket-number').textContent())!;
    const ahead = Number(/\d+/.exec((await page.getByTestId('ticket-ahead').textContent())!)![0]);
    // Other specs sharing this hall may have left tickets waiting: the count is read as a number (十一).
    const aheadClips = numberClips(ahead, 'zh-CN');
    await expect.poll(async () => (await voiceLog(page)).some((e) => e.type === 'finished')).toBe(true);
    const log = await voiceLog(page);
    expect(await startedSince(page, 0)).toEqual([
      'zh-CN/your-number-is',
      `zh-CN/letter-${number[0]}`,
      ...zhDigits(number.slice(1)),
      'common/pause-short',
      'zh-CN/ahead-before',
      ...aheadClips,
      'zh-CN/ahead-people',
    ]);
    expect(log.at(-1)).toMatchObject({ type: 'finished', played: 8 + aheadClips.length, missing: [], cancelled: false });
    expect(log.filter((e) => e.type === 'clip-ended')).toHaveLength(8 + aheadClips.length);
    await page.screenshot({ path: `${SHOTS}/voice-kiosk-ticket.png` });
  });

  await test.step('the speaker button reads the services aloud; a second tap stops', async () => {
    await page.goto('/kiosk');
    const button = page.getByTestId('read-aloud');
    await expect(button).toHaveText(/朗读/);
    await page.screenshot({ path: `${SHOTS}/voice-kiosk-home.png` });
    const from = (await voiceLog(page)).length;
    await button.click();
    await expect(button).toHaveAttribute('aria-pressed', 'true');
    // Read on to the second choice (B); other specs sharing this hall rename B (民政救助, no clip), never its letter.
    await expect.poll(async () => (await startedSince(page, from)).includes('zh-CN/letter-B')).toBe(true);
    const said = await startedSince(page, from);
    expect(said.slice(0, 5)).toEqual(['zh-CN/choose-service', 'common/pause-short', 'zh-CN/letter-A', 'zh-CN/service-renshe', 'common/pause-short']);
    await button.click();
    await expect(button).toHaveAttribute('aria-pressed', 'false');
    await expect.poll(async () => (await voiceLog(page)).at(-1)).toMatchObject({ type: 'finished', cancelled: true });
  });

  await test.step('English screen: the phrase in English', async () => {
    await page.getByRole('button', { name: 'English' }).click();
    const from = (await voiceLog(page)).length;
    await page.getByTestId('read-aloud').click();
    await expect
      .poll(async () => (await startedSince(page, from)).slice(0, 4))
      .toEqual(['en/choose-service', 'common/pause-short', 'en/letter-A', 'en/service-renshe']);
    await page.getByTestId('read-aloud').click();
    await page.getByRole('button', { name: '中文简体' }).click();
  });

  await test.step('a clip that cannot be loaded is reported and skipped; the rest still plays', async () => {
    await page.route('**/voice/zh-CN/choose-service.wav', (route) => route.fulfill({ status: 404, body: 'gone' }));
    const from = (await voiceLog(page)).length;
    await page.getByTestId('read-aloud').click();
    await expect
      .poll(async () => (await voiceLog(page)).slice(from).find((e) => e.type === 'missing'))
      .toMatchObject({ reason: 'error', url: 'voice/zh-CN/choose-service.wav' });
    await expect.poll(async () => (await startedSince(page, from)).slice(0, 2)).toEqual(['common/pause-short', 'zh-CN/letter-A']);
    await page.getByTestId('read-aloud').click();
    await page.unroute('**/voice/zh-CN/choose-service.wav');
  });

  await test.step('the manager turns the kiosk voice off: the button goes at once, a ticket is silent', async () => {
    await setKioskVoice(request, false);
    await expect(page.getByTestId('read-aloud')).toHaveCount(0);
    const from = (await voiceLog(page)).length;
    await page.getByTestId('service-C').click();
    await expect(page.getByTestId('ticket-number')).toHaveText(/^C\d{3}$/);
    expect((await voiceLog(page)).slice(from)).toEqual([]);
    await setKioskVoice(request, true);
    await page.goto('/kiosk');
    await expect(page.getByTestId('read-aloud')).toBeVisible();
  });
});

test('a hall recording is served instead of the bundled clip and marked on the admin page, which plays it', async ({ page, request }) => {
  const dataDir = process.env.TONGBAN_E2E_DATA!;
  const own = join(dataDir, 'voice', 'zh-CN', 'qing.wav');
  mkdirSync(join(own, '..'), { recursive: true });
  const bundled = await request.get('/voice/zh-CN/qing.wav');
  expect(bundled.headers()['x-voice-source']).toBe('bundled');
  // The hall's "recording": the bundled 请 (any playable WAV does).
  writeFileSync(own, await bundled.body());
  try {
    expect((await request.get('/voice/zh-CN/qing.wav')).headers()['x-voice-source']).toBe('hall');
    await page.goto('/admin');
    await page.getByLabel('密码').fill('000000');
    await page.getByRole('button', { name: '登录' }).click();
    await page.getByTestId('admin-nav-voice').click();
    const row = page.getByTestId('voice-clip-zh-CN/qing');
    await expect(row.getByTestId('voice-source')).toHaveText('本厅录音');
    await expect(page.getByTestId('voice-clip-zh-CN/hao').getByTestId('voice-source')).toHaveText('自带');
    const from = (await voiceLog(page)).length;
    await row.getByTestId('voice-play').click();
    await expect.poll(async () => (await voiceLog(page)).slice(from).at(-1)).toMatchObject({ type: 'finished', played: 1, missing: [] });
    await page.screenshot({ path: `${SHOTS}/voice-admin.png`, fullPage: false });
  } finally {
    rmSync(own, { force: true });
  }
});
