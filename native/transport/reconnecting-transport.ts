// The reconnect loop shared by the serial and TCP transports: connect, and when the link drops (an
// unplugged USB-RS485 adapter, a serial server rebooting) report it and try again with backoff until
// close(). Subclasses only know how to make one link, write to it and tear it down.
// Writes never hang: one to a link that is not up (or is going down) is refused at once, one in
// flight when the link drops fails with it, and every write has a deadline from its byte count at
// the baud; a write past it means the port is wedged, so the link is dropped and made anew.
import { EventEmitter } from 'node:events';
import { backoffDelay, reconnectBackoff, type BackoffSteps } from '../../electron/shared/backoff';
import { TransportError, type Transport, type TransportErrorCode, type TransportEvents } from './transport';
import { overdueTimer, writeDeadlineMs, WRITE_MARGIN_MS } from './wire-time';

type State = 'idle' | 'connecting' | 'connected' | 'waiting' | 'closed';

export interface WriteDeadline {
  /** The line speed the deadline is computed at (a TCP serial server's bus baud too). */
  baud: number;
  /** Added to the wire time, ms (default WRITE_MARGIN_MS). */
  marginMs?: number;
}

interface InFlight {
  fail(error: TransportError): void;
}

export abstract class ReconnectingTransport extends EventEmitter<TransportEvents> implements Transport {
  private state: State = 'idle';
  private attempt = 0;
  private timer: NodeJS.Timeout | null = null;
  private first: Promise<void> | null = null;
  private readonly inFlight = new Set<InFlight>();

  constructor(
    readonly id: string,
    private readonly backoff: Partial<BackoffSteps> = {},
    private readonly deadline: WriteDeadline = { baud: 9600 },
  ) {
    super();
  }

  /** Makes one link; rejects when it cannot. Calls linkLost() later if the link drops. */
  protected abstract connectLink(): Promise<void>;
  protected abstract writeLink(bytes: Uint8Array): Promise<void>;
  /** Tears the current link down (idempotent, never throws). */
  protected abstract closeLink(): Promise<void>;
  /** False when the link is still up by our state but can no longer take a write (a port already closing). */
  protected linkWritable(): boolean {
    return true;
  }

  get connected(): boolean {
    return this.state === 'connected';
  }

  /**
   * Resolves on the first connection, or rejects with why the first attempt failed. Either way the
   * transport keeps trying in the background until close(): an adapter plugged in after start-up
   * still connects, and its 'connect' event says so.
   */
  open(): Promise<void> {
    if (this.state === 'closed') return Promise.reject(new TransportError('closed', `${this.id} is closed`));
    this.first ??= this.attemptConnect();
    return this.first;
  }

  write(bytes: Uint8Array): Promise<void> {
    if (this.state === 'closed') return Promise.reject(new TransportError('closed', `${this.id} is closed`));
    if (this.state !== 'connected') return Promise.reject(new TransportError('not_connected', `${this.id} is not connected`));
    if (!this.linkWritable()) {
      // The port is going away under us (serialport closes a port it saw fail before it says so).
      this.linkLost('the port is closing', 'link_lost');
      return Promise.reject(new TransportError('not_connected', `${this.id} is not connected (the port is closing)`));
    }
    const ms = writeDeadlineMs(bytes.length, this.deadline.baud, this.deadline.marginMs ?? WRITE_MARGIN_MS);
    return new Promise<void>((resolve, reject) => {
      let cancel: (() => void) | null = null;
      const entry: InFlight = {
        fail: (error) => settle(() => reject(error)),
      };
      const settle = (done: () => void) => {
        if (!this.inFlight.delete(entry)) return;
        cancel?.();
        done();
      };
      this.inFlight.add(entry);
      cancel = overdueTimer(ms, () => {
        if (!this.inFlight.has(entry)) return;
        const message = `${bytes.length} bytes not written within ${ms} ms`;
        entry.fail(new TransportError('write_timeout', `${this.id}: ${message}`));
        this.linkLost(`write timed out (${message})`, 'write_timeout');
      });
      this.writeLink(bytes).then(
        () => settle(resolve),
        (error: Error) => {
          // A write that fails on an open port means the device behind it is gone (EIO on a pulled adapter).
          entry.fail(new TransportError('link_lost', `${this.id}: write failed: ${error.message}`));
          this.linkLost(`write failed: ${error.message}`, 'link_lost');
        },
      );
    });
  }

  async close(): Promise<void> {
    this.state = 'closed';
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.failInFlight('closed', `${this.id} was closed`);
    await this.closeLink();
    this.removeAllListeners();
  }

  /** For subclasses: the link received bytes. */
  protected received(chunk: Buffer): void {
    if (this.state === 'connected') this.emit('data', chunk);
  }

  /** For subclasses: the link dropped. Reported once per connection, then reconnecting starts. */
  protected linkLost(reason: string, code: TransportErrorCode = 'link_lost'): void {
    if (this.state !== 'connected') return;
    this.state = 'waiting';
    this.failInFlight(code === 'write_timeout' ? 'write_timeout' : 'link_lost', `${this.id}: ${reason}`);
    void this.closeLink();
    this.emit('disconnect', reason, code);
    this.scheduleReconnect();
  }

  /** For subclasses: an error that did not change the link state. Never throws for want of a listener. */
  protected report(error: Error): void {
    if (this.listenerCount('error') > 0) this.emit('error', error);
  }

  private failInFlight(code: TransportErrorCode, message: string): void {
    for (const entry of [...this.inFlight]) entry.fail(new TransportError(code, message));
  }

  private async attemptConnect(): Promise<void> {
    this.state = 'connecting';
    try {
      await this.connectLink();
    } catch (error) {
      if (this.isClosed()) return;
      await this.closeLink();
      this.state = 'waiting';
      this.scheduleReconnect();
      throw error;
    }
    if (this.isClosed()) {
      await this.closeLink(); // close() ran while connecting
      return;
    }
    this.attempt = 0;
    this.state = 'connected';
    this.emit('connect');
  }

  /** A method, not a field test: close() may have run during an await. */
  private isClosed(): boolean {
    return this.state === 'closed';
  }

  private scheduleReconnect(): void {
    if (this.state === 'closed' || this.timer) return;
    const { initialMs, maxMs, factor } = this.backoff;
    const delay = backoffDelay(this.attempt++, {
      ...reconnectBackoff,
      initialMs: initialMs ?? reconnectBackoff.initialMs,
      maxMs: maxMs ?? reconnectBackoff.maxMs,
      factor,
    });
    this.timer = setTimeout(() => {
      this.timer = null;
      if (this.state !== 'waiting') return;
      this.attemptConnect().catch((error: Error) => this.report(error));
    }, delay);
    this.timer.unref();
  }
}
