// A TCP connection to a serial device server (common in halls: the RS-485 bus on a small box on the
// LAN) or a network printer, reconnecting with backoff when it drops. Keepalive notices a server
// that vanished without closing the connection.
import { Socket } from 'node:net';
import type { BackoffSteps } from '../../electron/shared/backoff';
import { ReconnectingTransport } from './reconnecting-transport';
import { TransportError } from './transport';

export interface TcpOptions {
  host: string;
  port: number;
  backoff?: Partial<BackoffSteps>;
  /** Give up one connection attempt after this long, ms (default 3000). */
  connectTimeoutMs?: number;
  /** The serial line's baud behind the server, for write deadlines (default 9600). */
  baud?: number;
  /** Added to a write's wire time for its deadline, ms (default WRITE_MARGIN_MS). */
  writeMarginMs?: number;
}

export class TcpTransport extends ReconnectingTransport {
  private socket: Socket | null = null;

  constructor(private readonly options: TcpOptions) {
    super(`tcp://${options.host}:${options.port}`, options.backoff, { baud: options.baud ?? 9600, marginMs: options.writeMarginMs });
  }

  protected override linkWritable(): boolean {
    return this.socket !== null && !this.socket.destroyed && this.socket.writable;
  }

  protected connectLink(): Promise<void> {
    const socket = new Socket();
    this.socket = socket;
    return new Promise((resolve, reject) => {
      const fail = (error: Error) => {
        socket.destroy();
        reject(error);
      };
      socket.setTimeout(this.options.connectTimeoutMs ?? 3000, () => fail(new Error(`${this.id}: connect timed out`)));
      socket.once('error', fail);
      socket.connect(this.options.port, this.options.host, () => {
        socket.off('error', fail);
        socket.setTimeout(0);
        socket.setNoDelay(true);
        socket.setKeepAlive(true, 5000);
        socket.on('data', (chunk: Buffer) => this.received(chunk));
        socket.on('error', (error) => this.report(error));
        socket.on('close', () => this.linkLost('connection closed'));
        resolve();
      });
    });
  }

  protected writeLink(bytes: Uint8Array): Promise<void> {
    const socket = this.socket;
    if (!socket) return Promise.reject(new TransportError('not_connected', `${this.id} has no socket`));
    return new Promise((resolve, reject) => socket.write(bytes, (error) => (error ? reject(error) : resolve())));
  }

  protected async closeLink(): Promise<void> {
    const socket = this.socket;
    this.socket = null;
    if (!socket) return;
    socket.removeAllListeners();
    socket.on('error', () => {});
    socket.destroy();
  }
}
