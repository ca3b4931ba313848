// The sync as the hall core runs it: its settings (stored in the hall database, the secret never
// shown again), one SyncRunner while configured, and a status pushed to the manager on every change.
import { HallFault, type SyncStatusView } from '../contract';
import type { Clock } from '../core/clock';
import type { Db } from '../core/db';
import type { Timers } from '../core/scheduler';
import { SKEW_WARNING_MS, SyncRunner, type SyncSettings } from './runner';
import type { StoredSyncConfig, SyncSettingsStore } from './settings';

const DEFAULTS = { chunkSize: 2000, deadAfter: 3, timeoutMs: 30_000 };

export class SyncService {
  private runner: SyncRunner | null = null;

  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
    private readonly settings: SyncSettingsStore,
    private readonly timers: Timers,
    private readonly publish: (status: SyncStatusView) => void,
    private readonly log: (message: string, error?: unknown) => void,
    private readonly fetchImpl?: typeof fetch,
  ) {
    // A changed upstream or time zone applies at once: the runner restarts on the new settings.
    settings.watch('sync', () => this.restart());
    settings.watch('timeZone', () => this.restart());
    this.restart();
  }

  private get config(): StoredSyncConfig | null {
    return this.settings.get('sync');
  }

  configure(input: Omit<StoredSyncConfig, 'secret' | 'maskText'> & { secret?: string | undefined; maskText?: boolean | undefined }): SyncStatusView {
    const secret = input.secret ?? this.config?.secret;
    if (!secret) throw new HallFault('bad_request', 'the shared secret is required the first time', 'secret');
    const maskText = input.maskText ?? this.config?.maskText ?? true;
    this.settings.update({ sync: { url: input.url, hallId: input.hallId, secret, windowStart: input.windowStart, windowEnd: input.windowEnd, maskText } });
    return this.status();
  }

  sendNow(): SyncStatusView {
    if (!this.runner) throw new HallFault('conflict', 'the upstream is not configured yet');
    this.runner.sendNow().catch((error: unknown) => this.log('sync failed', error));
    return this.status();
  }

  /**
   * The manager's re-send of a closed day (delivered or set aside): from its first chunk, as the next
   * round, with the same keys and bytes, so the receiver answers with its stored receipts and counts the
   * day once. Refused while a run is under way (it could be in the middle of that very day).
   */
  resend(day: string): SyncStatusView {
    if (!this.runner) throw new HallFault('conflict', 'the upstream is not configured yet');
    if (this.runner.busy) throw new HallFault('conflict', 'an upload is running; re-send when it has ended');
    if (!this.runner.uploader.closedDays().includes(day)) throw new HallFault('not_found', `no closed business day ${day} with records to send`, 'day');
    this.runner.uploader.store.resend(day, this.clock.now());
    return this.sendNow();
  }

  status(): SyncStatusView {
    const c = this.config;
    const base = {
      configured: c !== null,
      url: c?.url ?? null,
      hallId: c?.hallId ?? null,
      window: c ? { start: c.windowStart, end: c.windowEnd } : null,
      maskText: c?.maskText ?? true,
    };
    if (!this.runner) {
      return {
        ...base,
        lastDelivered: null,
        waiting: [],
        setAside: [],
        nextAttemptAt: null,
        lastError: null,
        skewMs: null,
        skewWarning: false,
        running: false,
        progress: null,
        failures: [],
        deliveries: [],
      };
    }
    const s = this.runner.status();
    return { ...base, ...s, skewWarning: s.skewMs !== null && Math.abs(s.skewMs) > SKEW_WARNING_MS };
  }

  close(): void {
    this.runner?.stop();
    this.runner = null;
  }

  private restart(): void {
    this.runner?.stop();
    this.runner = null;
    const c = this.config;
    if (!c) return;
    const settings: SyncSettings = {
      url: c.url,
      hallId: c.hallId,
      secret: c.secret,
      window: { start: c.windowStart, end: c.windowEnd },
      maskText: c.maskText,
      ...DEFAULTS,
    };
    this.runner = new SyncRunner(
      this.db,
      this.clock,
      this.settings.get('timeZone'),
      settings,
      () => this.publish(this.status()),
      this.timers,
      undefined,
      undefined,
      this.fetchImpl,
    );
    this.runner.start();
  }
}
