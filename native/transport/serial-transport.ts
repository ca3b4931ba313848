// A serial port (a USB-RS485 adapter, or one end of a socat PTY pair) that reconnects by itself.
// Pulling an adapter does not always make the port say so (a PTY whose other end died reports
// nothing until the next write), so a presence check watches the device node: when it vanishes or
// is replaced by a new one (the adapter plugged back in, socat restarted), the link is treated as lost.
// serialport closes a port by itself when a read fails (EIO on a pulled adapter) and only says so
// when the close is done; a write issued meanwhile would wait for an 'open' that never comes, so a
// port that is no longer open refuses writes at once (ReconnectingTransport.linkWritable).
import { stat } from 'node:fs/promises';
import { SerialPort } from 'serialport';
import type { BackoffSteps } from '../../electron/shared/backoff';
import { ReconnectingTransport } from './reconnecting-transport';
import { TransportError } from './transport';

/** What this transport uses of a serialport port object (SerialPort, or SerialPortMock in tests). */
export interface SerialPortLike {
  readonly isOpen: boolean;
  open(callback: (error: Error | null) => void): void;
  write(data: Buffer, callback: (error: Error | null | undefined) => void): boolean;
  close(callback: (error?: Error | null) => void): void;
  on(event: 'data' | 'close' | 'error', listener: (arg: any) => void): this;
  removeAllListeners(): this;
}

export interface SerialOptions {
  path: string;
  baudRate: number;
  backoff?: Partial<BackoffSteps>;
  /** Added to a write's wire time for its deadline, ms (default WRITE_MARGIN_MS). */
  writeMarginMs?: number;
  /** How often to check that the device node is still the one opened, ms (0 = never; default 500). */
  presenceCheckMs?: number;
  /** Makes the port object (tests pass SerialPortMock); default: the real serialport. */
  createPort?: (path: string, baudRate: number) => SerialPortLike;
}

const realPort = (path: string, baudRate: number): SerialPortLike => new SerialPort({ path, baudRate, autoOpen: false });

/** The identity of a device node: a replugged adapter or a new PTY is a new node even under the same name. */
async function nodeIdentity(path: string): Promise<string | null> {
  try {
    const s = await stat(path);
    return `${s.dev}:${s.ino}:${s.rdev}:${s.birthtimeMs}`;
  } catch {
    return null;
  }
}

export class SerialTransport extends ReconnectingTransport {
  private port: SerialPortLike | null = null;
  private presence: NodeJS.Timeout | null = null;

  constructor(private readonly options: SerialOptions) {
    super(`serial:${options.path}@${options.baudRate}`, options.backoff, { baud: options.baudRate, marginMs: options.writeMarginMs });
  }

  /** The port itself is open (false while serialport closes it, even before the link is reported lost). */
  get portOpen(): boolean {
    return this.port?.isOpen === true;
  }

  protected override linkWritable(): boolean {
    return this.portOpen;
  }

  protected async connectLink(): Promise<void> {
    const { path, baudRate } = this.options;
    const port = (this.options.createPort ?? realPort)(path, baudRate);
    this.port = port;
    await new Promise<void>((resolve, reject) => port.open((error) => (error ? reject(error) : resolve())));
    const identity = this.options.createPort ? null : await nodeIdentity(path);
    port.on('data', (chunk: Buffer) => this.received(chunk));
    port.on('close', (error?: Error | null) => this.linkLost(error ? error.message : 'port closed'));
    port.on('error', (error: Error) => this.report(error));
    const every = this.options.presenceCheckMs ?? 500;
    if (identity !== null && every > 0) {
      this.presence = setInterval(() => {
        void nodeIdentity(path).then((now) => {
          if (this.port === port && now !== identity) this.linkLost(now === null ? `${path} is gone` : `${path} was replaced`);
        });
      }, every);
      this.presence.unref();
    }
  }

  protected writeLink(bytes: Uint8Array): Promise<void> {
    const port = this.port;
    if (!port) return Promise.reject(new TransportError('not_connected', `${this.id} has no port`));
    return new Promise((resolve, reject) => {
      port.write(Buffer.from(bytes), (error) => (error ? reject(error) : resolve()));
    });
  }

  protected async closeLink(): Promise<void> {
    if (this.presence) clearInterval(this.presence);
    this.presence = null;
    const port = this.port;
    this.port = null;
    if (!port) return;
    port.removeAllListeners();
    port.on('error', () => {}); // a late error from a dying port must not crash the hall
    if (!port.isOpen) return;
    await new Promise<void>((resolve) => port.close(() => resolve()));
  }
}
