// The LED bus against the simulated panel over the in-memory twin: texts arrive decoded as sent,
// updates coalesce to the latest, the wire time and gaps are kept, silent bx5k screens are retried
// and reported, a reconnect re-sends what every screen should show, and a screen moved to another
// address while the bus runs is not retried at the old one.
import { afterEach, expect, test } from 'vitest';
import { bx5kDialect, stripDialect, type LedDialect } from '../../native/led/dialects';
import { LedBus, type LedBusOptions } from '../../native/led/led-bus';
import { LedPanelSim } from '../../native/led/sim/led-panel-sim';
import { MemoryTransport } from '../../native/transport/transport';
import { wireTimeMs } from '../../native/transport/wire-scheduler';
import { eventually } from './support';

const options: LedBusOptions = { baud: 9600, gapMs: 10, replyTimeoutMs: 60, retries: 2, keepAliveMs: 0, replacement: '?' };
const closers: (() => Promise<void>)[] = [];
afterEach(async () => {
  await Promise.allSettled(closers.splice(0).map((c) => c()));
});

async function rig(dialect: LedDialect, overrides: Partial<LedBusOptions> = {}) {
  const [host, device] = MemoryTransport.pair('led');
  const screens = [1, 2, 3].map((n) => ({ id: `led:${n}`, address: n, hall: false, widthCells: 16, heightPx: 16 }));
  const bus = new LedBus(host, dialect, [...screens, { id: 'led:hall', address: 9, hall: true, widthCells: 40, heightPx: 16 }], { ...options, ...overrides });
  const sim = new LedPanelSim(device, dialect.name, [
    ...screens.map((s) => ({ address: s.address, label: `${s.address}号窗口`, widthCells: 16 })),
    { address: 9, label: '大厅', widthCells: 40, hall: true },
  ]);
  await device.open();
  await host.open();
  closers.push(
    () => bus.close(),
    () => device.close(),
  );
  return { host, device, bus, sim };
}

for (const dialect of [bx5kDialect, stripDialect]) {
  test(`${dialect.name}: the panel shows what was sent; long texts scroll; text outside GB2312 is replaced`, async () => {
    const { bus, sim } = await rig(dialect);
    bus.show('led:3', '请A001号到3号窗口');
    bus.show('led:1', '暂停服务');
    bus.show('led:hall', '请A001號到3号窗口'); // 號 is traditional: not GB2312
    await bus.scheduler.idle();
    await eventually(() => sim.text(9) !== '');
    expect(sim.screens.get(3)).toMatchObject({ text: '请A001号到3号窗口', scroll: true });
    expect(sim.screens.get(1)).toMatchObject({ text: '暂停服务', scroll: false });
    expect(sim.text(9)).toBe('请A001?到3号窗口');
    expect(bus.states().find((s) => s.config.id === 'led:hall')!.counters.replaced).toBe(1);
    expect(sim.counters.rejected).toBe(0);
  });
}

test('coalescing: ten updates to one screen while the bus is busy end on the latest, in far fewer frames', async () => {
  const { bus, sim } = await rig(stripDialect);
  for (let i = 1; i <= 10; i++) {
    bus.show('led:1', `请A00${i - 1}号到1号窗口`);
    bus.show('led:2', `B${i}`);
  }
  await bus.scheduler.idle();
  await eventually(() => sim.text(2) === 'B10');
  expect(sim.text(1)).toBe('请A009号到1号窗口');
  expect(sim.screens.get(1)!.frames).toBeLessThanOrEqual(2);
  expect(sim.screens.get(2)!.frames).toBeLessThanOrEqual(2);
});

test("the schedule keeps the wire time at 9600 baud and the strip dialect's 100 ms between frames", async () => {
  const { bus, sim } = await rig(stripDialect);
  const start = performance.now();
  bus.show('led:1', '请A001号到1号窗口');
  bus.show('led:2', '请A002号到2号窗口');
  bus.show('led:3', '请A003号到3号窗口');
  await bus.scheduler.idle();
  const elapsed = performance.now() - start;
  const { frames, bytes, wireMs } = bus.scheduler.stats;
  expect(frames).toBe(3);
  expect(wireMs).toBeCloseTo(wireTimeMs(bytes, 9600), 6);
  expect(wireMs).toBeCloseTo(bytes * 1.0417, 0);
  // Three frames on the wire and two gaps between them (≥ 100 ms each), at least.
  expect(elapsed).toBeGreaterThanOrEqual(wireMs + 2 * 100 - 2);
  await eventually(() => sim.text(3) !== '');
});

