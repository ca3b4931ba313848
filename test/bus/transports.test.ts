// The serial and TCP transports over real parts: SerialPortMock for the serialport API, a real
// kernel PTY pair (socat) for pulling the adapter, real loopback TCP for a serial server going away.
import { EventEmitter } from 'node:events';
import { SerialPortMock } from 'serialport';
import { afterEach, expect, test, vi } from 'vitest';
import { openTransport, parsePort } from '../../native/transport/open-transport';
import { SerialTransport, type SerialPortLike } from '../../native/transport/serial-transport';
import { TcpListenerTransport } from '../../native/transport/tcp-listener';
import { TcpTransport } from '../../native/transport/tcp-transport';
import type { Transport } from '../../native/transport/transport';
import { eventually, HAVE_SOCAT, next, NO_SOCAT, quickBackoff, socatPairs } from './support';

const open: Transport[] = [];
const track = <T extends Transport>(t: T) => (open.push(t), t);
afterEach(async () => {
  vi.useRealTimers();
  await Promise.allSettled(open.splice(0).map((t) => t.close()));
  SerialPortMock.binding.reset();
});

/** A port whose writes never complete, as serialport holds a write made while it closes the port. */
class WedgedPort extends EventEmitter implements SerialPortLike {
  isOpen = false;
  writes = 0;
  open(callback: (error: Error | null) => void): void {
    this.isOpen = true;
    queueMicrotask(() => callback(null));
  }
  write(): boolean {
    this.writes++;
    return true; // and never calls back
  }
  close(callback: (error?: Error | null) => void): void {
    this.isOpen = false;
    queueMicrotask(() => callback(null));
  }
}

function wedged(options: { writeMarginMs?: number } = {}) {
  const ports: WedgedPort[] = [];
  const serial = track(
    new SerialTransport({
      path: '/dev/ttyWEDGED',
      baudRate: 9600,
      backoff: quickBackoff,
      ...options,
      createPort: () => (ports.push(new WedgedPort()), ports.at(-1)!),
    }),
  );
  return { serial, ports };
}

test('ports: tcp://host:port is a serial server, anything else a local serial port; bad ones are refused', () => {
  expect(parsePort('tcp://10.0.0.5:4001')).toEqual({ kind: 'tcp', host: '10.0.0.5', port: 4001 });
  expect(parsePort('tcp://[::1]:4001')).toEqual({ kind: 'tcp', host: '::1', port: 4001 });
  expect(parsePort('/dev/ttyUSB0')).toEqual({ kind: 'serial', path: '/dev/ttyUSB0' });
  expect(parsePort('serial:COM3')).toEqual({ kind: 'serial', path: 'COM3' });
  expect(() => parsePort('tcp://host')).toThrow(/tcp:\/\/host:port/);
  expect(() => parsePort('tcp://host:70000')).toThrow(/bad TCP port/);
  expect(openTransport({ port: 'tcp://127.0.0.1:9', baud: 9600 }).id).toBe('tcp://127.0.0.1:9');
  expect(openTransport({ port: '/dev/ttyS9', baud: 9600 }).id).toBe('serial:/dev/ttyS9@9600');
});

test('serial (SerialPortMock): reads, writes, and after the port closes under it, reconnects by itself', async () => {
  SerialPortMock.binding.createPort('/dev/ttyMOCK0', { echo: false, record: true });
  const ports: SerialPortMock[] = [];
  const serial = track(
    new SerialTransport({
      path: '/dev/ttyMOCK0',
      baudRate: 9600,
      backoff: quickBackoff,
      createPort: (path, baudRate) => {
        const port = new SerialPortMock({ path, baudRate, autoOpen: false });
        ports.push(port);
        return port;
      },
    }),
  );
  await serial.open();
  expect(serial.connected).toBe(true);
  const got = next(serial, 'data');
  ports[0]!.port!.emitData(Buffer.from([1, 2, 3]));
  expect(await got).toEqual([Buffer.from([1, 2, 3])]);
  await serial.write(Uint8Array.of(0xaa, 0x55));
  expect(ports[0]!.port!.recording).toEqual(Buffer.from([0xaa, 0x55]));

  const dropped = next(serial, 'disconnect');
  const back = next(serial, 'connect');
  ports[0]!.close();
  await dropped;
  await expect(serial.write(Uint8Array.of(1))).rejects.toMatchObject({ code: 'not_connected', message: expect.stringMatching(/not connected/) });
  await back;
  expect(ports).toHaveLength(2);
  await serial.write(Uint8Array.of(7));
  expect(ports[1]!.port!.recording).toEqual(Buffer.from([7]));
});

