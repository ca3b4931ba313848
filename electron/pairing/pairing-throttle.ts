// Wrong pairing codes are limited for the whole hall, not per source: the core's door (dispatch) is
// not told the caller's address. A few mistakes a minute are free; beyond that every further wrong
// code doubles a pause (2 s, 4 s, … up to 5 min) during which every code, right or wrong, is refused.
// With 8-digit codes living 10 minutes, guessing one is then hopeless, and staff only wait a little.
import { HallFault } from '../contract';
import type { Clock } from '../core/clock';

export const PAIRING_LIMIT = { freePerMinute: 10, firstPauseMs: 2_000, maxPauseMs: 5 * 60_000 };

export class PairingThrottle {
  private failures: number[] = [];
  private pauses = 0;
  private pausedUntil = 0;

  constructor(private readonly clock: Clock) {}

  check(): void {
    const now = this.clock.now();
    if (now < this.pausedUntil) {
      const seconds = Math.ceil((this.pausedUntil - now) / 1000);
      throw new HallFault('too_many_attempts', `too many wrong pairing codes; try again in ${seconds} s`);
    }
  }

  failed(): void {
    const now = this.clock.now();
    this.failures = this.failures.filter((at) => now - at < 60_000);
    if (this.failures.length === 0) this.pauses = 0; // a quiet minute forgives
    this.failures.push(now);
    if (this.failures.length > PAIRING_LIMIT.freePerMinute) {
      const pause = Math.min(PAIRING_LIMIT.firstPauseMs * 2 ** this.pauses, PAIRING_LIMIT.maxPauseMs);
      this.pauses += 1;
      this.pausedUntil = now + pause;
    }
  }
}