test('bx5k: a screen that does not answer is retried, then reported; when it answers again its text is re-sent', async () => {
  const { bus, sim } = await rig(bx5kDialect, { keepAliveMs: 150 });
  sim.setPowered(2, false);
  const changes: number[] = [];
  bus.on('changed', () => changes.push(1));
  bus.show('led:2', '正在办理 A002');
  await bus.scheduler.idle();
  const state = () => bus.states().find((s) => s.config.id === 'led:2')!;
  expect(state().error).toMatch(/no answer after 3 attempts/);
  expect(state().counters).toMatchObject({ frames: 3, retries: 2, timeouts: 1 });
  expect(changes.length).toBeGreaterThan(0);
  sim.setPowered(2, true);
  bus.start();
  // The keep-alive ping finds it back and sends it what it missed.
  await eventually(() => sim.text(2) === '正在办理 A002', 'the text re-sent after the screen came back');
  expect(state().error).toBeNull();
  expect(state().lastSeen).not.toBeNull();
});

test('bx5k: a controller that refuses (NACK) is retried, then reported as refusing, not as silent; the area fits its configured size', async () => {
  const { bus, sim } = await rig(bx5kDialect);
  sim.setRefusing(1, 0x05);
  bus.show('led:1', '请A001号到1号窗口');
  await bus.scheduler.idle();
  const state = () => bus.states().find((s) => s.config.id === 'led:1')!;
  expect(state().error).toBe('refused: error 0x05');
  expect(state().counters).toMatchObject({ frames: 3, retries: 2, timeouts: 0 });
  expect(state().lastSeen).not.toBeNull(); // it is there: it answered
  expect(sim.text(1)).toBe('');
  sim.setRefusing(1, 0);
  bus.show('led:1', '暂停服务');
  await bus.scheduler.idle();
  expect(state().error).toBeNull();
  expect(sim.screens.get(1)).toMatchObject({ text: '暂停服务', area: { x: 0, y: 0, width: 128, height: 16 } });
  expect(sim.screens.get(9)!.area).toBeNull(); // nothing was sent to the hall screen
});

test('after the cable is unplugged and plugged back, every screen is sent its current text again', async () => {
  const { host, bus, sim } = await rig(bx5kDialect);
  bus.show('led:1', '请A001号到1号窗口');
  await bus.scheduler.idle();
  await eventually(() => sim.text(1) !== '');
  host.unplug();
  bus.show('led:1', '暂停服务'); // missed while unplugged
  bus.show('led:3', '正在办理 A003');
  await bus.scheduler.idle();
  expect(sim.text(1)).toBe('请A001号到1号窗口');
  host.plug();
  await eventually(() => sim.text(1) === '暂停服务' && sim.text(3) === '正在办理 A003', 'the re-sent state');
});

test('show() refuses an unknown screen by name', async () => {
  const { bus } = await rig(stripDialect);
  expect(() => bus.show('led:7', 'x')).toThrow(/no LED screen led:7/);
});

test('bx5k: a silent screen moved while its frame waits for an answer is not retried at the old address, and gets its text at the new one', async () => {
  const { bus, sim, device } = await rig(bx5kDialect);
  sim.setPowered(3, false); // the old address answers nothing: without the move the bus would retry there
  const counters = bus.states().find((s) => s.config.id === 'led:3')!.counters;
  // Moved the moment its first frame reaches the wire's far end (it then waits for an answer); led:2 leaves the bus.
  device.once('data', () =>
    bus.setScreens([
      { id: 'led:1', address: 1, hall: false, widthCells: 16, heightPx: 16 },
      { id: 'led:3', address: 2, hall: false, widthCells: 16, heightPx: 16 },
      { id: 'led:hall', address: 9, hall: true, widthCells: 40, heightPx: 16 },
    ]),
  );
  bus.show('led:3', '请A001号到3号窗口');
  await eventually(() => sim.text(2) === '请A001号到3号窗口', 'the text at the new address');
  await bus.scheduler.idle();
  expect(counters).toMatchObject({ frames: 2, retries: 0 }); // one at the old address, one at the new
  expect(sim.screens.get(3)!.frames).toBe(0); // switched off: it heard nothing
  expect(bus.states().map((s) => [s.config.id, s.config.address])).toEqual([
    ['led:1', 1],
    ['led:3', 2],
    ['led:hall', 9],
  ]);
  expect(() => bus.show('led:2', '暂停服务')).toThrow('no LED screen led:2');
  bus.show('led:1', '暂停服务');
  await eventually(() => sim.text(1) === '暂停服务', 'an untouched screen');
});
