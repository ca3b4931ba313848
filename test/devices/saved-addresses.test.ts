// The windows' saved bus addresses (config.saveWindow) join the devices file's one LED bus and one
// keypad bus, for windows the file does not list; the file wins on a clash. (Followed live while the
// hall runs: test/bus/live-addresses.test.ts.)
import { afterEach, beforeEach, expect, test } from 'vitest';
import { busConfigSchema } from '../../electron/devices/hall-bus/config';
import { withSavedAddresses } from '../../electron/devices/hall-bus/saved-addresses';
import { login, openSeededHall, run, type TestHall } from '../support/hall';

let t: TestHall;
beforeEach(() => {
  t = openSeededHall();
});
afterEach(() => t.cleanup());

const file = busConfigSchema.parse({
  led: [{ port: '/dev/ttyUSB0', dialect: 'strip', screens: [{ window: 1, address: 1 }], hall: { address: 90 } }],
  keypads: [{ port: '/dev/ttyUSB1', keypads: [{ window: 1, address: 1 }] }],
});

test('saved addresses reach the bus config for the windows the file does not list; the file wins', () => {
  const admin = login(t.hall, 'admin');
  run(t.hall, 'config.saveWindow', { number: 1, name: '1号窗口', profile: { A: 'primary' }, ledAddress: 11, keypadAddress: 11 }, admin);
  run(t.hall, 'config.saveWindow', { number: 2, name: '2号窗口', profile: { C: 'primary' }, ledAddress: 2, keypadAddress: 2 }, admin);
  run(t.hall, 'config.saveWindow', { number: 3, name: '3号窗口', profile: { A: 'primary' }, ledAddress: 90, keypadAddress: 1 }, admin);
  run(t.hall, 'config.saveWindow', { number: 4, name: '4号窗口', profile: { Z: 'primary' }, ledAddress: 4, keypadAddress: null, enabled: false }, admin);
  const saved = t.hall.devices.windowAddresses();
  expect(saved).toEqual([
    { window: 1, ledAddress: 11, keypadAddress: 11 },
    { window: 2, ledAddress: 2, keypadAddress: 2 },
    { window: 3, ledAddress: 90, keypadAddress: 1 },
  ]);
  const logged: string[] = [];
  const bus = withSavedAddresses(file, saved, (m) => logged.push(m));
  expect(bus.led[0]!.screens).toEqual([
    { window: 1, address: 1, widthCells: 16, heightPx: 16 },
    { window: 2, address: 2, widthCells: 16, heightPx: 16 },
  ]);
  expect(bus.keypads[0]!.keypads).toEqual([
    { window: 1, address: 1 },
    { window: 2, address: 2 },
  ]);
  // The saved address is the window's combined unit: its evaluator too (window 1's unit is the file's).
  expect(bus.keypads[0]!.evaluators).toEqual([{ window: 2, address: 2, keys: 5 }]);
  expect(logged).toEqual([
    'window 3: LED address 90 is taken on the bus in the devices file; not added',
    'window 3: keypad address 1 is taken on the bus in the devices file; not added',
  ]);
  expect(() => busConfigSchema.parse(bus)).not.toThrow();
});

test('with two LED buses the file alone says which screen is where', () => {
  const two = busConfigSchema.parse({ led: [file.led[0], { ...file.led[0], port: '/dev/ttyUSB2', hall: undefined, screens: [] }] });
  expect(withSavedAddresses(two, [{ window: 2, ledAddress: 2, keypadAddress: 2 }])).toEqual(two);
});