test('serial (SerialPortMock): a write while serialport is closing the port is refused at once, where serialport would hold it for ever', async () => {
  SerialPortMock.binding.createPort('/dev/ttyMOCK2', { echo: false, record: true });
  const ports: SerialPortMock[] = [];
  const serial = track(
    new SerialTransport({
      path: '/dev/ttyMOCK2',
      baudRate: 9600,
      backoff: quickBackoff,
      createPort: (path, baudRate) => (ports.push(new SerialPortMock({ path, baudRate, autoOpen: false })), ports.at(-1)!),
    }),
  );
  await serial.open();
  // What serialport does by itself when a read fails on a pulled adapter: it starts closing the port,
  // and says so ('close') only once done. The transport has heard nothing yet.
  const raw = ports[0]!;
  let rawWriteSettled = false;
  raw.close();
  raw.write(Buffer.from([9]), () => (rawWriteSettled = true)); // the premise: this one waits for an 'open'
  expect(serial.connected).toBe(true);
  const dropped = next(serial, 'disconnect');
  const back = next(serial, 'connect');
  await expect(serial.write(Uint8Array.of(1))).rejects.toMatchObject({ code: 'not_connected' });
  expect(await dropped).toEqual(['the port is closing', 'link_lost']);
  await back; // a new port: writes go out again
  await serial.write(Uint8Array.of(7));
  expect(ports[1]!.port!.recording).toEqual(Buffer.from([7]));
  expect(rawWriteSettled).toBe(false); // serialport's own write on the closed port never completed
});

test('serial: a write in flight when the port closes under it fails at once with link_lost', async () => {
  const { serial, ports } = wedged();
  await serial.open();
  const pending = serial.write(Uint8Array.of(1, 2, 3));
  const dropped = next(serial, 'disconnect');
  ports[0]!.isOpen = false;
  ports[0]!.emit('close', new Error('bad file descriptor'));
  await expect(pending).rejects.toMatchObject({ code: 'link_lost' });
  expect(await dropped).toEqual(['bad file descriptor', 'link_lost']);
  await expect(serial.write(Uint8Array.of(4))).rejects.toMatchObject({ code: 'not_connected' });
});

test('serial: every write has a deadline from its bytes at the baud plus the margin; past it the link is made anew', async () => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
  const { serial, ports } = wedged({ writeMarginMs: 1000 });
  await serial.open();
  let outcome: unknown = null;
  const dropped = next(serial, 'disconnect');
  serial.write(new Uint8Array(96)).catch((error: unknown) => (outcome = error)); // 96 bytes at 9600 8N1: 100 ms on the wire
  await vi.advanceTimersByTimeAsync(1099);
  expect(outcome).toBeNull();
  expect(serial.connected).toBe(true);
  await vi.advanceTimersByTimeAsync(1);
  await new Promise((resolve) => setImmediate(resolve)); // the deadline's last look, after pending I/O
  expect(outcome).toMatchObject({ code: 'write_timeout', message: expect.stringMatching(/96 bytes not written within 1100 ms/) });
  expect((await dropped)[1]).toBe('write_timeout');
  const back = next(serial, 'connect');
  await vi.advanceTimersByTimeAsync(quickBackoff.maxMs);
  await back;
  expect(ports).toHaveLength(2);
});

