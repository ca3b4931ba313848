// The host side of one LED bus: a transport, a dialect and the screens on it. show() records what a
// screen should display; the wire scheduler sends it when the bus is free, coalescing so a screen
// always ends on its latest text. Screens that answer (bx5k) are awaited with a timeout and retried;
// after a reconnect every screen is sent its current text again, so nothing stale stays up.
import { EventEmitter } from 'node:events';
import { describeError, type Transport } from '../transport/transport';
import { WireScheduler, type Wire } from '../transport/wire-scheduler';
import type { LedDialect, LedTarget } from './dialects';
import { displayCells, encodeGb2312 } from './gb2312';
import { AnswerWaiter } from './answer-waiter';

export interface LedScreenConfig extends LedTarget {
  /** Stable id, e.g. 'led:3' or 'led:hall'. Longer texts than widthCells scroll. */
  id: string;
}

export interface LedBusOptions {
  baud: number;
  /** Quiet time between frames, ms; at least the dialect's minimum. */
  gapMs: number;
  replyTimeoutMs: number;
  /** Extra attempts after the first when a screen does not answer. */
  retries: number;
  /** Ping answering screens / refresh the others this often, ms (0 = never). */
  keepAliveMs: number;
  /** What replaces characters outside GB2312. */
  replacement: string;
  /** Added to each write's wire time for its deadline, ms (default WRITE_MARGIN_MS). */
  writeMarginMs?: number;
}

export interface LedScreenState {
  config: LedScreenConfig;
  /** What the screen should show (null: nothing asked yet). */
  text: string | null;
  lastSeen: Date | null;
  error: string | null;
  counters: { frames: number; retries: number; timeouts: number; replaced: number };
}

export class LedBus extends EventEmitter<{ changed: [] }> {
  readonly scheduler: WireScheduler;
  private readonly screens = new Map<string, LedScreenState>();
  private readonly answers = new AnswerWaiter();
  private keepAlive: NodeJS.Timeout | null = null;
  private readonly reader;
  /** Why the link is down ('code: reason'); null while it is up. */
  linkError: string | null = null;

  constructor(
    readonly transport: Transport,
    readonly dialect: LedDialect,
    screens: LedScreenConfig[],
    private readonly options: LedBusOptions,
  ) {
    super();
    for (const config of screens) this.screens.set(config.id, newScreen(config));
    const gapMs = Math.max(options.gapMs, dialect.minGapMs);
    this.scheduler = new WireScheduler(
      transport,
      { baud: options.baud, gapMs, writeMarginMs: options.writeMarginMs },
      (key, error) => this.failed(key, error),
      () => this.emit('changed'),
    );
    this.reader = dialect.answerReader((address, error) => this.answers.answered(address, error));
    transport.on('data', (chunk) => {
      this.scheduler.heard();
      this.reader?.push(chunk);
    });
    transport.on('connect', () => {
      this.linkError = null;
      this.scheduler.clearFault();
      this.resendAll();
      this.emit('changed');
    });
    transport.on('disconnect', (reason, code) => {
      this.linkError = `${code}: ${reason}`;
      this.emit('changed');
    });
  }

  start(): void {
    if (this.options.keepAliveMs > 0) {
      this.keepAlive = setInterval(() => this.keepAliveRound(), this.options.keepAliveMs);
      this.keepAlive.unref();
    }
  }

  get answerCounters() {
    return this.reader?.counters ?? null;
  }

  /**
   * Sets what a screen shows; sent as soon as the bus allows (only the latest text if it changes
   * meanwhile). The same text again is not re-sent unless `force` (a recall shows the call afresh).
   */
  show(id: string, text: string, force = false): void {
    const screen = this.screens.get(id);
    if (!screen) throw new Error(`no LED screen ${id} on ${this.transport.id}`);
    if (screen.text === text && !force) return;
    screen.text = text;
    this.schedule(screen);
  }

  /**
   * Replaces the screens while the bus runs (a window's saved address changed, a window was added or
   * retired). A screen at a new address keeps its text and is sent it there; the frame waiting for its
   * old address is replaced, and one already on the wire finishes (no retries to the old address). A
   * screen gone is dropped with whatever waited for it. Other screens are untouched. True if anything changed.
   */
  setScreens(configs: readonly LedScreenConfig[]): boolean {
    const ids = new Set(configs.map((c) => c.id));
    let changed = false;
    for (const id of [...this.screens.keys()]) {
      if (ids.has(id)) continue;
      this.screens.delete(id);
      this.scheduler.drop(id);
      this.scheduler.drop(`ping:${id}`);
      changed = true;
    }
    for (const config of configs) {
      const old = this.screens.get(config.id);
      if (old && sameScreen(old.config, config)) continue;
      const screen = newScreen(config);
      if (old) Object.assign(screen, { text: old.text, counters: old.counters }); // what it shows, and its history
      this.screens.set(config.id, screen);
      this.scheduler.drop(`ping:${config.id}`);
      if (screen.text !== null) this.schedule(screen);
      changed = true;
    }
    if (changed) this.emit('changed');
    return changed;
  }

