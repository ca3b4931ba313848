// The device layer: modules attach to the core as one hub, their changes become device.status
// pushes (one per tick), and a module that fails to start leaves nothing running.
import { afterEach, expect, test } from 'vitest';
import type { DeviceStatus, HallEvent, TicketView } from '../../electron/contract';
import { DevicesConfigError, parseDevicesConfig } from '../../electron/devices/config';
import { startDevices, type DeviceContext, type DeviceModule } from '../../electron/devices';
import { issue, login, openSeededHall, run, type TestHall } from '../support/hall';

let t: TestHall;
afterEach(() => t.cleanup());

const tick = () => new Promise<void>((resolve) => setImmediate(resolve));
const status = (id: string, connected: boolean): DeviceStatus => ({ id, kind: 'led', port: 'mem', connected, lastSeen: null, error: null });

test('modules attach as one hub; a burst of changes is one device.status push; close detaches', async () => {
  t = openSeededHall();
  const pushed: HallEvent[] = [];
  t.hall.subscribe((e) => e.name === 'device.status' && pushed.push(e));
  let bus: DeviceContext | undefined;
  let connected = false;
  const reprinted: TicketView[] = [];
  const closed: string[] = [];
  const devices = await startDevices({ hall: t.hall, config: {}, demo: true, dataDir: t.dataDir, log: () => {} }, [
    async (ctx) => {
      bus = ctx;
      return { status: () => [status('led-bus', connected)], close: async () => void closed.push('bus'), banner: ['bus sim on /tmp/x'] };
    },
    async () =>
      ({
        status: () => [status('printer', true)],
        reprint: (ticket) => reprinted.push(ticket),
        close: async () => void closed.push('printer'),
      }) satisfies DeviceModule,
    async () => null,
  ]);
  expect(devices.banner).toEqual(['bus sim on /tmp/x']);
  const clerk = login(t.hall, '1001');
  expect(run(t.hall, 'devices.list', {}, clerk).map((d: DeviceStatus) => d.id)).toEqual(['led-bus', 'printer']);
  issue(t.hall, login(t.hall, 'kiosk'), 'A');
  expect(run(t.hall, 'tickets.reprint', {}, clerk).number).toBe('A001');
  expect(reprinted.map((r) => r.number)).toEqual(['A001']);

  connected = true;
  bus!.changed();
  bus!.changed();
  await tick();
  // The layer adds each fault as a code (none here: healthy).
  expect(pushed).toEqual([{ name: 'device.status', data: [status('led-bus', true), status('printer', true)].map((s) => ({ ...s, fault: null })) }]);

  await devices.close();
  expect(closed).toEqual(['bus', 'printer']);
  expect(run(t.hall, 'devices.list', {}, clerk)).toEqual([]);
});

test('a module that fails to start closes the ones already started', async () => {
  t = openSeededHall();
  const closed: string[] = [];
  const start = startDevices({ hall: t.hall, config: {}, demo: false, dataDir: t.dataDir, log: () => {} }, [
    async () => ({ status: () => [], close: async () => void closed.push('first') }),
    async () => {
      throw new Error('port busy');
    },
  ]);
  await expect(start).rejects.toThrow('port busy');
  expect(closed).toEqual(['first']);
});

test('the devices config is validated with the field named', () => {
  expect(parseDevicesConfig(undefined)).toEqual({});
  expect(() => parseDevicesConfig({ printr: {} }, 'hall.json')).toThrow(DevicesConfigError);
  expect(() => parseDevicesConfig({ printr: {} }, 'hall.json')).toThrow(/hall.json/);
});
