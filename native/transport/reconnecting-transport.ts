// The reconnect loop shared by the serial and TCP transports: connect, and when the link drops (an
// unplugged USB-RS485 adapter, a serial server rebooting) report it and try again with backoff until
// close(). Subclasses only know how to make one link, write to it and tear it down.
import { EventEmitter } from 'node:events';
import { backoffDelay, type BackoffOptions } from './backoff';
import type { Transport, TransportEvents } from './transport';

type State = 'idle' | 'connecting' | 'connected' | 'waiting' | 'closed';

export abstract class ReconnectingTransport extends EventEmitter<TransportEvents> implements Transport {
  private state: State = 'idle';
  private attempt = 0;
  private timer: NodeJS.Timeout | null = null;
  private first: Promise<void> | null = null;

  constructor(
    readonly id: string,
    private readonly backoff: BackoffOptions = {},
  ) {
    super();
  }

  /** Makes one link; rejects when it cannot. Calls linkLost() later if the link drops. */
  protected abstract connectLink(): Promise<void>;
  protected abstract writeLink(bytes: Uint8Array): Promise<void>;
  /** Tears the current link down (idempotent, never throws). */
  protected abstract closeLink(): Promise<void>;

  get connected(): boolean {
    return this.state === 'connected';
  }

  /**
   * Resolves on the first connection, or rejects with why the first attempt failed. Either way the
   * transport keeps trying in the background until close(): an adapter plugged in after start-up
   * still connects, and its 'connect' event says so.
   */
  open(): Promise<void> {
    if (this.state === 'closed') return Promise.reject(new Error(`${this.id} is closed`));
    this.first ??= this.attemptConnect();
    return this.first;
  }

  async write(bytes: Uint8Array): Promise<void> {
    if (this.state !== 'connected') throw new Error(`${this.id} is not connected`);
    try {
      await this.writeLink(bytes);
    } catch (error) {
      // A write that fails on an open port means the device behind it is gone (EIO on a pulled adapter).
      this.linkLost(`write failed: ${(error as Error).message}`);
      throw error;
    }
  }

  async close(): Promise<void> {
    this.state = 'closed';
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    await this.closeLink();
    this.removeAllListeners();
  }

  /** For subclasses: the link received bytes. */
  protected received(chunk: Buffer): void {
    if (this.state === 'connected') this.emit('data', chunk);
  }

  /** For subclasses: the link dropped. Reported once per connection, then reconnecting starts. */
  protected linkLost(reason: string): void {
    if (this.state !== 'connected') return;
    this.state = 'waiting';
    void this.closeLink();
    this.emit('disconnect', reason);
    this.scheduleReconnect();
  }

  /** For subclasses: an error that did not change the link state. Never throws for want of a listener. */
  protected report(error: Error): void {
    if (this.listenerCount('error') > 0) this.emit('error', error);
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
    const delay = backoffDelay(this.attempt++, this.backoff);
    this.timer = setTimeout(() => {
      this.timer = null;
      if (this.state !== 'waiting') return;
      this.attemptConnect().catch((error: Error) => this.report(error));
    }, delay);
    this.timer.unref();
  }
}
