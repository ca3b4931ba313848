// Retry delays for every process: exponential steps up to a cap, with one of two jitter rules.
// - "full" (a random wait between 0 and the step): many halls coming back online at once do not all
//   hit the upstream at the same moment (the nightly sync).
// - "equal" (between half and all of the step): a reconnect after a replug still comes quickly, and
//   two clients that dropped together (two buses on one USB hub, the kiosks of a restarted hall) do
//   not retry in lockstep.
// Pure: the random source is injected so tests get exact delays.
export type Jitter = 'full' | 'equal';

export interface BackoffSteps {
  /** First step, ms. */
  initialMs: number;
  /** Cap on a step, ms. */
  maxMs: number;
  /** Growth per failed attempt (default 2). */
  factor?: number;
}

export interface Backoff extends BackoffSteps {
  jitter: Jitter;
}

/** Reconnects to a hall bus, a network printer or the hall's WebSocket: 250 ms doubling up to 5 s. */
export const reconnectBackoff: Backoff = { initialMs: 250, maxMs: 5000, jitter: 'equal' };

/** The un-jittered step before attempt `attempt` (0-based): initialMs·factor^attempt, capped. */
export function backoffStep(attempt: number, steps: BackoffSteps): number {
  // The exponent is capped so a long outage never overflows to Infinity before the cap applies.
  return Math.min(steps.maxMs, steps.initialMs * (steps.factor ?? 2) ** Math.min(Math.max(attempt, 0), 30));
}

/** The delay before attempt `attempt` (0-based), with the backoff's jitter rule; `random` returns [0, 1). */
export function backoffDelay(attempt: number, backoff: Backoff, random: () => number = Math.random): number {
  const step = backoffStep(attempt, backoff);
  // Full jitter is whole milliseconds (the sync's retry times are stored and shown); equal jitter is not rounded.
  return backoff.jitter === 'full' ? Math.floor(random() * step) : step / 2 + random() * (step / 2);
}
