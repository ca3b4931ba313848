// Golden bytes for every frame the hall bus speaks, starting with DESIGN.md's worked examples.
import { expect, test } from 'vitest';
import { beepFrame, displayFrame, displayText, encodeFt68, keyFrame } from '../../native/keypad/ft68';
import { keyBytes } from '../../native/keypad/keys';
import { BX, bxCommand, decodeBxBody, encodeBx, escapeBx, unescapeBx } from '../../native/led/bx5k';
import { crc16arc } from '../../native/led/crc16';
import { bx5kDialect, stripDialect } from '../../native/led/dialects';
import { decodeStrip, encodeStrip } from '../../native/led/strip';
import { encodeGb2312 } from '../../native/led/gb2312';

const hex = (s: string) => Buffer.from(s.replace(/\s+/g, ''), 'hex');
const show = (b: Buffer) =>
  b
    .toString('hex')
    .toUpperCase()
    .replace(/(..)(?!$)/g, '$1 ');

/** A bit-by-bit CRC-16/ARC, written apart from the table-driven one it checks. */
function crcReference(bytes: Uint8Array): number {
  let crc = 0;
  for (const byte of bytes) {
    for (let bit = 0; bit < 8; bit++) {
      const mix = (crc ^ (byte >> bit)) & 1;
      crc >>>= 1;
      if (mix) crc ^= 0xa001;
    }
  }
  return crc;
}

test('DESIGN.md: keypad 3 presses 呼叫', () => {
  expect(show(keyFrame(3, keyBytes('call')))).toBe('FF 68 03 03 68 03 01 0C 10 16');
});

test('DESIGN.md: the known-good bx5k ping, and the screen text of the same frame', () => {
  const ping = encodeBx({ dst: 1, data: bxCommand(BX.ping) });
  expect(show(ping)).toBe('A5 A5 A5 A5 A5 A5 A5 A5 01 00 00 80 00 00 00 00 00 00 FE 02 05 00 A2 00 01 00 00 68 F8 5A');
  expect(bx5kDialect.pingFrame({ address: 1, hall: false, widthCells: 16, heightPx: 16 })).toEqual(ping);
});

test('DESIGN.md: strip screen 5 shows 请A001号到3号窗口', () => {
  const frame = encodeStrip(5, encodeGb2312('请A001号到3号窗口').bytes);
  expect(show(frame)).toBe('AA 05 BB 51 54 20 01 00 99 00 63 C7 EB 41 30 30 31 BA C5 B5 BD 33 BA C5 B4 B0 BF DA FF');
  expect(stripDialect.textFrame({ address: 5, hall: false, widthCells: 16, heightPx: 16 }, encodeGb2312('请A001号到3号窗口').bytes, true)).toEqual(frame);
});

test('the strip hall screen uses 08 02; its checksum covers index 6 through FF', () => {
  const frame = encodeStrip(9, Buffer.from('A1'), true);
  // 08+02+99+00+63+41+31+FF = 0x277 → 77
  expect(show(frame)).toBe('AA 09 BB 51 54 77 08 02 99 00 63 41 31 FF');
  expect(decodeStrip(frame)).toEqual({ address: 9, hall: true, text: Buffer.from('A1') });
  const bad = Buffer.from(frame);
  bad[11] = 0x42;
  expect(decodeStrip(bad)).toBe('checksum');
});

test('CRC-16/ARC: the catalogue check value, and the table agrees with the bitwise reference', () => {
  expect(crc16arc(Buffer.from('123456789'))).toBe(0xbb3d);
  expect(crc16arc(Buffer.alloc(0))).toBe(0);
  for (const sample of [hex('01000080000000000000FE020500A200010000'), Buffer.from('请A001号', 'utf8'), Buffer.from([0xa5, 0x5a, 0xff])]) {
    expect(crc16arc(sample)).toBe(crcReference(sample));
  }
  expect(crc16arc(hex('01000080000000000000FE020500A200010000'))).toBe(0xf868);
});

