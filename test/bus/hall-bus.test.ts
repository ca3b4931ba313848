// The hall bus module end to end over loopback TCP (serial device servers): keypad keys run the
// window, evaluator presses rate, the LED screens and keypad displays follow the hall.
import { afterEach, expect, test } from 'vitest';
import type { DeviceStatus } from '../../electron/contract';
import { login, run, staff } from '../support/hall';
import { evaluatorOf, HALL_SCREEN, startBusHarness, type BusHarness } from './harness';
import { eventually } from './support';

let h: BusHarness;
afterEach(async () => h?.close());

const screen = (n: number) => h.windows.text(n);
const windowView = (n: number) => h.window(n);

test('呼叫 at window 3 calls the next ticket: window screen, hall strip and keypad display show it', async () => {
  h = await startBusHarness('tcp');
  h.setUp(['A', 'B']);
  await eventually(() => screen(3) === '3号窗口 欢迎您', 'the idle text');
  expect(await h.press(3, 'call')).toMatchObject({ acknowledged: true });
  expect(windowView(3).current?.number).toBe('A001');
  await eventually(() => screen(3) === '请A001号到3号窗口', 'the call on window 3');
  expect(h.windows.screens.get(3)!.scroll).toBe(true); // 17 cells on a 16-cell screen
  await eventually(() => h.hallStrip.text(HALL_SCREEN) === '请A001号到3号窗口', 'the call on the hall strip');
  await eventually(() => h.keypads.units.get(3)!.display === '  1001', 'waiting 1, number 001 on the keypad');
  expect(screen(1)).toBe('暂停服务'); // nobody at window 1
});

test('the whole window from the keypad: recall, no-show, call (finishing the current), pause, resume, refusals', async () => {
  h = await startBusHarness('tcp', { transferTo: 'Z' });
  h.t.hall.settings.update({ blockCallUntilRated: false }); // 呼叫 finishes and calls at once (the wait: the test below)
  h.setUp(['A', 'A', 'A', 'A']);
  await h.press(3, 'call');
  await eventually(() => screen(3) === '请A001号到3号窗口');
  const before = h.windows.screens.get(3)!.frames;
  await h.press(3, 'recall');
  expect(windowView(3).current?.recalls).toBe(1);
  await eventually(() => h.windows.screens.get(3)!.frames > before, 'the recall re-sent to the screen');
  await h.press(3, 'noShow');
  expect(windowView(3).current).toBeNull();
  await h.press(3, 'call');
  expect(windowView(3).current?.number).toBe('A002');
  await h.press(3, 'call'); // finishes A002, calls A003
  expect(windowView(3).current?.number).toBe('A003');
  expect(run(h.t.hall, 'window.get', { window: 3 }, login(h.t.hall, '1003')).servedToday).toBe(1);
  await h.press(3, 'transfer'); // to Z 咨询, as configured
  expect(windowView(3).current).toBeNull();
  await h.press(3, 'pause');
  expect(windowView(3).status).toBe('paused');
  await eventually(() => screen(3) === '暂停服务', '暂停服务 while paused');
  await h.press(3, 'cancel');
  expect(windowView(3).status).toBe('open');
  await eventually(() => screen(3) === '3号窗口 欢迎您');
  // 取消 with nothing to cancel, and any key at a window nobody staffs: three beeps, nothing changes.
  const beeps = h.keypads.units.get(3)!.beeps;
  await h.press(3, 'cancel');
  await h.press(2, 'call');
  await eventually(() => h.keypads.units.get(3)!.beeps === beeps + 3 && h.keypads.units.get(2)!.beeps === 3, 'refusal beeps');
  expect(windowView(2).current).toBeNull();
  expect(h.status('keypad:3').counters).toMatchObject({ refused: 1 });
  expect(h.status('keypad:2').counters).toMatchObject({ refused: 1, commands: 0 });
});

test('转移 without a configured target is refused with beeps; the ticket stays', async () => {
  h = await startBusHarness('tcp');
  h.setUp(['A']);
  await h.press(3, 'call');
  await h.press(3, 'transfer');
  await eventually(() => h.keypads.units.get(3)!.beeps === 3);
  expect(windowView(3).current?.number).toBe('A001');
});

test('评价 asks for a rating; the evaluator press rates that ticket (channel keypad); a second press is refused', async () => {
  h = await startBusHarness('tcp');
  h.setUp(['A', 'A']);
  const admin = login(h.t.hall, 'admin');
  await h.press(3, 'call');
  await h.press(3, 'rate');
  expect(run(h.t.hall, 'ratings.prompt', { window: 3 }, admin).awaiting?.number).toBe('A001');
  await h.evaluate(evaluatorOf(3), 1); // 满意
  expect(run(h.t.hall, 'ratings.list', {}, admin)).toMatchObject([{ number: 'A001', level: 4, channel: 'keypad', pf: 5, status: 'rated' }]);
  // Nothing awaited any more: another press is refused with beeps and adds nothing.
  await h.evaluate(evaluatorOf(3), 4);
  await eventually(() => h.keypads.units.get(evaluatorOf(3))!.beeps === 3);
  await h.press(3, 'call'); // finishes the rated A001, calls A002
  expect(windowView(3).current?.number).toBe('A002');
  expect(run(h.t.hall, 'ratings.list', {}, admin)).toHaveLength(1);
});

