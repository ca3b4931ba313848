// The host side of one keypad bus (call keypads and evaluators, FT68). Every valid frame is echoed as
// its acknowledgement right after it was handled (its command committed); a frame repeated by its device (same address and key within the
// dedupe window, because our echo was lost) is echoed again but reported only once. Display and
// beep frames share the wire through the scheduler; each keypad's display coalesces to its latest
// and is sent again after a reconnect. Some USB-RS485 adapters hear their own transmissions: a frame
// we sent that comes back within OWN_ECHO_MS is ours, not a device's (a device retries only after
// 250 ms), and display and beep frames (only the host sends them) are never taken for input, so
// our echo of a press can never come back as a second press.
import { EventEmitter } from 'node:events';
import { describeError, type Transport } from '../transport/transport';
import { WireScheduler } from '../transport/wire-scheduler';
import { beepFrame, displayFrame, FT68 } from './ft68';
import { Ft68Reader } from './ft68-reader';
import { decodeInput, type KeyName } from './keys';

export interface KeypadBusOptions {
  baud: number;
  gapMs: number;
  /** Added to each write's wire time for its deadline, ms (default WRITE_MARGIN_MS). */
  writeMarginMs?: number;
  /** A repeat of the same address and key within this long is the device's retry (default 1000). */
  dedupeMs?: number;
  /** The duplicate filter's monotonic clock, ms (default: the bus's `now`); tests hold it still or move it. */
  dedupeNow?: () => number;
}

/** How long after writing a frame the same bytes coming back count as our own transmission. */
export const OWN_ECHO_MS = 100;

export interface KeypadDeviceStats {
  lastSeen: Date | null;
  frames: number;
  duplicates: number;
  unknown: number;
}

export interface KeypadBusEvents {
  key: [address: number, key: KeyName];
  evaluation: [address: number, value: number];
  /** A device was heard for the first time, or the bus connected or dropped. */
  changed: [];
}

export class KeypadBus extends EventEmitter<KeypadBusEvents> {
  readonly scheduler: WireScheduler;
  readonly reader: Ft68Reader;
  readonly devices = new Map<number, KeypadDeviceStats>();
  private readonly recent = new Map<string, number>();
  private readonly displays = new Map<number, Buffer>();
  private echoes = 0;
  /** Frames we wrote recently, to recognise them if the adapter hands them back. */
  private own: { raw: Buffer; at: number }[] = [];
  /** Frames heard that were our own transmissions, or host-only frames from the bus. */
  ignored = 0;
  lastError: string | null = null;

  constructor(
    readonly transport: Transport,
    private readonly options: KeypadBusOptions,
    private readonly now: () => number = () => performance.now(),
  ) {
    super();
    this.scheduler = new WireScheduler(
      transport,
      options,
      (_key, error) => {
        this.lastError = describeError(error);
      },
      () => this.emit('changed'),
    );
    this.reader = new Ft68Reader((frame, raw) => this.onFrame(frame, raw));
    transport.on('data', (chunk) => {
      this.scheduler.heard();
      this.reader.push(chunk);
    });
    transport.on('connect', () => {
      this.lastError = null;
      this.scheduler.clearFault();
      for (const [address, frame] of this.displays) this.send(`display:${address}`, frame);
      this.emit('changed');
    });
    transport.on('disconnect', (reason, code) => {
      this.lastError = `${code}: ${reason}`;
      this.emit('changed');
    });
  }

  get duplicates(): number {
    let n = 0;
    for (const d of this.devices.values()) n += d.duplicates;
    return n;
  }

  /** Shows the waiting count and the current number on a keypad (only the latest is sent). */
  display(address: number, waiting: number, ticketNumber: string | null): void {
    const frame = displayFrame(address, waiting, ticketNumber);
    if (this.displays.get(address)?.equals(frame)) return;
    this.displays.set(address, frame);
    if (this.transport.connected) this.send(`display:${address}`, frame);
  }

  /**
   * Stops driving the keypad at `address` (no window uses it any more): its display is no longer kept
   * or re-sent after a reconnect, and a display frame still waiting for it is dropped.
   */
  forget(address: number): void {
    this.displays.delete(address);
    this.scheduler.drop(`display:${address}`);
  }

  /** Beeps a keypad: once to confirm, more to refuse. */
  beep(address: number, times = 1): void {
    if (this.transport.connected) this.send(`beep:${address}`, beepFrame(address, times));
  }

  async close(): Promise<void> {
    this.scheduler.clear();
    await this.transport.close();
  }

  private send(key: string, frame: Buffer, urgent = false): void {
    this.scheduler.put(
      key,
      (wire) => {
        this.own.push({ raw: frame, at: this.now() });
        return wire.send(frame);
      },
      urgent,
    );
  }

  /** True (and forgotten) when `raw` is a frame we wrote moments ago; old entries are dropped. */
  private isOwn(raw: Buffer): boolean {
    const now = this.now();
    this.own = this.own.filter((o) => now - o.at < OWN_ECHO_MS);
    const i = this.own.findIndex((o) => o.raw.equals(raw));
    if (i >= 0) this.own.splice(i, 1);
    return i >= 0;
  }

  private onFrame(frame: { address: number; control: number; data: Buffer }, raw: Buffer): void {
    if (this.isOwn(raw) || frame.control === FT68.display || frame.control === FT68.beep) {
      this.ignored++;
      return;
    }
    // The echo is the acknowledgement: urgent, and for every valid frame (a repeat too, or the device
    // keeps retrying). It goes out after the press was handled, so after its commit is on disk
    // ("acknowledged means durable"): the listeners run the command synchronously.
    try {
      this.handle(frame, raw);
    } finally {
      this.send(`echo:${this.echoes++}`, raw, true);
    }
  }

  private handle(frame: { address: number; control: number; data: Buffer }, raw: Buffer): void {
    const device = this.device(frame.address);
    device.lastSeen = new Date();
    device.frames++;
    const key = `${raw.subarray(5, raw.length - 2).toString('hex')}`;
    const now = (this.options.dedupeNow ?? this.now)();
    const previous = this.recent.get(key);
    if (previous !== undefined && now - previous < (this.options.dedupeMs ?? 1000)) {
      device.duplicates++;
      return;
    }
    this.recent.set(key, now);
    if (this.recent.size > 256) this.forgetOld(now);
    const input = decodeInput(frame);
    if (input.kind === 'key') this.emit('key', input.address, input.key);
    else if (input.kind === 'evaluation') this.emit('evaluation', input.address, input.value);
    else device.unknown++;
  }

  private device(address: number): KeypadDeviceStats {
    let device = this.devices.get(address);
    if (!device) {
      device = { lastSeen: null, frames: 0, duplicates: 0, unknown: 0 };
      this.devices.set(address, device);
      queueMicrotask(() => this.emit('changed'));
    }
    return device;
  }

  private forgetOld(now: number): void {
    const window = this.options.dedupeMs ?? 1000;
    for (const [key, at] of this.recent) if (now - at >= window) this.recent.delete(key);
  }
}
