// The host keypad bus against simulated keypads over the in-memory twin: every valid frame echoed,
// a lost echo and the device's retries reported once, noise counted, displays and beeps delivered.
// The duplicate filter runs on a clock the test holds (`rig().clock`): a device's retries are
// duplicates however slow the machine, and moving past the filter's second never waits it out.
import { afterEach, expect, test } from 'vitest';
import { keyFrame } from '../../native/keypad/ft68';
import { KeypadBus } from '../../native/keypad/keypad-bus';
import { keyBytes } from '../../native/keypad/keys';
import { KeypadBusSim } from '../../native/keypad/sim/keypad-sim';
import { MemoryTransport } from '../../native/transport/transport';
import { eventually } from './support';

const closers: (() => Promise<void>)[] = [];
afterEach(async () => {
  await Promise.allSettled(closers.splice(0).map((c) => c()));
});

async function rig() {
  const [host, device] = MemoryTransport.pair('keypads');
  const clock = { ms: 0 };
  const bus = new KeypadBus(host, { baud: 9600, gapMs: 5, dedupeNow: () => clock.ms });
  const sim = new KeypadBusSim(device, [
    { address: 3, kind: 'keypad' },
    { address: 13, kind: 'evaluator' },
  ]);
  await host.open();
  await device.open();
  const events: string[] = [];
  bus.on('key', (address, key) => events.push(`${address}:${key}`));
  bus.on('evaluation', (address, value) => events.push(`${address}=${value}`));
  closers.push(
    () => bus.close(),
    () => device.close(),
  );
  return { host, device, bus, sim, events, clock };
}

test('a press is echoed and reported once; an evaluator press likewise', async () => {
  const { bus, sim, events } = await rig();
  expect(await sim.press(3, 'call')).toEqual({ acknowledged: true, attempts: 1 });
  expect(await sim.evaluate(13, 0)).toEqual({ acknowledged: true, attempts: 1 });
  expect(events).toEqual(['3:call', '13=0']);
  expect(bus.devices.get(3)).toMatchObject({ frames: 1, duplicates: 0 });
});

test('lost echoes: the keypad retries and the host reports the press once, counting the repeats', async () => {
  const { bus, sim, events } = await rig();
  sim.loseEchoes(2);
  expect(await sim.press(3, 'call')).toEqual({ acknowledged: true, attempts: 3 });
  expect(events).toEqual(['3:call']);
  expect(bus.devices.get(3)).toMatchObject({ frames: 3, duplicates: 2 });
  // Every echo lost: the keypad gives up after 3 retries; still a single press.
  sim.loseEchoes(4);
  expect(await sim.press(3, 'recall')).toEqual({ acknowledged: false, attempts: 4 });
  expect(events).toEqual(['3:call', '3:recall']);
  expect(sim.units.get(3)!.unacknowledged).toBe(1);
});

test('the same key again after the dedupe window is a new press', async () => {
  const [host] = MemoryTransport.pair('clock');
  let now = 0;
  const bus = new KeypadBus(host, { baud: 9600, gapMs: 0, dedupeMs: 1000 }, () => now);
  const keys: string[] = [];
  bus.on('key', (a, k) => keys.push(`${a}:${k}`));
  const press = () => host.emit('data', keyFrame(3, keyBytes('call')));
  press();
  now = 999;
  press();
  now = 1000;
  press();
  expect(keys).toEqual(['3:call', '3:call']);
  expect(bus.devices.get(3)!.duplicates).toBe(1);
  await bus.close();
});

test('noise and bad frames between good ones are counted and echoed never; the good ones still work', async () => {
  const { bus, sim, events, device } = await rig();
  const echoes: Buffer[] = [];
  device.on('data', (chunk) => echoes.push(chunk));
  await sim.inject(Buffer.from('00FF6803036803010C1116', 'hex')); // bad checksum
  await sim.inject(Buffer.from([0x12, 0x34, 0xff, 0x00]));
  expect(await sim.press(3, 'pause')).toMatchObject({ acknowledged: true });
  await sim.inject(Buffer.from('FF6803046803010C1016', 'hex')); // unequal lengths
  expect(await sim.press(3, 'noShow')).toMatchObject({ acknowledged: true });
  expect(events).toEqual(['3:pause', '3:noShow']);
  expect(bus.reader.counters.frames).toBe(2);
  expect(bus.reader.counters.rejected).toBeGreaterThanOrEqual(2);
  expect(Buffer.concat(echoes)).toEqual(Buffer.concat([keyFrame(3, keyBytes('pause')), keyFrame(3, keyBytes('noShow'))]));
});

test('display and beep frames reach the keypad; after a reconnect the latest display is sent again', async () => {
  const { host, bus, sim } = await rig();
  bus.display(3, 12, 'A007');
  bus.beep(3, 3);
  await eventually(() => sim.units.get(3)!.display === ' 12007' && sim.units.get(3)!.beeps === 3);
  host.unplug();
  bus.display(3, 4, 'B010');
  host.plug();
  await eventually(() => sim.units.get(3)!.display === '  4010', 'the display re-sent after the reconnect');
});

test('an adapter that hears its own transmissions: our echo is not taken for a second press, nor echoed again', async () => {
  const { host, bus, sim, events, clock } = await rig();
  const written: Buffer[] = [];
  const write = host.write.bind(host);
  host.write = async (bytes) => {
    written.push(Buffer.from(bytes));
    await write(bytes);
    setImmediate(() => host.emit('data', Buffer.from(bytes))); // the adapter's local echo
  };
  bus.display(3, 2, 'A001');
  expect(await sim.press(3, 'call')).toEqual({ acknowledged: true, attempts: 1 });
  await eventually(() => bus.ignored === 2, 'the display frame and our echo heard back (and recognised)');
  // Past the dedupe window on the filter's clock: an echo of our echo coming round now would be a second 呼叫.
  clock.ms += 1300;
  // The positive signal that anything our echo set off has happened: the next press, acknowledged after it.
  expect(await sim.press(3, 'recall')).toEqual({ acknowledged: true, attempts: 1 });
  await bus.scheduler.idle();
  expect(events).toEqual(['3:call', '3:recall']);
  expect(written.filter((w) => w.equals(keyFrame(3, keyBytes('call'))))).toHaveLength(1);
  expect(bus.ignored).toBe(3); // the display frame and our two echoes, heard back once each
});

test('the echo (the keypad’s acknowledgement) goes out only after the press was handled (its command committed)', async () => {
  const { host, bus, sim } = await rig();
  const order: string[] = [];
  const write = host.write.bind(host);
  host.write = (bytes: Uint8Array) => {
    order.push('echo');
    return write(bytes);
  };
  bus.on('key', () => order.push('handled'));
  expect(await sim.press(3, 'call')).toEqual({ acknowledged: true, attempts: 1 });
  expect(order).toEqual(['handled', 'echo']);
});
