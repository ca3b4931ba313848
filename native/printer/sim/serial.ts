// The virtual printer on a serial line: a PTY pair made by socat (a real kernel tty, as a USB-serial
// printer would appear), the printer reading one end through serialport and the hall opening the other.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SerialPort } from 'serialport';
import type { VirtualPrinter } from './virtual-printer';

export interface PtyPair {
  /** The end the hall's printer driver opens. */
  hostPath: string;
  /** The end the virtual printer reads. */
  printerPath: string;
  close(): Promise<void>;
}

export async function makePtyPair(timeoutMs = 3000): Promise<PtyPair> {
  const dir = mkdtempSync(join(tmpdir(), 'tongban-pty-'));
  const hostPath = join(dir, 'host');
  const printerPath = join(dir, 'printer');
  const socat: ChildProcess = spawn('socat', [`pty,raw,echo=0,link=${printerPath}`, `pty,raw,echo=0,link=${hostPath}`], { stdio: 'ignore' });
  const exited = new Promise<void>((resolve) => socat.once('exit', () => resolve()));
  socat.once('error', () => {});
  const started = Date.now();
  while (!(existsSync(hostPath) && existsSync(printerPath))) {
    if (socat.exitCode !== null || socat.pid === undefined) throw new Error('socat could not make a PTY pair (is socat installed?)');
    if (Date.now() - started > timeoutMs) {
      socat.kill();
      throw new Error(`socat made no PTY pair within ${timeoutMs} ms`);
    }
    await new Promise((r) => setTimeout(r, 20));
  }
  return {
    hostPath,
    printerPath,
    async close() {
      if (socat.exitCode === null) socat.kill();
      await exited;
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Attaches the virtual printer to a serial device; resolves once the port is open. */
export async function servePrinterSerial(printer: VirtualPrinter, path: string, baudRate = 9600): Promise<{ close(): Promise<void> }> {
  const port = new SerialPort({ path, baudRate, autoOpen: false });
  await new Promise<void>((resolve, reject) => port.open((error) => (error ? reject(error) : resolve())));
  const session = printer.session((bytes) => port.write(bytes));
  port.on('data', (chunk: Buffer) => session.push(chunk));
  port.on('error', () => {});
  return {
    close: () =>
      new Promise<void>((resolve) => {
        session.end();
        if (!port.isOpen) return resolve();
        port.close(() => resolve());
      }),
  };
}
