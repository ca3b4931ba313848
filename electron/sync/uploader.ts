// Sends closed business days upstream, oldest first, chunk by chunk. A chunk counts as delivered only
// when the answer is the receiver's receipt for exactly that chunk (receipt.ts); anything else (network
// faults, a non-receipt 2xx, a cut body, a receipt for another chunk, 5xx, 429, clock trouble) is a failed
// attempt, its reason kept on the day, retried with backoff; a batch the upstream rejects (4xx with its
// error) is set aside after `deadAfter` rejections and the later days go on. Each call of `sendPending`
// runs until everything is sent or the first failure.
import { businessDayOf, type Clock } from '../core/clock';
import type { Db } from '../core/db';
import { buildDayBatches, closedDays } from './batch-builder';
import { judgeAnswer, type Answer, type Judgement, type SentChunk } from './receipt';
import { BATCH_PATH, bodyHash, signedHeaders } from './signing';
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
  /** Mask phone and ID numbers in free text (default true); pinned per day at its first attempt. */
  maskText?: boolean;
}

export type Attempt = { kind: 'idle' } | { kind: 'delivered'; days: string[] } | { kind: 'failed'; retry: boolean; error: string; days: string[] };

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

  /** Closed business days with anything to send, oldest first, whatever their upload state. */
  closedDays(): string[] {
    return closedDays(this.db, businessDayOf(this.clock.now(), this.timeZone));
  }

  /** Closed days not yet delivered nor set aside, oldest first. */
  pendingDays(): string[] {
    const done = new Set(
      this.store
        .days()
        .filter((d) => d.status !== 'pending')
        .map((d) => d.business_day),
    );
    return this.closedDays().filter((day) => !done.has(day));
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
    const textMode = this.store.textMode(day, this.config.maskText === false ? 'verbatim' : 'masked', this.clock.now());
    const chunks = buildDayBatches(this.db, day, { hallId: this.config.hallId, timeZone: this.timeZone, chunkSize: this.config.chunkSize, textMode });
    const state = this.store.day(day);
    if (state?.chunk_count !== null && state?.chunk_count !== undefined && state.chunk_count !== chunks.length) {
      this.store.restart(day, this.clock.now());
    }
    for (let index = this.store.day(day)?.chunks_acked ?? 0; index < chunks.length; index++) {
      this.progress = { day, chunk: index, chunks: chunks.length };
      const body = JSON.stringify(chunks[index]);
      const sent: SentChunk = {
        hallId: this.config.hallId,
        businessDay: day,
        idempotencyKey: `${this.config.hallId}/${day}/v1/${index + 1}-of-${chunks.length}`,
        bodyHash: bodyHash(body),
        chunk: { index, count: chunks.length },
      };
      const judgement = await this.post(body, sent);
      if (judgement.kind === 'receipt') {
        this.store.acknowledged(day, judgement.receipt, this.clock.now());
        continue;
      }
      this.progress = null;
      if (judgement.kind === 'rejected') {
        const row = this.store.rejected(day, judgement.error, this.config.deadAfter, this.clock.now());
        return { kind: 'failed', retry: row.status !== 'dead', error: judgement.error };
      }
      this.store.failed(day, judgement.error, this.clock.now());
      return { kind: 'failed', retry: true, error: judgement.error };
    }
    this.progress = null;
    return null;
  }

  private async post(body: string, sent: SentChunk): Promise<Judgement> {
    const url = new URL(this.config.url.replace(/\/$/, '') + BATCH_PATH);
    const headers = signedHeaders(this.config.hallId, this.config.secret, 'POST', url.pathname, body, this.clock.now(), sent.idempotencyKey);
    let response: Response;
    try {
      response = await this.fetchImpl(url, { method: 'POST', headers, body, signal: AbortSignal.timeout(this.config.timeoutMs) });
    } catch (error) {
      return { kind: 'failed', error: `upstream unreachable: ${(error as Error).cause ?? (error as Error).message}` };
    }
    let answer: Answer;
    try {
      answer = { status: response.status, contentType: response.headers.get('content-type') ?? '', text: await response.text() };
    } catch (error) {
      // The connection closed before the body's end (or the deadline passed): nothing was confirmed.
      const cause = (error as Error).cause as Error | undefined;
      answer = {
        status: response.status,
        contentType: response.headers.get('content-type') ?? '',
        text: null,
        readError: cause?.message ?? (error as Error).message,
      };
    }
    this.noteServerTime(answer.text);
    return judgeAnswer(answer, sent);
  }

  /** Upstream time from any JSON answer that carries it, for the clock-skew warning. */
  private noteServerTime(text: string | null): void {
    try {
      const serverTime = (JSON.parse(text ?? '') as { serverTime?: unknown }).serverTime;
      if (typeof serverTime === 'number') this.skewMs = serverTime - this.clock.now();
    } catch {
      // not JSON: no time to learn from
    }
  }
}
