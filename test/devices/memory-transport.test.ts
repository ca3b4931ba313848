import { expect, test } from 'vitest';
import { MemoryTransport } from '../../native/transport/transport';

const next = (t: MemoryTransport, event: 'data' | 'connect' | 'disconnect') =>
  new Promise<unknown[]>((resolve) => t.once(event, (...args: unknown[]) => resolve(args)));

test('what one end writes, the other receives; unplug and plug are seen on both ends', async () => {
  const [host, device] = MemoryTransport.pair('led');
  await host.open();
  await device.open();
  const got = next(device, 'data');
  await host.write(Uint8Array.from([0xaa, 0x05]));
  expect(await got).toEqual([Buffer.from([0xaa, 0x05])]);

  const dropped = next(host, 'disconnect');
  host.unplug();
  expect(await dropped).toEqual(['unplugged', 'link_lost']);
  expect(host.connected).toBe(false);
  await expect(host.write(Uint8Array.from([1]))).rejects.toThrow(/not connected/);

  const back = next(device, 'connect');
  device.plug();
  await back;
  expect(host.connected && device.connected).toBe(true);
  await host.close();
  await expect(host.open()).rejects.toThrow(/closed/);
});