  /** Sends every screen its current text again (after a reconnect, or on request). */
  resendAll(): void {
    for (const screen of this.screens.values()) if (screen.text !== null) this.schedule(screen);
  }

  states(): LedScreenState[] {
    return [...this.screens.values()];
  }

  async close(): Promise<void> {
    if (this.keepAlive) clearInterval(this.keepAlive);
    this.scheduler.clear();
    this.answers.cancelAll();
    await this.transport.close();
  }

  private schedule(screen: LedScreenState): void {
    if (!this.transport.connected) return; // sent on reconnect
    this.scheduler.put(screen.config.id, (wire) => this.sendText(wire, screen));
  }

  private async sendText(wire: Wire, screen: LedScreenState): Promise<void> {
    const text = screen.text ?? '';
    const encoded = encodeGb2312(text, this.options.replacement);
    screen.counters.replaced += encoded.replaced.length;
    const scroll = displayCells(text) > screen.config.widthCells;
    await this.deliver(wire, screen, this.dialect.textFrame(screen.config, encoded.bytes, scroll));
  }

  /** Sends a frame; where the dialect answers, waits for the answer and retries. */
  private async deliver(wire: Wire, screen: LedScreenState, frame: Buffer): Promise<void> {
    const answers = this.reader !== null;
    let refused: number | null = null;
    for (let attempt = 0; attempt <= (answers ? this.options.retries : 0); attempt++) {
      // Re-addressed or gone meanwhile (setScreens): no more tries at the address it had.
      if (attempt > 0 && this.screens.get(screen.config.id) !== screen) return;
      if (attempt > 0) screen.counters.retries++;
      const expected = answers ? this.answers.expect(screen.config.address) : null;
      screen.counters.frames++;
      try {
        await wire.send(frame);
      } catch (error) {
        expected?.cancel();
        throw error;
      }
      if (!expected) return this.healthy(screen, false);
      expected.arm(this.options.replyTimeoutMs);
      refused = await expected.result;
      if (refused === 0) return this.healthy(screen, true);
    }
    // A controller that keeps refusing is there (seen) but does not show what it was sent.
    if (refused !== null) {
      screen.lastSeen = new Date();
      return this.setError(screen, `refused: error 0x${refused.toString(16).padStart(2, '0')}`);
    }
    screen.counters.timeouts++;
    this.setError(screen, `no answer after ${this.options.retries + 1} attempts`);
  }

  private keepAliveRound(): void {
    // Only on a quiet bus: keeping alive must never delay a call on the screens.
    if (!this.transport.connected || this.scheduler.busy) return;
    for (const screen of this.screens.values()) {
      const ping = this.dialect.pingFrame(screen.config);
      if (!ping) {
        if (screen.text !== null) this.schedule(screen); // no answers to learn from: refresh, in case the screen was power-cycled
        continue;
      }
      this.scheduler.put(`ping:${screen.config.id}`, async (wire) => {
        // A screen that was failing and answers again is sent its text: it missed updates meanwhile.
        const failing = screen.error !== null;
        await this.deliver(wire, screen, ping);
        if (failing && screen.error === null) this.schedule(screen);
      });
    }
  }

  private healthy(screen: LedScreenState, answered: boolean): void {
    if (answered) screen.lastSeen = new Date();
    this.setError(screen, null);
  }

  private setError(screen: LedScreenState, error: string | null): void {
    if (screen.error === error) return;
    screen.error = error;
    this.emit('changed');
  }

  private failed(key: string, error: Error): void {
    const screen = this.screens.get(key.replace(/^ping:/, ''));
    if (screen) this.setError(screen, describeError(error));
  }
}

function newScreen(config: LedScreenConfig): LedScreenState {
  return { config, text: null, lastSeen: null, error: null, counters: { frames: 0, retries: 0, timeouts: 0, replaced: 0 } };
}

const sameScreen = (a: LedScreenConfig, b: LedScreenConfig) =>
  a.address === b.address && a.hall === b.hall && a.widthCells === b.widthCells && a.heightPx === b.heightPx;