test('bx5k escaping: A5 → A6 02, A6 → A6 01, 5A → 5B 02, 5B → 5B 01, and back', () => {
  expect(show(escapeBx(hex('A5 A6 5A 5B 00 FF')))).toBe('A6 02 A6 01 5B 02 5B 01 00 FF');
  expect(unescapeBx(hex('A6 02 A6 01 5B 02 5B 01 00 FF'))).toEqual(hex('A5 A6 5A 5B 00 FF'));
  expect(unescapeBx(hex('A6 03'))).toBeNull();
  expect(unescapeBx(hex('5B'))).toBeNull();
});

// The dynamic-area text frame and the answers, field by field against Onbon's SDK: bx5k-area.test.ts.

test('bx5k: the whole frame is escaped inside, so only the preamble and the end are raw A5 / 5A', () => {
  const target = { address: 0x5a, hall: false, widthCells: 0xa5, heightPx: 0x5b };
  const special = bx5kDialect.textFrame(target, Buffer.from([0xa5, 0x5b]), true);
  expect(special.subarray(8, -1).includes(0xa5)).toBe(false);
  expect(special.subarray(8, -1).includes(0x5a)).toBe(false);
  expect(decodeBxBody(special.subarray(8, -1))).toMatchObject({ dst: 0x5a });
  const corrupt = Buffer.from(special);
  corrupt[corrupt.length - 3]! ^= 0x01;
  expect(decodeBxBody(corrupt.subarray(8, -1))).toBe('crc');
});

test('FT68 host frames: display (waiting count then number, 0A = blank) and beep', () => {
  expect(show(displayFrame(3, 12, 'A007'))).toBe('FF 68 08 08 68 03 02 0A 01 02 00 00 07 19 16');
  expect(show(displayFrame(3, 0, null))).toBe('FF 68 08 08 68 03 02 0A 0A 00 0A 0A 0A 37 16');
  expect(displayText(hex('0A 01 02 00 00 07'))).toBe(' 12007');
  expect(show(displayFrame(1, 5000, 'B123'))).toBe('FF 68 08 08 68 01 02 09 09 09 01 02 03 24 16');
  expect(show(beepFrame(3, 3))).toBe('FF 68 03 03 68 03 03 03 09 16');
  expect(show(keyFrame(4, keyBytes('noShow')))).toBe('FF 68 04 04 68 04 01 06 0F 1A 16');
  expect(show(encodeFt68({ address: 13, control: 0x11, data: Buffer.from([4]) }))).toBe('FF 68 03 03 68 0D 11 04 22 16');
});

test('GB2312: hanzi as two bytes, ASCII as one, everything else replaced (never GBK bytes)', () => {
  expect(encodeGb2312('请A001号').bytes).toEqual(hex('C7 EB 41 30 30 31 BA C5'));
  // 號 (traditional) and € are in GBK but not in GB2312; 😀 is in neither; the tab is a control character.
  const mixed = encodeGb2312('A號€😀\t口');
  expect(mixed.bytes).toEqual(hex('41 3F 3F 3F 3F BF DA'));
  expect(mixed.replaced).toEqual(['號', '€', '😀', '\t']);
  expect(encodeGb2312('號', '□').bytes).toEqual(hex('A1 F5'));
  expect(() => encodeGb2312('x', '號')).toThrow(/not GB2312/);
});

test('the GB2312 repertoire is exactly its 7445 characters (6763 hanzi + 682 symbols)', async () => {
  const { gb2312Chars } = await import('../../native/led/gb2312');
  const chars = gb2312Chars();
  expect(chars.size).toBe(7445);
  const hanzi = [...chars.values()].filter((code) => code >= 0xb0a1).length;
  expect(hanzi).toBe(6763);
  expect(chars.get('啊')).toBe(0xb0a1);
  expect(chars.get('齄')).toBe(0xf7fe);
  expect(chars.has('€')).toBe(false);
});