test('serial: close() fails a write in flight with closed; writes after it are refused', async () => {
  const { serial } = wedged();
  await serial.open();
  const pending = serial.write(Uint8Array.of(1));
  await serial.close();
  await expect(pending).rejects.toMatchObject({ code: 'closed' });
  await expect(serial.write(Uint8Array.of(1))).rejects.toMatchObject({ code: 'closed' });
});

test('serial: a port that is missing at start is retried until it appears; the first open says why it failed', async () => {
  const serial = track(
    new SerialTransport({
      path: '/dev/ttyMOCK1',
      baudRate: 9600,
      backoff: quickBackoff,
      createPort: (path, baudRate) => new SerialPortMock({ path, baudRate, autoOpen: false }),
    }),
  );
  await expect(serial.open()).rejects.toThrow(/ttyMOCK1/);
  const connected = next(serial, 'connect');
  SerialPortMock.binding.createPort('/dev/ttyMOCK1');
  await connected;
  expect(serial.connected).toBe(true);
});

test('TCP: connects to a serial server, notices it drop the connection, reconnects; retries while it is down', async () => {
  const server = track(new TcpListenerTransport());
  await server.open();
  const client = track(new TcpTransport({ host: '127.0.0.1', port: server.listeningPort, backoff: quickBackoff }));
  const attached = next(server, 'connect');
  await client.open();
  await attached;
  const got = next(server, 'data');
  await client.write(Buffer.from('hello'));
  expect(Buffer.concat((await got) as Buffer[]).toString()).toBe('hello');

  const dropped = next(client, 'disconnect');
  const reattached = next(server, 'connect');
  server.dropHost();
  await dropped;
  await reattached;
  await eventually(() => client.connected);
  const back = next(client, 'data');
  await server.write(Buffer.from('again'));
  expect(Buffer.concat((await back) as Buffer[]).toString()).toBe('again');

  // The server itself goes away, then comes back on the same port.
  const port = server.listeningPort;
  const down = next(client, 'disconnect');
  await server.close();
  await down;
  const revived = track(new TcpListenerTransport('127.0.0.1', port));
  const returned = next(revived, 'connect');
  await revived.open();
  await returned;
  await eventually(() => client.connected);
});

test('TCP: nobody listening: open rejects with the reason, close stops the retries', async () => {
  const client = new TcpTransport({ host: '127.0.0.1', port: 1, backoff: quickBackoff });
  await expect(client.open()).rejects.toThrow(/ECONNREFUSED/);
  await client.close();
  await expect(client.open()).rejects.toThrow(/closed/);
});

test.skipIf(!HAVE_SOCAT)('serial on a kernel PTY pair: bytes both ways; the adapter pulled and plugged back in is reconnected', async () => {
  const rig = socatPairs();
  try {
    const pair = await rig.pair('cable');
    const hall = track(new SerialTransport({ path: pair.hostPath, baudRate: 9600, backoff: quickBackoff, presenceCheckMs: 50 }));
    const device = track(new SerialTransport({ path: pair.devicePath, baudRate: 9600, backoff: quickBackoff, presenceCheckMs: 50 }));
    await hall.open();
    await device.open();
    const got = next(device, 'data');
    await hall.write(Buffer.from([0xff, 0x68]));
    expect(await got).toEqual([Buffer.from([0xff, 0x68])]);

    const dropped = next(hall, 'disconnect');
    const hallBack = next(hall, 'connect');
    const deviceBack = next(device, 'connect');
    await pair.stop(); // unplugged: both PTYs vanish; nothing is written, the presence check notices
    expect(String((await dropped)[0])).not.toBe(''); // the port's own error, or the presence check's
    await expect(hall.write(Buffer.from([1]))).rejects.toThrow(/not connected/);

    await pair.start(); // plugged back in: new PTYs under the same names
    await Promise.all([hallBack, deviceBack]);
    const again = next(hall, 'data');
    await device.write(Buffer.from('ok'));
    expect(Buffer.concat((await again) as Buffer[]).toString()).toBe('ok');
  } finally {
    await rig.cleanup();
  }
});

if (!HAVE_SOCAT) console.warn(NO_SOCAT);
