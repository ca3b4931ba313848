// A window's bus addresses saved while the hall runs (config.saveWindow, the Windows page) reach the
// buses at once, over real kernel ttys (socat PTY pairs) with the simulated screens and keypads: the
// devices file lists windows 1 and 2 only, and windows 3 and up get their saved addresses on its one
// LED bus and its one keypad bus. No restart: the hall bus re-reads the addresses at each hall.changed.
import { afterEach, expect, test } from 'vitest';
import type { Session, WindowListEntry } from '../../electron/contract';
import { login, run } from '../support/hall';
import { ratingRows, serveOne } from '../support/rating';
import { evaluatorOf, startBusHarness, type BusHarness } from './harness';
import { eventually, HAVE_SOCAT, NO_SOCAT } from './support';

let h: BusHarness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

const ptyTest = test.skipIf(!HAVE_SOCAT);
if (!HAVE_SOCAT) console.warn(NO_SOCAT);

async function start() {
  h = await startBusHarness('pty', {}, {}, { fileWindows: [1, 2], hallStrip: false, savedAddresses: true });
  const admin = login(h.t.hall, 'admin');
  const windows = run(h.t.hall, 'config.windows', {}, admin) as WindowListEntry[];
  /** Saves window `number` as the manager would, with new addresses (and retired when `enabled` false). */
  const save = (number: number, ledAddress: number | null, keypadAddress: number | null, enabled = true) => {
    const w = windows.find((x) => x.number === number);
    run(
      h!.t.hall,
      'config.saveWindow',
      { number, name: w?.name ?? `${number}号窗口`, profile: w?.profile ?? { A: 'primary' }, ledAddress, keypadAddress, enabled },
      admin,
    );
  };
  return { hall: h.t.hall, save };
}

/** The bus address a device's status names (`…#23`), or null when the bus has no such device. */
const addressOf = (id: string) => {
  const status = h!.module.status().find((s) => s.id === id);
  return status ? Number(status.port.split('#').pop()) : null;
};

const rated = () => ratingRows(h!.t.hall).filter((r) => r.level !== null);

ptyTest("an evaluator's address changed through config.saveWindow: a press at the new address is the window's rating, at the old one it is not", async () => {
  const { hall, save } = await start();
  save(3, 3, evaluatorOf(3));
  await eventually(() => addressOf('evaluator:3') === evaluatorOf(3), 'the evaluator at its saved address');
  await eventually(() => h!.windows.text(3) === '暂停服务', "window 3's screen (closed) at its saved address");

  save(3, 3, evaluatorOf(4)); // the manager moves it: 23 → 24
  await eventually(() => addressOf('evaluator:3') === evaluatorOf(4), 'the evaluator at its new address');
  const clerk: Session = h!.setUp([], '1003', 3);
  const ticket = serveOne(hall, login(hall, 'kiosk'), clerk, 3);

  // The old address: the frame is acknowledged (the bus echoes every valid frame, after handling it) but rates nothing.
  expect(await h!.evaluate(evaluatorOf(3), 0)).toMatchObject({ acknowledged: true });
  expect(rated()).toEqual([]);
  expect(await h!.evaluate(evaluatorOf(4), 1)).toMatchObject({ acknowledged: true });
  expect(rated()).toEqual([expect.objectContaining({ ticket_id: ticket.id, window_no: 3, level: 4, channel: 'keypad' })]);
  expect(h!.logs).toContain('hall bus: the windows’ saved addresses changed; re-mapped without a restart');
});

ptyTest('a screen moved while its frame is on the wire: that frame arrives, every later one goes to the new address only', async () => {
  const { hall, save } = await start();
  const led = h!.module.leds[0]!;
  save(3, 3, null);
  await eventually(() => h!.windows.text(3) === '暂停服务', "window 3's screen (closed) at its saved address");
  const clerk = h!.setUp(['A', 'A'], '1003', 3);
  await new Promise((resolve) => setImmediate(resolve)); // the sign-in's hall.changed is rendered
  await led.scheduler.idle();

  run(hall, 'window.callNext', { window: 3 }, clerk); // its frame to address 3 goes on the wire at once…
  save(3, 4, null); // …and the manager moves the screen to address 4 meanwhile
  await eventually(() => h!.windows.text(4) === '请A001号到3号窗口', 'the call at the new address');
  await eventually(() => h!.windows.text(3) === '请A001号到3号窗口', 'the frame that was on the wire');
  expect(addressOf('led:3')).toBe(4);

  await led.scheduler.idle();
  const framesAtOld = h!.windows.screens.get(3)!.frames;
  run(hall, 'window.recall', { window: 3 }, clerk);
  run(hall, 'window.start', { window: 3 }, clerk);
  await eventually(() => h!.windows.text(4) === '正在办理 A001', 'serving, at the new address');
  await led.scheduler.idle();
  expect(h!.windows.screens.get(3)!.frames).toBe(framesAtOld);
  expect(h!.windows.text(3)).toBe('请A001号到3号窗口');
  expect(led.scheduler.stats.timeouts).toBe(0);
});

ptyTest('a window added gets its keypad and evaluator at once; a retired one is no longer driven', async () => {
  const { hall, save } = await start();
  save(5, null, evaluatorOf(3));
  await eventually(() => addressOf('keypad:5') === evaluatorOf(3) && addressOf('evaluator:5') === evaluatorOf(3), "window 5's combined unit");
  await eventually(() => h!.keypads.units.get(evaluatorOf(3))!.display !== '', "window 5's keypad display");
  // Its 呼叫 is read for window 5 (nobody signed in there: refused, logged before the echo that acknowledges it).
  const refused = () => h!.logs.filter((m) => m.startsWith('keypad:5: refused')).length;
  expect(await h!.press(evaluatorOf(3), 'call')).toMatchObject({ acknowledged: true });
  expect(refused()).toBe(1);

  save(5, null, evaluatorOf(3), false);
  await eventually(() => addressOf('keypad:5') === null && addressOf('evaluator:5') === null, 'window 5 gone from the bus');
  // Retired: the unit's key is read for nobody now.
  expect(await h!.press(evaluatorOf(3), 'call')).toMatchObject({ acknowledged: true });
  expect(refused()).toBe(1);
  expect(hall.view().windows.map((w) => w.number)).not.toContain(5);
});
