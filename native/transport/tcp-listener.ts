// The device side of a TCP serial link, for the simulators: it listens as a serial device server
// does, and the host that connects is the other end of the "cable". One host at a time (a new
// connection replaces the old, as on a real serial server). `connected` is true while a host is attached.
import { EventEmitter } from 'node:events';
import { createServer, type AddressInfo, type Server, type Socket } from 'node:net';
import { TransportError, type Transport, type TransportEvents } from './transport';

export class TcpListenerTransport extends EventEmitter<TransportEvents> implements Transport {
  private server: Server | null = null;
  private socket: Socket | null = null;
  private closed = false;

  constructor(
    private readonly host = '127.0.0.1',
    private port = 0,
  ) {
    super();
  }

  get id(): string {
    return `tcp-listen://${this.host}:${this.port}`;
  }

  /** The port actually listened on (after open(), when 0 was asked for). */
  get listeningPort(): number {
    return this.port;
  }

  get connected(): boolean {
    return this.socket !== null && !this.closed;
  }

  /** Resolves once listening (a host connects later and 'connect' says so). */
  async open(): Promise<void> {
    if (this.closed) throw new Error(`${this.id} is closed`);
    if (this.server) return;
    const server = createServer((socket) => this.attach(socket));
    this.server = server;
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(this.port, this.host, () => {
        server.off('error', reject);
        this.port = (server.address() as AddressInfo).port;
        resolve();
      });
    });
  }

  async write(bytes: Uint8Array): Promise<void> {
    const socket = this.socket;
    if (!socket || this.closed) throw new TransportError(this.closed ? 'closed' : 'not_connected', `${this.id} has no host connected`);
    await new Promise<void>((resolve, reject) => socket.write(bytes, (error) => (error ? reject(error) : resolve())));
  }

  /** Drops the current host connection, as pulling the serial server's network cable would. */
  dropHost(): void {
    this.socket?.destroy();
  }

  async close(): Promise<void> {
    this.closed = true;
    this.socket?.destroy();
    const server = this.server;
    this.server = null;
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
    this.removeAllListeners();
  }

  private attach(socket: Socket): void {
    this.socket?.destroy();
    this.socket = socket;
    socket.setNoDelay(true);
    socket.on('data', (chunk: Buffer) => this.emit('data', chunk));
    socket.on('error', () => {});
    socket.on('close', () => {
      if (this.socket !== socket) return;
      this.socket = null;
      if (!this.closed) this.emit('disconnect', 'host disconnected', 'link_lost');
    });
    this.emit('connect');
  }
}
