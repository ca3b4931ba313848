// End to end over real kernel ttys (socat PTY pairs, as USB-RS485 adapters): a keypad press calls
// the next ticket and the LED panel shows it; a lost echo and the keypad's retries call once;
// garbage and bad frames are rejected and counted while good ones work; pulling the adapters
// (killing socat) and plugging them back is recovered from without restarting the hall.
import { afterEach, expect, test } from 'vitest';
import type { DeviceStatus } from '../../electron/contract';
import { describePanel } from '../../native/led/sim/render-panel';
import { HALL_SCREEN, startBusHarness, type BusHarness } from './harness';
import { eventually, HAVE_SOCAT, next, NO_SOCAT } from './support';

let h: BusHarness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

const ptyTest = test.skipIf(!HAVE_SOCAT);
if (!HAVE_SOCAT) console.warn(NO_SOCAT);

const windowView = (n: number) => h!.window(n);
const waitingTickets = () =>
  h!.t.hall.db
    .prepare("SELECT number FROM tickets WHERE state = 'waiting' ORDER BY id")
    .all()
    .map((r: any) => r.number);

ptyTest('a simulated keypad press of 呼叫 at window 3 calls the next ticket, and the simulated LED panel shows it', async () => {
  h = await startBusHarness('pty');
  h.setUp(['A', 'A']);
  // Acknowledged (on a busy machine perhaps after a retry of the keypad's, a duplicate to the hall).
  expect(await h.press(3, 'call')).toMatchObject({ acknowledged: true });
  expect(windowView(3).current?.number).toBe('A001');
  expect(waitingTickets()).toEqual(['A002']);
  await eventually(() => h!.windows.text(3) === '请A001号到3号窗口', 'the LED panel showing the call');
  await eventually(() => h!.hallStrip.text(HALL_SCREEN) === '请A001号到3号窗口', 'the hall strip');
  await eventually(() => h!.keypads.units.get(3)!.display === '  1001', 'the keypad display');
  console.log(`LED panels over PTY after 呼叫 at window 3:\n${describePanel([...h.windows.screens.values(), ...h.hallStrip.screens.values()])}`);
});

ptyTest("a lost echo and the keypad's retries do not call twice", async () => {
  h = await startBusHarness('pty');
  h.setUp(['A', 'A', 'A']);
  h.keypads.loseEchoes(2);
  const press = await h.press(3, 'call');
  expect(press.acknowledged).toBe(true);
  expect(press.attempts).toBeGreaterThanOrEqual(3); // more if the echo of the third was slow to come
  expect(windowView(3).current?.number).toBe('A001');
  expect(waitingTickets()).toEqual(['A002', 'A003']);
  const counters = h.status('keypad:3').counters!;
  expect(counters.frames).toBeGreaterThanOrEqual(3);
  expect(counters).toMatchObject({ duplicates: counters.frames! - 1, commands: 1 });
  expect(h.status('keypad-bus').counters!.duplicates).toBe(counters.frames! - 1);
});

ptyTest('garbage and bad-checksum frames between valid ones are rejected and counted; the valid ones still work', async () => {
  h = await startBusHarness('pty');
  h.setUp(['B', 'B', 'B']);
  await h.keypads.inject(Buffer.from('00 13 FF 68 03 03 68 03 01 0C 11 16 55'.replace(/ /g, ''), 'hex')); // bad checksum for 呼叫
  await h.keypads.inject(Buffer.from('FF 68 03 03 68 03 01 0C 10 17'.replace(/ /g, ''), 'hex')); // wrong end byte
  expect(windowView(3).current).toBeNull();
  await h.press(3, 'call');
  await h.keypads.inject(Buffer.from([0xff, 0xff, 0x68, 0x02, 0x03, 0x68, 0x99]));
  await h.press(3, 'noShow');
  await h.press(3, 'call'); // > 1 s after the first 呼叫 (h.press waits), so a new press
  expect(windowView(3).current?.number).toBe('B002');
  const bus = h.status('keypad-bus').counters!;
  // Three presses taken (a keypad retry on a busy machine is a duplicate, or our own echo, never a fourth).
  const unit = h.status('keypad:3').counters!;
  expect(unit.commands).toBe(3);
  expect(unit.frames! - unit.duplicates!).toBe(3);
  expect(bus.frames).toBeGreaterThanOrEqual(3);
  expect(bus.rejected).toBeGreaterThanOrEqual(3);
  expect(bus.noiseBytes).toBeGreaterThan(0);
  await eventually(() => h!.windows.text(3) === '请B002号到3号窗口');
});

