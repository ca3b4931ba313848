// The rule that keeps a rating from being cut off (issue 14): while the resident is using the pad the
// deadline moves with them, up to a ceiling, and the window's next call waits until the rating is in
// or the pad has been idle for the timeout. Pure functions over a rating row and the hall's settings.

export interface WaitRule {
  /** Idle time after which an awaited rating closes (and after the last touch of the pad). */
  timeoutMs: number;
  /** However long the resident keeps using the pad, the rating closes this long after it was asked for. */
  maxMs: number;
  /** The hall's rule: no next call while any rating is awaited. */
  blockCall: boolean;
}

export interface AwaitedRating {
  requested_at: number;
  deadline: number;
  active_at: number | null;
}

/** The deadline after the resident touched the pad at `now`: never earlier than it was. */
export function deadlineAfterActivity(row: AwaitedRating, now: number, rule: WaitRule): number {
  return Math.max(row.deadline, Math.min(now + rule.timeoutMs, row.requested_at + rule.maxMs));
}

/** The deadline when the rating is asked for (again) at `now`: a fresh timeout, never a shorter one. */
export function deadlineOnRequest(existing: AwaitedRating | undefined, now: number, rule: WaitRule): number {
  return Math.max(existing?.deadline ?? -Infinity, now + rule.timeoutMs);
}

/** The resident has touched the pad for this rating and it has not timed out. */
export function inUse(row: AwaitedRating, now: number): boolean {
  return row.active_at !== null && now < row.deadline;
}

/**
 * What a call of the next ticket does to the rating awaited at its window: `wait` refuses the call
 * (awaiting_rating), `close` records it unrated and lets the call go on. A rating the resident is
 * giving is never closed by a call, whatever the hall's setting.
 */
export function callVerdict(row: AwaitedRating | undefined, now: number, rule: WaitRule): 'free' | 'wait' | 'close' {
  if (!row || now >= row.deadline) return 'free';
  if (rule.blockCall || inUse(row, now)) return 'wait';
  return 'close';
}
