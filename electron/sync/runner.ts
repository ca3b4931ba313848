// The nightly schedule around the uploader: inside the configured window it sends what is pending
// and retries failures with full-jitter backoff; outside it waits for the next window; "send now"
// runs at once whatever the hour. Timers are injected so the schedule is tested without waiting.
import type { SyncStatusView } from '../contract';
import type { Clock } from '../core/clock';
import type { Db } from '../core/db';
import { realTimers, type Timers } from '../core/scheduler';
import { backoffDelay, type BackoffSteps } from '../shared/backoff';
import { followingWindowStart, inWindow, nextWindowStart, type NightWindow } from './night-window';
import { Uploader, type Attempt, type UpstreamConfig } from './uploader';

/** Retries after a failed upload: from 2 s up to 10 min, with full jitter (see shared/backoff). */
const syncRetrySteps: BackoffSteps = { initialMs: 2_000, maxMs: 10 * 60_000 };

export interface SyncSettings extends UpstreamConfig {
  window: NightWindow;
}

/** The runner's part of what the manager sees (the settings part is added by SyncService). */
export type SyncStatus = Omit<SyncStatusView, 'configured' | 'url' | 'hallId' | 'window' | 'skewWarning' | 'maskText'>;

/** Above this the console warns that the hall clock is off. */
export const SKEW_WARNING_MS = 2 * 60_000;

export class SyncRunner {
  readonly uploader: Uploader;
  private timer: unknown = null;
  private nextAt: number | null = null;
  private failures = 0;
  private lastError: string | null = null;
  private running: Promise<Attempt> | null = null;
  private stopped = false;

  constructor(
    db: Db,
    private readonly clock: Clock,
    private readonly timeZone: string,
    private readonly settings: SyncSettings,
    private readonly onStatus: (status: SyncStatus) => void = () => {},
    private readonly timers: Timers = realTimers,
    private readonly backoff: BackoffSteps = syncRetrySteps,
    private readonly random: () => number = Math.random,
    fetchImpl?: typeof fetch,
  ) {
    this.uploader = new Uploader(db, clock, timeZone, settings, fetchImpl);
  }

  start(): void {
    this.schedule(nextWindowStart(this.clock.now(), this.settings.window, this.timeZone));
  }

  stop(): void {
    this.stopped = true;
    if (this.timer !== null) this.timers.clear(this.timer);
    this.timer = null;
  }

  /** The manager's "send now": runs at once, whatever the hour; concurrent calls share one run. */
  sendNow(): Promise<Attempt> {
    return this.run(true);
  }

  /** A run is under way (the timer's or the manager's). */
  get busy(): boolean {
    return this.running !== null;
  }

  status(): SyncStatus {
    const days = this.uploader.store.days();
    const delivered = days.filter((d) => d.status === 'delivered').map((d) => d.business_day);
    const iso = (ms: number) => new Date(ms).toISOString();
    return {
      lastDelivered: delivered.at(-1) ?? null,
      waiting: this.uploader.pendingDays(),
      setAside: days.filter((d) => d.status === 'dead').map((d) => ({ day: d.business_day, error: d.last_error ?? '' })),
      nextAttemptAt: this.nextAt === null ? null : new Date(this.nextAt).toISOString(),
      lastError: this.lastError,
      skewMs: this.uploader.skewMs,
      running: this.running !== null,
      progress: this.uploader.progress,
      failures: days
        .filter((d) => d.status === 'pending' && d.last_error !== null)
        .map((d) => ({ day: d.business_day, error: d.last_error!, at: iso(d.last_attempt_at ?? d.updated_at) })),
      deliveries: this.uploader.store.deliveries().map((d) => ({
        day: d.business_day,
        round: d.round,
        deliveredAt: iso(d.accepted_at),
        receiptId: d.receipt_id,
        receivedAt: iso(d.stored_at),
        chunks: d.chunk_count,
        duplicates: d.duplicates,
      })),
    };
  }

  private schedule(at: number): void {
    if (this.stopped) return;
    if (this.timer !== null) this.timers.clear(this.timer);
    this.nextAt = at;
    this.timer = this.timers.set(() => void this.run(false), Math.max(0, at - this.clock.now()));
    this.onStatus(this.status());
  }

  private run(manual: boolean): Promise<Attempt> {
    if (this.running) return this.running;
    this.running = (async () => {
      await Promise.resolve(); // let `running` be set before the status goes out
      this.onStatus(this.status());
      let result: Attempt;
      try {
        result = await this.uploader.sendPending();
      } catch (error) {
        // A fault of the hall's own (its database, a bug) must not become an unhandled rejection from
        // a timer: it is a failed attempt like any other, shown to the manager and retried.
        result = { kind: 'failed', retry: true, error: `sync fault: ${(error as Error).message}`, days: [] };
      }
      this.running = null;
      if (!this.stopped) this.afterRun(result, manual);
      return result;
    })();
    return this.running;
  }

  private afterRun(result: Attempt, manual: boolean): void {
    const now = this.clock.now();
    if (result.kind === 'failed' && result.retry) {
      this.failures += 1;
      this.lastError = result.error;
      const retryAt = now + backoffDelay(this.failures, { ...this.backoff, jitter: 'full' }, this.random);
      // Retries stay inside the night window (or go on after a manual send); otherwise wait for tonight.
      const keepGoing = manual || inWindow(retryAt, this.settings.window, this.timeZone);
      this.schedule(keepGoing ? retryAt : nextWindowStart(retryAt, this.settings.window, this.timeZone));
      return;
    }
    this.failures = 0;
    if (result.kind === 'failed') this.lastError = result.error;
    else this.lastError = null;
    // Everything sendable is sent: the next day closes at midnight, so the next chance is the next window.
    this.schedule(followingWindowStart(now, this.settings.window, this.timeZone));
  }
}
