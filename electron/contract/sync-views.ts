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
  /** Phone and ID numbers in free text are masked before upload (the default); false: sent as typed. */
  maskText: boolean;
  /** Days still waiting whose last attempt failed: the reason in words (English) and when (ISO). */
  failures: SyncFailureView[];
  /** Complete deliveries, newest first (a re-send is another delivery of the same day). */
  deliveries: SyncDeliveryView[];
}

export interface SyncFailureView {
  day: string;
  error: string;
  at: string;
}

export interface SyncDeliveryView {
  day: string;
  /** 1 for the first upload of the day, 2… for each re-send. */
  round: number;
  /** When the hall accepted the last chunk's receipt (ISO). */
  deliveredAt: string;
  /** The receiver's id of the receipt of the day's last chunk. */
  receiptId: string;
  /** When the receiver committed that chunk, its own clock (ISO; for a re-send, the first time). */
  receivedAt: string;
  chunks: number;
  /** Chunks the receiver already had (a re-send of a delivered day: all of them). */
  duplicates: number;
}
