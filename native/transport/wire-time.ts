// How long bytes take on a serial line, and how long a write may take before it counts as stuck.
// A write's deadline is derived from what it carries: its bytes at the configured baud (a USB
// adapter or serial server may hold them until they are on the wire) plus a margin for the OS, the
// USB round trip and a busy event loop. A write past it never completes on a healthy link.

/** 8N1: start bit, 8 data bits, stop bit. */
export const BITS_PER_BYTE_8N1 = 10;

/**
 * Default margin on top of the wire time, ms: far above a healthy write's latency even on a PC
 * starved of CPU, yet a wedged bus is found within seconds.
 */
export const WRITE_MARGIN_MS = 2000;

/**
 * Runs `onOverdue` once `ms` have passed, unless cancelled first. When the timer fires, the check
 * waits one more turn of the event loop (setImmediate runs after pending I/O callbacks): a write
 * that completed while the loop was stalled is not taken for a stuck one.
 */
export function overdueTimer(ms: number, onOverdue: () => void): () => void {
  let cancelled = false;
  const timer = setTimeout(() => setImmediate(() => cancelled || onOverdue()), ms);
  return () => {
    cancelled = true;
    clearTimeout(timer);
  };
}

export function wireTimeMs(byteCount: number, baud: number, bitsPerByte = BITS_PER_BYTE_8N1): number {
  return (byteCount * bitsPerByte * 1000) / baud;
}

/** The deadline of one write of `byteCount` bytes at `baud`, ms. */
export function writeDeadlineMs(byteCount: number, baud: number, marginMs = WRITE_MARGIN_MS): number {
  return Math.ceil(wireTimeMs(byteCount, baud) + marginMs);
}
