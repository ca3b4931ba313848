// Paces writes on a half-duplex bus (RS-485) as the wire really would: a PTY or a USB adapter
// accepts bytes instantly, but at 9600 baud each byte takes ~1.04 ms to leave, and devices need a
// quiet gap between frames. Jobs are keyed: putting a job under a key that is still waiting replaces
// it (in place), so a screen updated ten times while the bus was busy gets only its latest state.
import type { Transport } from './transport';

/** 8N1: start bit, 8 data bits, stop bit. */
export const BITS_PER_BYTE_8N1 = 10;

export function wireTimeMs(byteCount: number, baud: number, bitsPerByte = BITS_PER_BYTE_8N1): number {
  return (byteCount * bitsPerByte * 1000) / baud;
}

export interface WireTiming {
  baud: number;
  /** Quiet time after each frame before the next one may start, ms. */
  gapMs: number;
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
  readonly stats: WireStats = { frames: 0, bytes: 0, wireMs: 0 };
  private readonly wire: Wire;

  constructor(
    private readonly transport: Transport,
    private readonly timing: WireTiming,
    private readonly onError: (key: string, error: Error) => void,
  ) {
    this.wire = { send: (bytes) => this.send(bytes) };
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
    await this.transport.write(bytes);
    const onWire = wireTimeMs(bytes.length, this.timing.baud);
    const done = performance.now() + onWire;
    this.freeAt = done + this.timing.gapMs;
    this.stats.frames++;
    this.stats.bytes += bytes.length;
    this.stats.wireMs += onWire;
    await sleepUntil(done);
  }
}
