// Sends closed business days upstream, oldest first, chunk by chunk. A chunk counts as delivered only
// after a 2xx with a matching receipt; network faults, 5xx, 429 and clock trouble are retried with
// backoff; a batch the upstream rejects (4xx) is set aside after `deadAfter` rejections and the later
// days go on. Each call of `sendPending` runs until everything is sent or the first failure.
import { businessDayOf, type Clock } from '../core/clock';
import type { Db } from '../core/db';
import { buildDayBatches, closedDays } from './batch-builder';
import { BATCH_PATH, signedHeaders } from './signing';
import { SyncStore } from './sync-store';

export interface UpstreamConfig {
  /** Base URL of the upstream, e.g. https://district.example/hall-sync (the batch path is appended). */
  url: string;
  hallId: string;
  secret: string;
  chunkSize: number;
  /** Rejections of one day before it is set aside. */
  deadAfter: number;
  timeoutMs: number;
}

export type Attempt =
  | { kind: 'idle' }
  | { kind: 'delivered'; days: string[] }
  | { kind: 'failed'; retry: boolean; error: string; days: string[] };

export interface Progress {
  day: string;
  chunk: number;
  chunks: number;
}

export class Uploader {
  readonly store: SyncStore;
  /** Upstream time minus hall time, from the last answer that carried it. */
  skewMs: number | null = null;
  progress: Progress | null = null;

  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
    private readonly timeZone: string,
    private readonly config: UpstreamConfig,
    private readonly fetchImpl: typeof fetch = fetch,
  ) {
    this.store = new SyncStore(db);
  }

  /** Closed days not yet delivered nor set aside, oldest first. */
  pendingDays(): string[] {
    const today = businessDayOf(this.clock.now(), this.timeZone);
    const done = new Set(this.store.days().filter((d) => d.status !== 'pending').map((d) => d.business_day));
    return closedDays(this.db, today).filter((day) => !done.has(day));
  }

  async sendPending(): Promise<Attempt> {
    const days = this.pendingDays();
    if (days.length === 0) return { kind: 'idle' };
    const delivered: string[] = [];
    for (const day of days) {
      const failure = await this.sendDay(day);
      if (failure?.retry) return { ...failure, days: delivered };
      if (!failure) delivered.push(day);
      // A day set aside (no retry) does not hold back the days after it.
    }
    return { kind: 'delivered', days: delivered };
  }

  private async sendDay(day: string): Promise<{ kind: 'failed'; retry: boolean; error: string } | null> {
    const chunks = buildDayBatches(this.db, day, { hallId: this.config.hallId, timeZone: this.timeZone, chunkSize: this.config.chunkSize });
    const state = this.store.day(day);
    if (state?.chunk_count !== null && state?.chunk_count !== undefined && state.chunk_count !== chunks.length) {
      this.store.restart(day, this.clock.now());
    }
    for (let index = this.store.day(day)?.chunks_acked ?? 0; index < chunks.length; index++) {
      this.progress = { day, chunk: index, chunks: chunks.length };
      const outcome = await this.post(chunks[index]!, `${this.config.hallId}/${day}/v1/${index + 1}-of-${chunks.length}`);
      if (outcome.ok) {
        this.store.acknowledged(day, index, chunks.length, outcome.receipt, index === chunks.length - 1, this.clock.now());
        continue;
      }
      this.progress = null;
      if (outcome.rejected) {
        const row = this.store.rejected(day, outcome.error, this.config.deadAfter, this.clock.now());
        return { kind: 'failed', retry: row.status !== 'dead', error: outcome.error };
      }
      return { kind: 'failed', retry: true, error: outcome.error };
    }
    this.progress = null;
    return null;
  }

  private async post(chunk: unknown, key: string): Promise<{ ok: true; receipt: string } | { ok: false; rejected: boolean; error: string }> {
    const url = new URL(this.config.url.replace(/\/$/, '') + BATCH_PATH);
    const body = JSON.stringify(chunk);
    const headers = signedHeaders(this.config.hallId, this.config.secret, 'POST', url.pathname, body, this.clock.now(), key);
    let response: Response;
    try {
      response = await this.fetchImpl(url, { method: 'POST', headers, body, signal: AbortSignal.timeout(this.config.timeoutMs) });
    } catch (error) {
      return { ok: false, rejected: false, error: `upstream unreachable: ${(error as Error).cause ?? (error as Error).message}` };
    }
    const text = await response.text().catch(() => '');
    let answer: { serverTime?: unknown; error?: { code?: string; message?: string }; complete?: unknown } = {};
    try {
      answer = JSON.parse(text);
    } catch {
      // a proxy's HTML error page: judged by its status below
    }
    if (typeof answer.serverTime === 'number') this.skewMs = answer.serverTime - this.clock.now();
    if (response.ok) return { ok: true, receipt: text };
    const reason = `${response.status} ${answer.error?.code ?? ''} ${answer.error?.message ?? text.slice(0, 200)}`.replace(/\s+/g, ' ').trim();
    // Bad data (4xx) is the batch's fault; everything else (5xx, 408, 429, auth and clock trouble) is retried.
    const rejected = response.status >= 400 && response.status < 500 && ![401, 408, 409, 429].includes(response.status);
    return { ok: false, rejected: rejected || answer.error?.code === 'idempotency_conflict', error: reason };
  }
}
