// The device layer logs into the hall's log by default (source devices): what a module reports, and
// each device that loses its link or reports a fault, and its recovery (its first report is not a change).
import { afterEach, expect, test } from 'vitest';
import type { DeviceStatus } from '../../electron/contract';
import { startDevices, type DeviceContext } from '../../electron/devices';
import { openTestHall, type TestHall } from '../support/hall';
import { closeFileLogs, withFileLog } from './support';

let t: TestHall | undefined;
afterEach(async () => {
  await closeFileLogs();
  t?.cleanup();
});

test('module messages and device faults and recoveries are lines of source devices', async () => {
  t = openTestHall();
  const log = await withFileLog(t);
  const screen: DeviceStatus = { id: 'led:3', kind: 'led', port: '/dev/ttyUSB0', connected: true, lastSeen: null, error: null };
  let ctx: DeviceContext | undefined;
  const devices = await startDevices({ hall: t.hall, config: {}, demo: false, dataDir: t.dataDir }, [
    async (c) => {
      ctx = c;
      return { status: () => [screen], close: async () => {} };
    },
  ]);
  const pushed = () =>
    new Promise<void>((resolve) => {
      const off = t!.hall.subscribe((e) => e.name === 'device.status' && (off(), resolve()));
    });
  const step = async (change: Partial<DeviceStatus>) => {
    Object.assign(screen, change);
    const done = pushed();
    ctx!.changed();
    await done;
  };
  await step({}); // the first report: no line
  ctx!.log('keypad:3: refused: nobody is signed in at window 3');
  await step({ connected: false, error: 'no answer after 2 retries' });
  await step({ connected: true, error: null });
  await step({ connected: false });
  await devices.close();

  const lines = (await log.lines()).filter((l) => l.source === 'devices');
  expect(lines.map((l) => [l.level, l.msg])).toEqual([
    ['warn', 'keypad:3: refused: nobody is signed in at window 3'],
    ['warn', 'led:3: no answer after 2 retries'],
    ['info', 'led:3: connected'],
    ['warn', 'led:3: disconnected'],
  ]);
  expect(lines[1]).toMatchObject({ device: 'led:3', port: '/dev/ttyUSB0' });
});
