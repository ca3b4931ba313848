// One interface for every byte pipe to a device: a serial port (USB-RS485 adapters), a TCP
// connection (serial device servers, network printers) or an in-memory twin for tests and
// simulators. Drivers above it are pure encoders/decoders and never know which one they have.
import { EventEmitter } from 'node:events';

/**
 * Why a write failed or a link dropped, as a code the device status and the console can rely on:
 * - not_connected: refused at once, the link is not up (or the port is closing);
 * - link_lost: the link dropped (adapter pulled, socket closed, EIO), pending writes fail with it;
 * - write_timeout: a write did not complete within its deadline (bytes at the baud, plus a margin);
 * - closed: the transport was closed for good.
 */
export type TransportErrorCode = 'not_connected' | 'link_lost' | 'write_timeout' | 'closed';

export class TransportError extends Error {
  constructor(
    readonly code: TransportErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'TransportError';
  }
}

/** 'code: message' for a transport error, the message for anything else (what the console shows). */
export function describeError(error: Error): string {
  return error instanceof TransportError ? `${error.code}: ${error.message}` : error.message;
}

export interface TransportEvents {
  /** Bytes as they arrive; frames may be split or merged anywhere. */
  data: [chunk: Buffer];
  connect: [];
  /** The link dropped (unplugged adapter, closed socket). Reconnecting transports keep trying. */
  disconnect: [reason: string, code: TransportErrorCode];
  /** A failure that did not change the link state (a failed write, a refused reconnect). */
  error: [error: Error];
}

export interface Transport extends EventEmitter<TransportEvents> {
  /** Where it goes, for logs and the console: 'serial:/dev/ttyUSB0@9600', 'tcp://10.0.0.5:4001', 'memory:led'. */
  readonly id: string;
  readonly connected: boolean;
  /** Starts connecting; resolves once connected the first time (or rejects with why not). */
  open(): Promise<void>;
  /**
   * Rejects at once with a TransportError 'not_connected' when the link is not up (the caller
   * decides whether to queue, drop or retry); a write in flight when the link drops fails with
   * 'link_lost'. Reconnecting transports also give every write a deadline ('write_timeout').
   */
  write(bytes: Uint8Array): Promise<void>;
  /** Stops for good: no more reconnects, no more events. */
  close(): Promise<void>;
}

/**
 * The in-memory twin: two connected ends, what one writes the other receives (asynchronously, as a
 * real link would). `unplug()` and `plug()` simulate pulling and reinserting the cable.
 */
export class MemoryTransport extends EventEmitter<TransportEvents> implements Transport {
  private peer: MemoryTransport | null = null;
  private linked = true;
  private opened = false;
  private closed = false;

  constructor(readonly id: string) {
    super();
  }

  static pair(name = 'memory'): [MemoryTransport, MemoryTransport] {
    const a = new MemoryTransport(`memory:${name}:a`);
    const b = new MemoryTransport(`memory:${name}:b`);
    a.peer = b;
    b.peer = a;
    return [a, b];
  }

  get connected(): boolean {
    return this.opened && !this.closed && this.linked;
  }

  async open(): Promise<void> {
    if (this.closed) throw new Error(`${this.id} is closed`);
    if (!this.linked) throw new Error(`${this.id} is unplugged`);
    this.opened = true;
    this.emit('connect');
  }

  async write(bytes: Uint8Array): Promise<void> {
    if (!this.connected) throw new TransportError(this.closed ? 'closed' : 'not_connected', `${this.id} is not connected`);
    const peer = this.peer;
    const copy = Buffer.from(bytes);
    if (peer?.connected) setImmediate(() => peer.connected && peer.emit('data', copy));
  }

  async close(): Promise<void> {
    this.closed = true;
    this.removeAllListeners();
  }

  unplug(): void {
    for (const end of [this, this.peer]) {
      if (!end || !end.linked) continue;
      end.linked = false;
      if (end.opened && !end.closed) end.emit('disconnect', 'unplugged', 'link_lost');
    }
  }

  plug(): void {
    for (const end of [this, this.peer]) {
      if (!end || end.linked) continue;
      end.linked = true;
      if (end.opened && !end.closed) end.emit('connect');
    }
  }
}
