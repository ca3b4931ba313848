// The simple strip-screen frame (DESIGN.md "Hardware dialects"):
//   AA addr BB 51 54 CS 01 00 99 00 63 <GB2312 text> FF      (the hall screen: 08 02 for 01 00)
// CS = sum of the bytes from index 6 through the final FF, mod 256. No answer; ≥100 ms between frames.
// FF cannot occur in the text (GB2312 bytes are ≤ FE, ASCII < 80), so it always ends the frame.
export const STRIP_HEAD = [0xbb, 0x51, 0x54] as const;
export const STRIP_WINDOW = [0x01, 0x00] as const;
export const STRIP_HALL = [0x08, 0x02] as const;
export const STRIP_TAIL = [0x99, 0x00, 0x63] as const;
export const STRIP_END = 0xff;
export const STRIP_MIN_GAP_MS = 100;

export interface StripFrame {
  address: number;
  hall: boolean;
  text: Buffer;
}

function sum(bytes: Uint8Array, from: number): number {
  let s = 0;
  for (let i = from; i < bytes.length; i++) s += bytes[i]!;
  return s & 0xff;
}

export function encodeStrip(address: number, text: Uint8Array, hall = false): Buffer {
  if (text.includes(STRIP_END)) throw new Error('strip text may not contain FF');
  const frame = Buffer.from([0xaa, address, ...STRIP_HEAD, 0, ...(hall ? STRIP_HALL : STRIP_WINDOW), ...STRIP_TAIL, ...text, STRIP_END]);
  frame[5] = sum(frame, 6);
  return frame;
}

export type StripDecodeError = 'header' | 'checksum';

/** Decodes one whole frame (AA … FF). */
export function decodeStrip(frame: Uint8Array): StripFrame | StripDecodeError {
  if (frame.length < 12 || frame[0] !== 0xaa || frame[frame.length - 1] !== STRIP_END) return 'header';
  if (!STRIP_HEAD.every((b, i) => frame[2 + i] === b) || !STRIP_TAIL.every((b, i) => frame[8 + i] === b)) return 'header';
  const kind = [frame[6], frame[7]];
  const hall = kind[0] === STRIP_HALL[0] && kind[1] === STRIP_HALL[1];
  if (!hall && !(kind[0] === STRIP_WINDOW[0] && kind[1] === STRIP_WINDOW[1])) return 'header';
  if (sum(frame, 6) !== frame[5]) return 'checksum';
  return { address: frame[1]!, hall, text: Buffer.from(frame.subarray(11, frame.length - 1)) };
}