ptyTest('pulling the USB-RS485 adapters and plugging them back: no restart, missed state re-sent, status follows', async () => {
  // No keep-alive: what the screens missed must come from the re-send on reconnect alone. (The
  // replug brings the simulated devices back before the hall's end appears, as on real hardware where
  // the screens never left; before, a re-send that beat the devices' reopening was lost and only the
  // keep-alive could repair it, which on a busy machine came too late.)
  h = await startBusHarness('pty', {}, { keepAliveSeconds: 0 });
  const statuses: DeviceStatus[][] = [];
  h.t.hall.subscribe((e) => e.name === 'device.status' && statuses.push(e.data));
  const clerk = h.setUp(['A', 'A', 'A']);
  await h.press(3, 'call');
  await eventually(() => h!.windows.text(3) === '请A001号到3号窗口');

  // Unplugged: every bus adapter at once.
  const down = [...h.module.leds, ...h.module.keypadBuses].map((bus) => next(bus.transport, 'disconnect'));
  await h.pull();
  const reasons = await Promise.all(down);
  expect(reasons.map((r) => r[1])).toEqual(['link_lost', 'link_lost', 'link_lost']);
  expect(h.status('led-bus-1')).toMatchObject({ connected: false });
  expect(h.status('keypad-bus')).toMatchObject({ connected: false });
  expect(h.status('led:3')).toMatchObject({ connected: false });
  expect(h.status('led:3').error).toMatch(/^link_lost: /);
  // Meanwhile the clerk works on at the PC: the screens miss it.
  h.t.hall.dispatch('window.noShow', { window: 3 }, clerk);
  h.t.hall.dispatch('window.pause', { window: 3, reason: 'lunch' }, clerk);
  await eventually(() => statuses.some((s) => s.some((d) => d.id === 'led-bus-1' && !d.connected)), 'a device.status push for the drop');

  // Plugged back in: new PTYs under the same names. The hall was never restarted.
  const up = [...h.module.leds, ...h.module.keypadBuses].map((bus) => next(bus.transport, 'connect'));
  await h.replug();
  await Promise.all(up);
  await eventually(() => h!.windows.text(3) === '暂停服务', 'window 3 showing its current state, not the stale call');
  await eventually(() => h!.hallStrip.text(HALL_SCREEN) === '请A001号到3号窗口', 'the hall strip');
  await eventually(() => h!.keypads.units.get(3)!.display === '  2   ', 'the keypad display re-sent (2 waiting, none current)');
  // The screen shows the frame as soon as its bytes arrive; the hall marks the device connected only
  // when its own write has completed, a moment later. So wait for that status, never read it once.
  await eventually(() => h!.status('led:3').connected && h!.status('led:3').error === null, 'led:3 connected again');
  await eventually(() => h!.status('led-bus-1').connected && h!.status('led-bus-1').error === null, 'the bus connected again');
  // The keypad works again: 呼叫 resumes the paused window and calls the next.
  expect(await h.press(3, 'call')).toMatchObject({ acknowledged: true });
  expect(windowView(3)).toMatchObject({ status: 'open', current: { number: 'A002' } });
  await eventually(() => h!.windows.text(3) === '请A002号到3号窗口', 'the new call on window 3');
  await eventually(() => statuses.some((s) => s.every((d) => d.kind !== 'bus' || d.connected)), 'a device.status push for the return');
});
