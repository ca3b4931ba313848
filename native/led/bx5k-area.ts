// The BX-5K dynamic-area command (A3 06) as Onbon's own SDK lays it out, so a real controller reads it:
// the command head, the areas to delete, then each area record (position and size, run mode, text
// attributes, a 4-byte data length) followed by its GB2312 text. Sources, field by field, are cited
// in test/bus/bx5k-area.test.ts. Pure encode/decode: no I/O here.
import { BX } from './bx5k';

/** How the text enters and stays (the SDK's DisplayMode). */
export const BX_DISPLAY = { static: 0x01, quick: 0x02, left: 0x03, right: 0x04, up: 0x05, down: 0x06 } as const;

/** The SDK's RunMode 0: the area's data is shown over and over (a single page simply stays up). */
export const BX_RUN_LOOP = 0x00;

export interface BxArea {
  /** Dynamic area number; areas are numbered from 0. */
  id: number;
  /** Position and size in pixels: x and width must be multiples of 8 (the 5K addresses columns by the byte). */
  x: number;
  y: number;
  width: number;
  height: number;
  display: number;
  /** 0 (fastest) .. 0x18 (slowest). */
  speed: number;
  /** How long the effect holds, in 0.5 s. */
  stay: number;
  /** GB2312 bytes. */
  text: Uint8Array;
}

/** The area record's fixed part: type 1, x/y/w/h 2 each, then 15 one- and two-byte fields, then the 4-byte length. */
const AREA_HEAD = 27;
const SINGLE_LINE = 0x01;
const NO_AUTO_WRAP = 0x01;

export function bxAreaRecord(area: BxArea): Buffer {
  if (area.x % 8 !== 0 || area.width % 8 !== 0) throw new Error(`bx5k area x and width must be multiples of 8 (x ${area.x}, width ${area.width})`);
  const head = Buffer.alloc(AREA_HEAD);
  let at = 0;
  const u8 = (v: number) => (head[at++] = v);
  const u16 = (v: number) => (at = head.writeUInt16LE(v, at));
  u8(0x00); // area type: dynamic
  u16(area.x / 8);
  u16(area.y);
  u16(area.width / 8);
  u16(area.height);
  u8(area.id);
  u8(0x00); // line spacing
  u8(BX_RUN_LOOP);
  u16(0); // timeout, s: only used by run modes 2, 3 and 5
  u8(0x00); // sound: off
  u8(0x00); // extended parameters: none
  u8(0x00); // alignment: left
  u8(SINGLE_LINE);
  u8(NO_AUTO_WRAP);
  u8(area.display);
  u8(0x00); // exit mode
  u8(area.speed);
  u8(area.stay);
  head.writeUInt32LE(area.text.length, at);
  return Buffer.concat([head, area.text]);
}

/** The whole A3 06 command data: head, no areas deleted, one area. */
export function bxDynamicArea(area: BxArea): Buffer {
  const record = bxAreaRecord(area);
  const head = Buffer.from([BX.text[0], BX.text[1], 0x01, 0x00, 0x00, 0x00, 0x01, 0, 0]);
  // 01: answer wanted; 00: process mode (keep the area, do not clear and re-create it); 00 reserved;
  // 00: no areas to delete; 01: one area; then the area record's length.
  head.writeUInt16LE(record.length, 7);
  return Buffer.concat([head, record]);
}

/** Reads an A3 06 command data back as a controller does; null when it does not hold one whole area. */
export function parseBxDynamicArea(data: Uint8Array): BxArea | null {
  const buf = Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  if (buf.length < 6 || buf[0] !== BX.text[0] || buf[1] !== BX.text[1]) return null;
  const at = 6 + buf[5]!; // skip the ids of the areas to delete
  if (buf[at] !== 1 || buf.length < at + 3) return null;
  const recordLength = buf.readUInt16LE(at + 1);
  const record = buf.subarray(at + 3, at + 3 + recordLength);
  if (record.length !== recordLength || recordLength < AREA_HEAD) return null;
  const textLength = record.readUInt32LE(AREA_HEAD - 4);
  if (AREA_HEAD + textLength !== recordLength) return null;
  return {
    id: record[9]!,
    x: record.readUInt16LE(1) * 8,
    y: record.readUInt16LE(3),
    width: record.readUInt16LE(5) * 8,
    height: record.readUInt16LE(7),
    display: record[19]!,
    speed: record[21]!,
    stay: record[22]!,
    text: record.subarray(AREA_HEAD),
  };
}
