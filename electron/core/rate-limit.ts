// A token bucket per source (the remote address), on the hall's clock: `burst` requests at once, then
// one every `everyMs`. Bounded: at most `maxSources` buckets; a full bucket is the same as none, so
// those are dropped first, and when every bucket is in use the oldest goes (a flood of fresh
// addresses cannot grow the map, and each of them still gets only its burst).
import type { Clock } from './clock';

export interface RateLimit {
  burst: number;
  everyMs: number;
  maxSources: number;
}

interface Bucket {
  tokens: number;
  at: number;
}

export class SourceRateLimiter {
  private readonly buckets = new Map<string, Bucket>();

  constructor(
    private readonly clock: Clock,
    private readonly limit: RateLimit,
  ) {}

  /** Takes one request of `source`: 0 when let through, else the seconds until one would be. */
  take(source: string): number {
    const now = this.clock.now();
    const bucket = this.refilled(this.buckets.get(source), now);
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      this.keep(source, bucket);
      return 0;
    }
    this.keep(source, bucket);
    return Math.max(1, Math.ceil(((1 - bucket.tokens) * this.limit.everyMs) / 1000));
  }

  private refilled(bucket: Bucket | undefined, now: number): Bucket {
    if (!bucket) return { tokens: this.limit.burst, at: now };
    const earned = Math.max(0, now - bucket.at) / this.limit.everyMs;
    return { tokens: Math.min(this.limit.burst, bucket.tokens + earned), at: now };
  }

  private keep(source: string, bucket: Bucket): void {
    this.buckets.delete(source); // re-inserted last: the map's order is oldest use first
    if (this.buckets.size >= this.limit.maxSources) this.prune();
    this.buckets.set(source, bucket);
  }

  private prune(): void {
    const now = this.clock.now();
    for (const [source, bucket] of this.buckets) if (this.refilled(bucket, now).tokens >= this.limit.burst) this.buckets.delete(source);
    while (this.buckets.size >= this.limit.maxSources) this.buckets.delete(this.buckets.keys().next().value!);
  }

  get size(): number {
    return this.buckets.size;
  }
}
