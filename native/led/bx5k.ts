// The Onbon BX-5K frame (DESIGN.md "Hardware dialects"): eight A5 preamble bytes, a header, the
// command data, CRC-16/ARC over header+data, the whole escaped so that A5 and 5A only ever mark the
// start and the end, then 5A. Pure encode/decode: no I/O here.
import { crc16arc } from './crc16';

export const BX_HOST = 0x8000;
export const BX_PROTOCOL = 0x02;
/** "Any controller type": the value the known-good ping uses. */
export const BX_ANY_DEVICE = 0xfe;

export const BX = {
  ping: [0xa2, 0x00],
  text: [0xa3, 0x06],
  clear: [0xa3, 0x10],
  /** A controller's answer: A0 00, then the error code (0 = ok) and the command it answers. */
  answer: [0xa0, 0x00],
} as const;

/** Display modes of a dynamic area (the controller scrolls text that does not fit). */
export const BX_MODE = { static: 0x01, scrollLeft: 0x03 } as const;

export interface BxFrame {
  dst: number;
  src: number;
  deviceType: number;
  data: Buffer;
}

const PREAMBLE = 0xa5;
const END = 0x5a;
const HEADER = 14; // dst 2, src 2, reserved 3, barcode, check, display mode, device type, version, length 2

export function escapeBx(bytes: Uint8Array): Buffer {
  const out: number[] = [];
  for (const b of bytes) {
    if (b === 0xa5) out.push(0xa6, 0x02);
    else if (b === 0xa6) out.push(0xa6, 0x01);
    else if (b === 0x5a) out.push(0x5b, 0x02);
    else if (b === 0x5b) out.push(0x5b, 0x01);
    else out.push(b);
  }
  return Buffer.from(out);
}

/** Undoes escapeBx; null when an escape byte is followed by anything but 01 or 02. */
export function unescapeBx(bytes: Uint8Array): Buffer | null {
  const out: number[] = [];
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    if (b !== 0xa6 && b !== 0x5b) {
      out.push(b);
      continue;
    }
    const next = bytes[++i];
    if (next !== 0x01 && next !== 0x02) return null;
    out.push(b === 0xa6 ? (next === 0x02 ? 0xa5 : 0xa6) : next === 0x02 ? 0x5a : 0x5b);
  }
  return Buffer.from(out);
}

export function encodeBx(frame: { dst: number; src?: number; deviceType?: number; data: Uint8Array }): Buffer {
  const body = Buffer.alloc(HEADER + frame.data.length + 2);
  body.writeUInt16LE(frame.dst, 0);
  body.writeUInt16LE(frame.src ?? BX_HOST, 2);
  // 4–6 reserved, 7 barcode, 8 check (0 = CRC16), 9 display mode: all zero
  body[10] = frame.deviceType ?? BX_ANY_DEVICE;
  body[11] = BX_PROTOCOL;
  body.writeUInt16LE(frame.data.length, 12);
  Buffer.from(frame.data).copy(body, HEADER);
  body.writeUInt16LE(crc16arc(body, 0, HEADER + frame.data.length), HEADER + frame.data.length);
  return Buffer.concat([Buffer.alloc(8, PREAMBLE), escapeBx(body), Buffer.from([END])]);
}

export type BxDecodeError = 'escape' | 'length' | 'crc';

/** Decodes what lies between the preamble and the end byte (both excluded). */
export function decodeBxBody(escaped: Uint8Array): BxFrame | BxDecodeError {
  const body = unescapeBx(escaped);
  if (!body) return 'escape';
  if (body.length < HEADER + 2 || body.readUInt16LE(12) !== body.length - HEADER - 2) return 'length';
  const end = body.length - 2;
  if (crc16arc(body, 0, end) !== body.readUInt16LE(end)) return 'crc';
  return { dst: body.readUInt16LE(0), src: body.readUInt16LE(2), deviceType: body[10]!, data: body.subarray(HEADER, end) };
}

/** Command data: group, command, "answer wanted" flag, two reserved bytes, then the arguments. */
export function bxCommand(command: readonly [number, number], args: Uint8Array = Buffer.alloc(0)): Buffer {
  return Buffer.concat([Buffer.from([command[0], command[1], 0x01, 0x00, 0x00]), args]);
}

/** A3 06 arguments (our subset of the dynamic-area command): area, mode, speed, stay, text length, GB2312 text. */
export function bxTextArgs(text: Uint8Array, mode: number, area = 0, speed = 2, stay = 0): Buffer {
  const head = Buffer.from([area, mode, speed, stay, 0, 0]);
  head.writeUInt16LE(text.length, 4);
  return Buffer.concat([head, text]);
}

export function bxAnswer(screen: number, command: readonly [number, number], error = 0): Buffer {
  return encodeBx({ dst: BX_HOST, src: screen, data: Buffer.from([...BX.answer, error, command[0], command[1]]) });
}

export function isCommand(data: Uint8Array, command: readonly [number, number]): boolean {
  return data[0] === command[0] && data[1] === command[1];
}
