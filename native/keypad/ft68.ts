// The FT68 frame of the call keypads and evaluators (DESIGN.md "Hardware dialects"):
//   FF 68 L L 68 A C D… CS 16     L = count of A..D bytes, CS = (A + C + ΣD) mod 256
// Pure encode/decode: no I/O here.
export interface Ft68Frame {
  address: number;
  control: number;
  data: Buffer;
}

export const FT68 = {
  /** keypad → host: a key; the key code is the last data byte. */
  key: 0x01,
  /** host → keypad: six digit bytes (0x0A = blank): waiting count, then the ticket number. */
  display: 0x02,
  /** host → keypad: beep; data = how many times. */
  beep: 0x03,
  /** evaluator → host: one byte 0..4 (0 非常满意). */
  evaluation: 0x11,
} as const;

/** The longest L we accept: A, C and up to 30 data bytes (real frames carry at most 8). */
export const FT68_MAX_LENGTH = 32;

export function checksum(address: number, control: number, data: Uint8Array): number {
  let sum = address + control;
  for (const b of data) sum += b;
  return sum & 0xff;
}

export function encodeFt68(frame: { address: number; control: number; data?: Uint8Array }): Buffer {
  const data = Buffer.from(frame.data ?? []);
  const length = 2 + data.length;
  if (length > FT68_MAX_LENGTH) throw new Error(`FT68 data too long: ${data.length} bytes`);
  return Buffer.from([0xff, 0x68, length, length, 0x68, frame.address, frame.control, ...data, checksum(frame.address, frame.control, data), 0x16]);
}

/** The key frame a keypad sends: `FF 68 03 03 68 03 01 0C 10 16` for keypad 3 pressing 呼叫. */
export function keyFrame(address: number, keyBytes: readonly number[]): Buffer {
  return encodeFt68({ address, control: FT68.key, data: Buffer.from(keyBytes) });
}

export const BLANK_DIGIT = 0x0a;

/**
 * The display frame: three digits of waiting count (right-aligned, blank-padded, 999 at most), then
 * the three digits of the current ticket number (blank when none). The prefix letter cannot be shown
 * on the keypad's seven-segment digits.
 */
export function displayFrame(address: number, waiting: number, ticketNumber: string | null): Buffer {
  const count = String(Math.min(999, Math.max(0, Math.floor(waiting)))).padStart(3, ' ');
  const digits = (ticketNumber ?? '').replace(/\D/g, '').slice(-3).padStart(3, ' ');
  const cells = [...count, ...digits].map((c) => (c === ' ' ? BLANK_DIGIT : Number(c)));
  return encodeFt68({ address, control: FT68.display, data: Buffer.from(cells) });
}

export function beepFrame(address: number, times = 1): Buffer {
  return encodeFt68({ address, control: FT68.beep, data: Buffer.from([Math.min(9, Math.max(1, times))]) });
}

/** The display's six cells as text, blanks as spaces: '  3001'. */
export function displayText(data: Uint8Array): string {
  return [...data].map((d) => (d === BLANK_DIGIT ? ' ' : d <= 9 ? String(d) : '?')).join('');
}