test('by default (the hall blocks calls until rated), 呼叫 finishes the ticket and waits for the evaluator', async () => {
  h = await startBusHarness('tcp');
  const admin = login(h.t.hall, 'admin');
  expect(run(h.t.hall, 'ratings.settings', {}, admin).blockCallUntilRated).toBe(true);
  h.setUp(['A', 'A']);
  await h.press(3, 'call');
  await h.press(3, 'call'); // finishes A001 (its rating now awaited); the call of A002 is refused
  await eventually(() => h.keypads.units.get(3)!.beeps === 3, 'the refusal beeps');
  expect(windowView(3).current).toBeNull();
  await h.evaluate(evaluatorOf(3), 4); // 非常不满意 → level 1 (a 差评: a follow-up opens)
  expect(run(h.t.hall, 'ratings.list', {}, admin)).toMatchObject([{ number: 'A001', level: 1, channel: 'keypad' }]);
  await h.press(3, 'call');
  expect(windowView(3).current?.number).toBe('A002');
});

test('the call turns into 正在办理 after callShowSeconds', async () => {
  h = await startBusHarness('tcp', { callShowSeconds: 1 });
  h.setUp(['C']);
  await h.press(3, 'call');
  await eventually(() => screen(3) === '请C001号到3号窗口');
  await eventually(() => screen(3) === '正在办理 C001', '正在办理 after the call');
});

test('one device status per bus, screen, keypad and evaluator, with port, last seen and counters', async () => {
  h = await startBusHarness('tcp');
  staff(h.t.hall, '1003', 3);
  await eventually(() => screen(3) !== '');
  await h.press(3, 'recall'); // refused (no ticket), but heard
  const ids = h.module.status().map((s) => s.id);
  expect(ids).toEqual([
    'led-bus-1',
    'led:1',
    'led:2',
    'led:3',
    'led:4',
    'led-bus-2',
    'led:hall',
    'keypad-bus',
    'keypad:1',
    'keypad:2',
    'keypad:3',
    'keypad:4',
    'evaluator:1',
    'evaluator:2',
    'evaluator:3',
    'evaluator:4',
  ]);
  await eventually(() => h.status('led:3').lastSeen !== null);
  expect(h.status('led:3')).toMatchObject({ kind: 'led', connected: true, error: null, port: `${h.links.led.port}#3` });
  expect(h.status('led-bus-1')).toMatchObject({ kind: 'bus', connected: true, port: h.links.led.port });
  expect(h.status('keypad:3')).toMatchObject({ kind: 'keypad', connected: true, counters: { frames: 1, refused: 1 } });
  expect(h.status('keypad:3').lastSeen).not.toBeNull();
  expect(h.status('evaluator:3')).toMatchObject({ kind: 'evaluator', lastSeen: null });
  expect(h.status('led:hall').lastSeen).toBeNull(); // strip screens never answer
});

test('a write that never completes is a fault on the console: the bus shows write_timeout and offline until frames go out again', async () => {
  h = await startBusHarness('tcp', {}, { writeMarginMs: 50 });
  const clerk = h.setUp(['A', 'A']);
  await eventually(() => screen(3) === '3号窗口 欢迎您', 'the idle text');
  const pushes: DeviceStatus[][] = [];
  h.t.hall.subscribe((e) => e.name === 'device.status' && pushes.push(e.data));
  // The window screens' port takes the write and never completes it (as serialport did while closing a port).
  const bus = h.module.leds[0]!;
  const write = bus.transport.write.bind(bus.transport);
  bus.transport.write = () => new Promise(() => {});
  h.t.hall.dispatch('window.callNext', { window: 3 }, clerk);
  const pushed = await eventually(() => pushes.find((s) => s.some((d) => d.id === 'led-bus-1' && !d.connected)), 'the fault pushed to the consoles');
  expect(pushed!.find((d) => d.id === 'led-bus-1')).toMatchObject({
    connected: false,
    error: expect.stringMatching(/^write_timeout: /),
    counters: { timeouts: 1 },
  });
  expect(h.status('led:3')).toMatchObject({ connected: false, error: expect.stringMatching(/^write_timeout: /) });
  expect(h.status('led-bus-2')).toMatchObject({ connected: true, error: null }); // the hall strip's bus is fine
  await bus.scheduler.idle(); // failed, not stuck: the queue runs dry

  // The port works again: the next frame goes out and the fault clears.
  bus.transport.write = write;
  h.t.hall.dispatch('window.recall', { window: 3 }, clerk);
  await eventually(() => h.status('led-bus-1').connected, 'the bus back online');
  expect(h.status('led-bus-1').error).toBeNull();
  expect(h.status('led-bus-1').counters!.timeouts).toBeGreaterThanOrEqual(1); // the history stays counted
  await eventually(() => screen(3) === '请A001号到3号窗口', 'the call on window 3');
});
