// The demo hall's bus on simulators (socat PTYs, or TCP without socat), driven through the sim page
// as a person would: press 呼叫 on window 3's keypad, watch the screens. The screens' picture is
// rendered in Chromium to test-results/screenshots/ to check the Chinese really renders.
import { chromium } from '@playwright/test';
import { existsSync, mkdirSync } from 'node:fs';
import { afterEach, expect, test } from 'vitest';
import { startDevices, type RunningDevices } from '../../electron/devices';
import { startHallBus, type HallBusModule } from '../../electron/devices/hall-bus';
import { describePanel, renderPanelSvg } from '../../native/led/sim/render-panel';
import { issue, login, openSeededHall, staff, type TestHall } from '../support/hall';
import { eventually, HAVE_SOCAT } from './support';

let t: TestHall | undefined;
let devices: RunningDevices | undefined;
afterEach(async () => {
  await devices?.close();
  t?.cleanup();
  devices = t = undefined;
});

const SHOTS = 'test-results/screenshots';

test('demo: the bus runs on simulators; the sim page presses keys and shows the screens', async () => {
  t = openSeededHall();
  devices = await startDevices({ hall: t.hall, config: {}, demo: true, dataDir: t.dataDir, log: () => {} }, [startHallBus]);
  const bus = devices.modules[0] as HallBusModule;
  const rig = bus.rig!;
  expect(devices.banner[0]).toContain(rig.sims.page.url);
  expect(devices.banner.join('\n')).toContain(HAVE_SOCAT ? `${t.dataDir}/bus/led-windows-hall` : 'tcp://127.0.0.1:');

  const kiosk = login(t.hall, 'kiosk');
  issue(t.hall, kiosk, 'A');
  issue(t.hall, kiosk, 'D');
  staff(t.hall, '1003', 3);
  staff(t.hall, '1001', 1);
  const press = await fetch(`${rig.sims.page.url}press`, { method: 'POST', body: JSON.stringify({ bus: 0, address: 3, key: 'call' }) });
  expect(await press.json()).toMatchObject({ acknowledged: true });
  const [windows, hallStrip] = rig.sims.panels.map((p) => p.sim) as [(typeof rig.sims.panels)[0]['sim'], (typeof rig.sims.panels)[0]['sim']];
  await eventually(() => windows.text(3) === '请A001号到3号窗口', 'window 3 on the simulated screen');
  await eventually(() => hallStrip.text(1) === '请A001号到3号窗口', 'the hall strip');
  await eventually(() => windows.text(1) === '1号窗口 欢迎您');
  const refused = await fetch(`${rig.sims.page.url}press`, { method: 'POST', body: JSON.stringify({ bus: 0, address: 3, key: 'bogus' }) });
  expect(refused.status).toBe(400);

  const state = (await (await fetch(`${rig.sims.page.url}state`)).json()) as any;
  expect(state.panels[0].svg).toContain('请A001号到3号窗口');
  expect(state.units.find((u: { address: number; kind: string }) => u.address === 3 && u.kind === 'keypad').display).toBe('  1001');
  console.log(`demo LED panels:\n${describePanel([...windows.screens.values(), ...hallStrip.screens.values()])}`);

  // The picture, and the sim page itself, in the system Chromium.
  mkdirSync(SHOTS, { recursive: true });
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
  try {
    const page = await browser.newPage({ viewport: { width: 900, height: 420 } });
    await page.setContent(
      `<body style="margin:0;background:#222">${renderPanelSvg([...windows.screens.values(), ...hallStrip.screens.values()], '通办 LED 屏 (模拟)')}</body>`,
    );
    await page.locator('body > svg').screenshot({ path: `${SHOTS}/led-panel.png` });
    const sim = await browser.newPage({ viewport: { width: 1100, height: 900 } });
    await sim.goto(rig.sims.page.url);
    await sim.getByText('3号窗口').first().waitFor();
    await sim.locator('#unit-0-4 button', { hasText: '呼叫' }).click(); // nobody at window 4: beeps
    await eventually(() => rig.sims.keypads.units.get(4)!.beeps === 3, 'window 4 beeping');
    await sim.locator('#unit-0-4 .stats', { hasText: 'beeps 3' }).waitFor(); // the page has polled the beeps in
    await sim.screenshot({ path: `${SHOTS}/bus-sim-page.png`, fullPage: true });
  } finally {
    await browser.close();
  }
  expect(existsSync(`${SHOTS}/led-panel.png`)).toBe(true);
}, 60_000); // it launches Chromium, slow on a busy machine
