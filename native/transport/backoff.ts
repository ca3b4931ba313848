// Reconnect delays: exponential with jitter, so a hall PC whose adapter was pulled retries quickly at
// first (a replug takes a second) and then settles at a slow, cheap poll; jitter keeps two buses on
// one USB hub from retrying in lockstep.
export interface BackoffOptions {
  /** First delay, ms (default 250). */
  initialMs?: number;
  /** Cap, ms (default 5000). */
  maxMs?: number;
  /** Growth per failed attempt (default 2). */
  factor?: number;
}

/** The delay before reconnect attempt `attempt` (0-based): "equal jitter", between half and all of the exponential step. */
export function backoffDelay(attempt: number, options: BackoffOptions = {}, random: () => number = Math.random): number {
  const initial = options.initialMs ?? 250;
  const max = options.maxMs ?? 5000;
  const factor = options.factor ?? 2;
  const step = Math.min(max, initial * factor ** Math.min(attempt, 30));
  return step / 2 + random() * (step / 2);
}
