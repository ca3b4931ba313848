// Golden bytes of the BX-5K dynamic-area text command and of the controller's answers, built field by
// field from Onbon's published SDK for the BX-5K family. Sources:
//  [J]  onbonlab/bx.k.java, src/BxCmdSendDynamicArea.java (command head) and src/BxAreaDynamic.java
//       (area record), src/BxDataPack.java (frame header), src/BxResp.java + src/BxCmdCode.java (answers).
//  [J2] the same SDK's later revision of those classes (as vendored by its users): it writes the area
//       count before the areas (the first revision forgets it), divides x and width by 8 on 5K
//       controllers (is5K) while y and height stay in pixels, and leaves out the TypeSetting byte
//       ("属于 extend para": it belongs to the extended parameters, whose length here is 0).
//  [C]  onbonlab/BX-K, bx.k.cplus/doc/SdkWord/appendix.md: struct bx_5k_area_header (27 bytes, the
//       same order as [J2]) and the meaning of each value.
import { expect, test } from 'vitest';
import { bxAnswer, bxAnswerError, decodeBxBody } from '../../native/led/bx5k';
import { BX_DISPLAY, bxAreaRecord, bxDynamicArea, parseBxDynamicArea } from '../../native/led/bx5k-area';
import { bx5kDialect } from '../../native/led/dialects';
import { encodeGb2312 } from '../../native/led/gb2312';

const hex = (s: string) => Buffer.from(s.replace(/\s+/g, ''), 'hex');
const show = (b: Uint8Array) =>
  Buffer.from(b)
    .toString('hex')
    .toUpperCase()
    .replace(/(..)(?!$)/g, '$1 ');

const text = encodeGb2312('请A001号到3号窗口').bytes; // 17 bytes
const window3 = { address: 3, hall: false, widthCells: 16, heightPx: 16 }; // a 128 × 16 window screen

/** [field, bytes, where the field and its value come from] */
const areaFields: [string, string, string][] = [
  ['AreaType', '00', '[J] TYPE = 0x00 (dynamic area); [C] default 0x00'],
  ['AreaX', '00 00', '[C] in bytes of 8 pixels, little-endian ([J] BxByteArray.add(short) is LE); x = 0'],
  ['AreaY', '00 00', '[J2] getY() unscaled: pixels; y = 0'],
  ['AreaWidth', '10 00', '[C] bytes of 8 pixels, [J2] getW() / 8: 128 px = 16 (0x10)'],
  ['AreaHeight', '10 00', '[J2] getH() unscaled: 16 px'],
  ['DynamicAreaLoc', '00', '[J] id: dynamic areas are numbered from 0'],
  ['Lines_sizes', '00', '[J] lineSpace = 0'],
  ['RunMode', '00', '[J]/[C] 0: the area data is shown in a loop (one page just stays)'],
  ['Timeout', '00 00', '[C] seconds, only read by run modes 2, 3, 5'],
  ['SoundMode', '00', '[J] 0: no speech (Reserved1 in [C])'],
  ['ExtendParaLen', '00', '[J] no extended parameters (Reserved2 in [C])'],
  ['Alignment', '00', '[J] alignment = 0 (Reserved3 in [C])'],
  ['SingleLine', '01', '[C] 0x01 single line'],
  ['NewLine', '01', '[J]/[C] 0x01 no automatic wrapping'],
  ['DisplayMode', '01', '[J]/[C] 0x01 static (0x03 moves left)'],
  ['ExitMode', '00', '[C] default 0x00'],
  ['Speed', '00', '[C] 0x00 fastest .. 0x18 slowest'],
  ['StayTime', '00', '[C] in 0.5 s'],
  ['DataLen', '11 00 00 00', '[J] array.add(int) 4 bytes LE; [C] int DataLen: 17 bytes of text'],
];

test('the area record is bx_5k_area_header then the text, each field as the SDK writes it', () => {
  const record = bxAreaRecord({ id: 0, x: 0, y: 0, width: 128, height: 16, display: BX_DISPLAY.static, speed: 0, stay: 0, text });
  const head = areaFields.map(([, bytes]) => bytes).join(' ');
  expect(hex(head).length).toBe(27); // [C]: the struct's packed size
  expect(show(record)).toBe(`${head} ${show(text)}`);
});

test('the A3 06 command: head, no areas deleted, one area with its 2-byte length, then the record', () => {
  const area = { id: 0, x: 0, y: 0, width: 128, height: 16, display: BX_DISPLAY.static, speed: 0, stay: 0, text };
  const command = [
    ['A3 06', '[J] GROUP 0xa3, CMD 0x06'],
    ['01', '[J] BxCmd reqResp = 0x01: an answer is wanted'],
    ['00', '[J] processMode 0: keep the area, do not clear and re-create it'],
    ['00', '[J] r2, reserved'],
    ['00', '[J] no area ids to delete'],
    ['01', '[J2] the number of areas'],
    ['2C 00', '[J] (short) areaData.length, LE: 27 + 17 = 44'],
  ]
    .map(([bytes]) => bytes)
    .join(' ');
  expect(show(bxDynamicArea(area))).toBe(`${command} ${show(bxAreaRecord(area))}`);
});

