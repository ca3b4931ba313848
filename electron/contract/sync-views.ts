// What the manager sees of the nightly upstream sync.

export interface SyncStatusView {
  configured: boolean;
  url: string | null;
  hallId: string | null;
  /** HH:mm–HH:mm hall time. */
  window: { start: string; end: string } | null;
  /** The last business day the upstream acknowledged. */
  lastDelivered: string | null;
  /** Closed days still to send, oldest first. */
  waiting: string[];
  /** Days the upstream rejected repeatedly, kept aside with its reason. */
  setAside: { day: string; error: string }[];
  nextAttemptAt: string | null;
  /** The last failure in words (English, from the transport or the upstream). */
  lastError: string | null;
  /** Upstream clock minus hall clock, ms; null until an answer carried it. */
  skewMs: number | null;
  skewWarning: boolean;
  running: boolean;
  progress: { day: string; chunk: number; chunks: number } | null;
}
