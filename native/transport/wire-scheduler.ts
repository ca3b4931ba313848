// Paces writes on a half-duplex bus (RS-485) as the wire really would: a PTY or a USB adapter
// accepts bytes instantly, but at 9600 baud each byte takes ~1.04 ms to leave, and devices need a
// quiet gap between frames. Jobs are keyed: putting a job under a key that is still waiting replaces
// it (in place), so a screen updated ten times while the bus was busy gets only its latest state.
// A write that does not complete within its deadline (its bytes at the baud plus a margin) is failed
// here too, whatever the transport: the scheduler can never stay busy for ever, and the fault stays
// recorded (the device status shows it) until a frame goes out again.
import { TransportError, type Transport } from './transport';
import { overdueTimer, wireTimeMs, writeDeadlineMs, WRITE_MARGIN_MS } from './wire-time';

export { BITS_PER_BYTE_8N1, wireTimeMs } from './wire-time';

export interface WireTiming {
  baud: number;
  /** Quiet time after each frame before the next one may start, ms. */
  gapMs: number;
  /** Added to a write's wire time for its deadline, ms (default WRITE_MARGIN_MS). */
  writeMarginMs?: number;
}

/** A write that missed its deadline: the bus is not getting frames out. */
export interface WireFault {
  code: 'write_timeout';
  message: string;
  /** performance.now() when it was noticed. */
  at: number;
}

export interface Wire {
  /** Writes one frame; resolves when its last byte would have left at the configured baud. */
  send(bytes: Uint8Array): Promise<void>;
}

/** One unit of bus work: usually one frame, or a frame, its reply and its retries. */
export type WireJob = (wire: Wire) => Promise<void>;

export interface WireStats {
  frames: number;
  bytes: number;
  /** The time those bytes need on the wire at this baud, ms (the physical lower bound). */
  wireMs: number;
  /** Writes that missed their deadline. */
  timeouts: number;
}

/** Waits until performance.now() reaches `at`: timers round to whole ms and may fire a little early. */
async function sleepUntil(at: number): Promise<void> {
  for (let left = at - performance.now(); left > 0; left = at - performance.now()) {
    await new Promise<void>((resolve) => setTimeout(resolve, Math.ceil(left)));
  }
}

export class WireScheduler {
  private readonly pending = new Map<string, { job: WireJob; urgent: boolean }>();
  private running = false;
  private freeAt = 0;
  private waiters: (() => void)[] = [];
  readonly stats: WireStats = { frames: 0, bytes: 0, wireMs: 0, timeouts: 0 };
  /** The last write past its deadline, until a frame goes out again (or clearFault()). */
  fault: WireFault | null = null;
  /** When the write in progress must have completed (performance.now()), or null. */
  private writeDue: number | null = null;
  private readonly wire: Wire;

  constructor(
    private readonly transport: Transport,
    private readonly timing: WireTiming,
    private readonly onError: (key: string, error: Error) => void,
    /** Called when a fault appears or clears (the device status changes). */
    private readonly onFault: () => void = () => {},
  ) {
    this.wire = { send: (bytes) => this.send(bytes) };
  }

  /**
   * True while frames can be expected to go out: no write missed its deadline since the last frame,
   * and none is overdue right now (checked here as well as by its timer).
   */
  get healthy(): boolean {
    return this.fault === null && !(this.writeDue !== null && performance.now() > this.writeDue);
  }

  /** The link was made anew: an old link's fault no longer says anything about this one. */
  clearFault(): void {
    if (!this.fault) return;
    this.fault = null;
    this.onFault();
  }

  /** Queues (or replaces) the job under `key`. Urgent jobs (acknowledgements) go before the rest. */
  put(key: string, job: WireJob, urgent = false): void {
    const waiting = this.pending.get(key);
    if (waiting) waiting.job = job;
    else this.pending.set(key, { job, urgent });
    void this.pump();
  }

  get waiting(): number {
    return this.pending.size;
  }

  /** True while a job runs or waits. */
  get busy(): boolean {
    return this.running || this.pending.size > 0;
  }

  /** Resolves once nothing is waiting or running. */
  idle(): Promise<void> {
    if (!this.running && this.pending.size === 0) return Promise.resolve();
    return new Promise((resolve) => this.waiters.push(resolve));
  }

  /**
   * Bytes arrived from a device: on a half-duplex bus the line was busy until now, so the next frame
   * waits its gap from here (after a screen's answer, not just after our own frame).
   */
  heard(): void {
    this.freeAt = Math.max(this.freeAt, performance.now() + this.timing.gapMs);
  }

  /** Drops the job waiting under `key`, if any (its device left the bus); a job already running finishes. */
  drop(key: string): void {
    this.pending.delete(key);
  }

  /** Drops every waiting job (the bus is closing, or everything will be re-sent anyway). */
  clear(): void {
    this.pending.clear();
  }

  private next(): [string, WireJob] | null {
    let chosen: string | null = null;
    for (const [key, entry] of this.pending) {
      if (entry.urgent) {
        chosen = key;
        break;
      }
      chosen ??= key;
    }
    if (chosen === null) return null;
    const entry = this.pending.get(chosen)!;
    this.pending.delete(chosen);
    return [chosen, entry.job];
  }

  private async pump(): Promise<void> {
    if (this.running) return;
    this.running = true;
    try {
      for (let item = this.next(); item; item = this.next()) {
        const [key, job] = item;
        try {
          await job(this.wire);
        } catch (error) {
          this.onError(key, error as Error);
        }
      }
    } finally {
      this.running = false;
      for (const resolve of this.waiters.splice(0)) resolve();
    }
  }

  private async send(bytes: Uint8Array): Promise<void> {
    await sleepUntil(this.freeAt);
    await this.writeWithDeadline(bytes);
    this.clearFault();
    const onWire = wireTimeMs(bytes.length, this.timing.baud);
    const done = performance.now() + onWire;
    this.freeAt = done + this.timing.gapMs;
    this.stats.frames++;
    this.stats.bytes += bytes.length;
    this.stats.wireMs += onWire;
    await sleepUntil(done);
  }

  private async writeWithDeadline(bytes: Uint8Array): Promise<void> {
    const ms = writeDeadlineMs(bytes.length, this.timing.baud, this.timing.writeMarginMs ?? WRITE_MARGIN_MS);
    let cancel: () => void = () => {};
    const overdue = new Promise<never>((_, reject) => {
      cancel = overdueTimer(ms, () => reject(new TransportError('write_timeout', `${this.transport.id}: ${bytes.length} bytes not written within ${ms} ms`)));
    });
    this.writeDue = performance.now() + ms;
    try {
      await Promise.race([this.transport.write(bytes), overdue]);
    } catch (error) {
      if (error instanceof TransportError && error.code === 'write_timeout') this.noteTimeout(error);
      throw error;
    } finally {
      cancel();
      this.writeDue = null;
    }
  }

  private noteTimeout(error: TransportError): void {
    this.stats.timeouts++;
    this.fault = { code: 'write_timeout', message: error.message, at: performance.now() };
    this.onFault();
  }
}