test('the dialect lays the area out on the configured screen: 16 cells × 8 px wide, heightPx high, scrolling when it does not fit', () => {
  const frame = bx5kDialect.textFrame(window3, text, false);
  // [J] BxDataPack: dst LE, src 0x8000, 3 reserved, option (no barcode), check mode 0 (CRC16 in [J2]),
  // display mode, device type 0xFE (any: [C] appendix table "通配符"), version 0x02, data length LE.
  const decoded = decodeBxBody(frame.subarray(8, -1));
  expect(decoded).not.toBeTypeOf('string');
  if (typeof decoded === 'string') return;
  expect(show(frame.subarray(8, 22))).toBe('03 00 00 80 00 00 00 00 00 00 FE 02 35 00'); // 53 = 9 + 27 + 17
  expect(parseBxDynamicArea(decoded.data)).toEqual({ id: 0, x: 0, y: 0, width: 128, height: 16, display: BX_DISPLAY.static, speed: 0, stay: 0, text });
  const tall = bx5kDialect.textFrame({ ...window3, widthCells: 24, heightPx: 32 }, text, true);
  const area = parseBxDynamicArea((decodeBxBody(tall.subarray(8, -1)) as { data: Buffer }).data);
  expect(area).toMatchObject({ width: 192, height: 32, display: BX_DISPLAY.left });
});

test('golden: screen 3 (128 × 16) shows 请A001号到3号窗口, the whole frame on the wire', () => {
  // Preamble, header, the command and record above, the text, CRC-16/ARC 0x8B68 (LE), end. Pinned so
  // any change of what a real controller receives shows up here.
  expect(show(bx5kDialect.textFrame(window3, text, false))).toBe(
    'A5 A5 A5 A5 A5 A5 A5 A5 03 00 00 80 00 00 00 00 00 00 FE 02 35 00 A3 06 01 00 00 00 01 2C 00 ' +
      '00 00 00 00 00 10 00 10 00 00 00 00 00 00 00 00 00 01 01 01 00 00 00 11 00 00 00 ' +
      'C7 EB 41 30 30 31 BA C5 B5 BD 33 BA C5 B4 B0 BF DA 68 8B 5A',
  );
});

test('a blank screen is the SDK clear-screen command: A3 10, answer wanted, two reserved bytes', () => {
  const frame = bx5kDialect.textFrame(window3, Buffer.alloc(0), false);
  expect(decodeBxBody(frame.subarray(8, -1))).toMatchObject({ dst: 3, data: hex('A3 10 01 00 00') }); // [J] BxCmdClearScreen
});

test('answers are read as BxResp.parse reads them and judged as isAck judges them', () => {
  // [J] BxResp: group, cmd, error, r0, r1; CMD_ACK = A0 00, CMD_NACK = A0 01.
  const ack = decodeBxBody(bxAnswer(3).subarray(8, -1));
  expect(ack).toEqual({ dst: 0x8000, src: 3, deviceType: 0xfe, data: hex('A0 00 00 00 00') });
  expect(bxAnswerError(hex('A0 00 00 00 00'))).toBe(0);
  expect(bxAnswerError(hex('A0 00 07 00 00'))).toBe(0); // isAck looks at group and command only
  expect(bxAnswerError(hex('A0 01 05 00 00'))).toBe(5);
  expect(bxAnswerError(hex('A0 01 00 00 00'))).toBe(0xff); // a refusal that names no error is still one
  expect(bxAnswerError(hex('A3 06 01 00 00'))).toBeNull(); // a host command, not an answer
  expect(bxAnswerError(hex('A0 00 00'))).toBeNull(); // too short to be a BxResp
});

test('x and width must fall on 8-pixel columns; a record a controller cannot read is not accepted back', () => {
  const base = { id: 0, x: 0, y: 0, width: 128, height: 16, display: BX_DISPLAY.static, speed: 0, stay: 0, text };
  expect(() => bxAreaRecord({ ...base, width: 100 })).toThrow(/multiples of 8/);
  expect(() => bxAreaRecord({ ...base, x: 4 })).toThrow(/multiples of 8/);
  const command = bxDynamicArea(base);
  expect(parseBxDynamicArea(command.subarray(0, command.length - 1))).toBeNull(); // the text cut short
  const wrongLength = Buffer.from(command);
  wrongLength[9 + 23]! += 1; // DataLen no longer matches the record
  expect(parseBxDynamicArea(wrongLength)).toBeNull();
});
