// The other two interfaces and the config: a serial printer on a real kernel tty (socat PTY pair)
// through the hall bus's SerialTransport, a device file, and config errors that name the field.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, expect, test } from 'vitest';
import { startDevices } from '../../electron/devices';
import { DevicesConfigError, parseDevicesConfig } from '../../electron/devices/config';
import { startPrinting } from '../../electron/devices/printing';
import { ticketLines } from '../../native/printer/escpos/decoded-ticket';
import { makePtyPair, servePrinterSerial } from '../../native/printer/sim/serial';
import { VirtualPrinter } from '../../native/printer/sim/virtual-printer';
import { issue, login, openSeededHall } from '../support/hall';
import { decodeAll, eventually } from './support';

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

async function hallWith(printer: Record<string, unknown>) {
  const t = openSeededHall();
  cleanups.push(() => t.cleanup());
  const results: { number: string; ok: boolean; printer: string }[] = [];
  t.hall.subscribe((e) => e.name === 'print.result' && results.push(e.data));
  const config = parseDevicesConfig({ printer: { statusEveryMs: 0, timeoutMs: 500, ...printer } });
  const devices = await startDevices({ hall: t.hall, config, demo: false, dataDir: t.dataDir, log: () => {} }, [startPrinting]);
  cleanups.push(() => devices.close());
  return { t, results, devices };
}

test('serial: a ticket over a socat PTY pair reaches the virtual printer; paper out is seen over the line too', async () => {
  const pty = await makePtyPair();
  cleanups.push(() => pty.close());
  const printer = new VirtualPrinter();
  const serial = await servePrinterSerial(printer, pty.printerPath);
  cleanups.push(() => serial.close());
  const { t, results, devices } = await hallWith({ interface: 'serial', address: pty.hostPath, baudRate: 19200 });
  const kiosk = login(t.hall, 'kiosk');
  issue(t.hall, kiosk, 'D');
  await eventually(() => results.length === 1, 'print result');
  expect(results[0]).toMatchObject({ number: 'D001', ok: true, printer: 'ok' });
  expect(ticketLines(printer.tickets[0]!.ticket)).toContain('D001');
  expect(printer.tickets[0]!.ticket.warnings).toEqual([]);
  expect(devices.status()[0]!.port).toBe(`serial:${pty.hostPath}@19200`);

  printer.setState('paper_out');
  issue(t.hall, kiosk, 'D');
  await eventually(() => results.length === 2, 'second result');
  expect(results[1]).toMatchObject({ number: 'D002', ok: false, printer: 'paper_out' });
  expect(printer.tickets).toHaveLength(1);
});

test('device file: the ticket bytes are appended; the paper state cannot be read back', async () => {
  const probe = openSeededHall();
  const file = join(probe.dataDir, 'lp0');
  cleanups.push(() => probe.cleanup());
  const { t, results, devices } = await hallWith({ interface: 'file', address: file });
  issue(t.hall, login(t.hall, 'kiosk'), 'E');
  await eventually(() => results.length === 1, 'print result');
  expect(results[0]).toMatchObject({ number: 'E001', ok: true });
  const [ticket] = decodeAll(readFileSync(file)).tickets;
  expect(ticketLines(ticket!)).toContain('E001');
  expect(devices.status()[0]).toMatchObject({ port: `file:${file}`, lastSeen: null });
});

test('a device file that cannot be written: the ticket fails as offline, with the reason', async () => {
  const { t, results } = await hallWith({ interface: 'file', address: '/nonexistent-dir/lp0' });
  issue(t.hall, login(t.hall, 'kiosk'), 'E');
  await eventually(() => results.length === 1, 'print result');
  expect(results[0]).toMatchObject({ ok: false, printer: 'offline', error: expect.stringContaining('ENOENT') });
});

test.each([
  [{ interface: 'usb', address: 'x' }, /printer\.interface/],
  [{ interface: 'tcp', address: '10.0.0.9:99999' }, /printer\.address: not a host or host:port/],
  [{ interface: 'tcp', address: '10.0.0.9', width: 76 }, /printer\.width/],
  [{ interface: 'tcp', address: '10.0.0.9', qr: '取号{number}' }, /printer\.qr: .*ASCII/],
  [{ interface: 'tcp', address: '10.0.0.9', notice: ['x'.repeat(121)] }, /printer\.notice\.0/],
  [{ interface: 'tcp', address: '10.0.0.9', paper: 80 }, /printer: .*paper/],
])('config %j is refused naming the field', (printer, message) => {
  expect(() => parseDevicesConfig({ printer }, 'hall.json')).toThrow(DevicesConfigError);
  expect(() => parseDevicesConfig({ printer }, 'hall.json')).toThrow(message);
});

test('config defaults: 80 mm, zh-CN, GBK, the QR code of the progress page, two retries', () => {
  expect(parseDevicesConfig({ printer: { interface: 'tcp', address: 'printer.local' } }).printer).toMatchObject({
    width: 80,
    language: 'zh-CN',
    codePage: 'gbk',
    qr: 'progress',
    retries: 2,
    notice: [],
    cut: 'partial',
  });
});
