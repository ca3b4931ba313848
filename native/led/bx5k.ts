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
  /** A controller's answers (the SDK's CMD_ACK and CMD_NACK), each followed by an error byte and two reserved bytes. */
  ack: [0xa0, 0x00],
  nack: [0xa0, 0x01],
} as const;

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

/** A controller's answer frame: ACK (error 0) or NACK with its error code, then two reserved bytes. */
export function bxAnswer(screen: number, error = 0): Buffer {
  const kind = error === 0 ? BX.ack : BX.nack;
  return encodeBx({ dst: BX_HOST, src: screen, data: Buffer.from([kind[0], kind[1], error, 0, 0]) });
}

/**
 * Reads an answer's data as the SDK's BxResp.parse does (group, command, error, r0, r1) and judges it
 * as BxResp.isAck does: A0 00 is done, whatever the error byte. Returns 0 for done, the error code of
 * a refusal (A0 01; 0xFF when it names none), or null when the frame is no answer at all.
 */
export function bxAnswerError(data: Uint8Array): number | null {
  if (data.length < 5 || data[0] !== BX.ack[0]) return null;
  if (data[1] === BX.ack[1]) return 0;
  return data[1] === BX.nack[1] ? data[2]! || 0xff : null;
}

export function isCommand(data: Uint8Array, command: readonly [number, number]): boolean {
  return data[0] === command[0] && data[1] === command[1];
}
