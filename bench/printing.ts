// Tap → last byte of the ticket at the printer's port, against a raw TCP write of the same bytes in the
// same run. The "printer" is a bare TCP sink on its own thread (bench/printer-sink.mjs) that answers
// status queries at once and notes when each ticket's last byte (the cut and ESC @) arrives.
// - tap: tickets.issue dispatched as the kiosk does, then the print queue: status query, ticket bytes
//   (laid out, GBK-encoded, with QR), the status query after; one tap at a time. Of which issue: the
//   dispatch alone (validation and the SQLite commit), which any ticket pays, printed or not.
// - raw: connect, write the same ticket's bytes, close: the wire and the sockets alone.
// Alternating blocks, so a noisy moment of the machine falls on both.
import { mkdtempSync, rmSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { IssuedTicket, Session } from '../electron/contract';
import { ManualClock } from '../electron/core/clock';
import { openHall } from '../electron/core/hall';
import { startDevices } from '../electron/devices';
import { parseDevicesConfig } from '../electron/devices/config';
import { startPrinting } from '../electron/devices/printing';
import { DEMO_NOTICE } from '../electron/devices/printing/demo-printer';
import { ticketTexts } from '../electron/devices/printing/ticket-text';
import { ticketBytes } from '../native/printer/ticket-layout';
import { MONDAY_9AM, summarize } from './util';

const absNow = () => performance.timeOrigin + performance.now();
const SERVICES = ['A', 'B', 'C', 'D', 'E', 'F', 'Z'];

async function sink() {
  const worker = new Worker(new URL('./printer-sink.mjs', import.meta.url));
  const port = await new Promise<number>((resolve) => worker.once('message', (m: { port: number }) => resolve(m.port)));
  let waiting: ((at: number) => void) | null = null;
  worker.on('message', (m: { type: string; at: number }) => {
    if (m.type === 'ticket' && waiting) {
      const w = waiting;
      waiting = null;
      w(m.at);
    }
  });
  return {
    port,
    nextTicket: () => new Promise<number>((resolve) => (waiting = resolve)),
    close: () => worker.terminate(),
  };
}

function rawWrite(port: number, bytes: Buffer): Promise<void> {
  return new Promise((resolve, reject) => {
    const socket = connect({ host: '127.0.0.1', port }, () => {
      socket.setNoDelay(true);
      socket.end(bytes, () => resolve());
    });
    socket.on('error', reject);
  });
}

export async function benchPrinting(tickets = 1000, blocks = 10) {
  const printer = await sink();
  const dataDir = mkdtempSync(join(tmpdir(), 'tongban-bench-print-'));
  const hall = openHall({ dataDir, demo: true, clock: new ManualClock(MONDAY_9AM), log: () => {} });
  const config = parseDevicesConfig({ printer: { interface: 'tcp', address: `127.0.0.1:${printer.port}`, statusEveryMs: 0, notice: DEMO_NOTICE } });
  const devices = await startDevices({ hall, config, demo: false, dataDir, log: () => {} }, [startPrinting]);
  const kiosk = hall.dispatch('auth.login', { user: 'kiosk', pin: '8888' }, null);
  if (!kiosk.ok) throw new Error('kiosk login failed');
  const session = kiosk.value as Session;
  let printed: () => void = () => {};
  hall.subscribe((e) => e.name === 'print.result' && printed());

  const tap: number[] = [];
  const issue: number[] = [];
  const raw: number[] = [];
  let bytes: Buffer | null = null;
  let n = 0;
  try {
    for (let block = 0; block < blocks; block++) {
      for (let i = 0; i < tickets / blocks; i++) {
        const arrived = printer.nextTicket();
        const done = new Promise<void>((resolve) => (printed = resolve));
        const t0 = absNow();
        const issued = hall.dispatch('tickets.issue', { serviceId: SERVICES[n++ % SERVICES.length] }, session);
        issue.push(absNow() - t0);
        if (!issued.ok) throw new Error(issued.error.message);
        tap.push((await arrived) - t0);
        await done;
        bytes ??= ticketBytes(ticketTexts(hall, config.printer!)({ ticket: issued.value as IssuedTicket, ahead: 0, reprintAt: null }), {
          width: 80,
          cut: 'partial',
        });
      }
      for (let i = 0; i < tickets / blocks; i++) {
        const arrived = printer.nextTicket();
        const t0 = absNow();
        await rawWrite(printer.port, bytes!);
        raw.push((await arrived) - t0);
      }
    }
  } finally {
    await devices.close();
    hall.close();
    await printer.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
  return { tickets: tap.length, bytes: bytes!.length, tap: summarize(tap), issue: summarize(issue), raw: summarize(raw) };
}
