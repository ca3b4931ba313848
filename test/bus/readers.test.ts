// The stream readers: frames split or merged anywhere, noise and corrupted frames between good ones
// (rejected and counted), and a stalled partial frame that must not hold back the next press.
import { expect, test } from 'vitest';
import { encodeFt68, keyFrame, type Ft68Frame } from '../../native/keypad/ft68';
import { Ft68Reader } from '../../native/keypad/ft68-reader';
import { decodeInput, keyBytes, satisfactionLevel } from '../../native/keypad/keys';
import { BX, bxAnswer, bxCommand, encodeBx, type BxFrame } from '../../native/led/bx5k';
import { BxReader } from '../../native/led/bx5k-reader';
import { encodeGb2312 } from '../../native/led/gb2312';
import { encodeStrip, type StripFrame } from '../../native/led/strip';
import { StripReader } from '../../native/led/strip-reader';

const hex = (s: string) => Buffer.from(s.replace(/\s+/g, ''), 'hex');

function ft68(chunks: Uint8Array[], at: number[] = []) {
  const frames: Ft68Frame[] = [];
  const reader = new Ft68Reader((f) => frames.push(f));
  chunks.forEach((c, i) => reader.push(c, at[i] ?? 0));
  return { frames, counters: reader.counters };
}

test('FT68: a frame split byte by byte, and two frames in one chunk', () => {
  const call = keyFrame(3, keyBytes('call'));
  expect(ft68([...call].map((b) => Uint8Array.of(b))).frames).toHaveLength(1);
  const both = ft68([Buffer.concat([call, keyFrame(4, keyBytes('noShow'))])]);
  expect(both.frames.map((f) => decodeInput(f))).toEqual([
    { kind: 'key', address: 3, key: 'call' },
    { kind: 'key', address: 4, key: 'noShow' },
  ]);
});

test('FT68: noise, a bad checksum, unequal lengths and a wrong end byte are rejected; the good frames around them survive', () => {
  const good = keyFrame(3, keyBytes('call'));
  const badSum = hex('FF 68 03 03 68 03 01 0C 11 16');
  const badLen = hex('FF 68 03 04 68 03 01 0C 10 16');
  const badEnd = hex('FF 68 03 03 68 03 01 0C 10 17');
  const { frames, counters } = ft68([
    Buffer.concat([hex('00 FF 13 68'), good, badSum, hex('FF FF 68'), badLen, good, badEnd, keyFrame(2, keyBytes('recall'))]),
  ]);
  expect(frames.map((f) => f.address)).toEqual([3, 3, 2]);
  expect(counters.frames).toBe(3);
  expect(counters.rejected).toBeGreaterThanOrEqual(3);
  expect(counters.noiseBytes).toBeGreaterThan(0);
});

test('FT68: a partial frame that stalls is given up, so the next press is read at once', () => {
  const { frames, counters } = ft68([hex('FF 68 20 20 68 01'), keyFrame(3, keyBytes('call'))], [0, 500]);
  expect(frames.map((f) => f.address)).toEqual([3]);
  expect(counters.rejected).toBe(1);
  // Without the stall (the bytes arrive together) the same frame is found by rescanning, once enough bytes came.
  expect(ft68([hex('FF 68 20 20 68 01'), keyFrame(3, keyBytes('call'))], [0, 1]).frames).toEqual([]);
});

test('FT68 meanings: unknown keys and control bytes, 弃号 only as 06 0F, evaluator values per unit size', () => {
  const frame = (control: number, data: number[]) => ({ address: 1, control, data: Buffer.from(data) });
  expect(decodeInput(frame(0x01, [0x0b]))).toEqual({ kind: 'key', address: 1, key: 'rate' });
  expect(decodeInput(frame(0x01, [0x0f])).kind).toBe('unknown');
  expect(decodeInput(frame(0x01, [0x55])).kind).toBe('unknown');
  expect(decodeInput(frame(0x11, [4]))).toEqual({ kind: 'evaluation', address: 1, value: 4 });
  expect(decodeInput(frame(0x11, [5])).kind).toBe('unknown');
  expect(decodeInput(frame(0x02, [1, 2, 3, 4, 5, 6])).kind).toBe('unknown');
  expect([0, 1, 2, 3, 4].map((v) => satisfactionLevel(v, 5))).toEqual([5, 4, 3, 2, 1]);
  expect([0, 1, 2, 3, 4].map((v) => satisfactionLevel(v, 4))).toEqual([5, 4, 3, 2, null]);
  expect(() => encodeFt68({ address: 1, control: 1, data: Buffer.alloc(31) })).toThrow(/too long/);
});

test('bx5k reader: answers among noise; truncated and corrupted frames are rejected', () => {
  const frames: BxFrame[] = [];
  const reader = new BxReader((f) => frames.push(f));
  const answer = bxAnswer(3);
  const corrupt = Buffer.from(answer);
  corrupt[12]! ^= 0x40;
  reader.push(Buffer.concat([hex('00 11 5A'), answer.subarray(0, 15), answer, corrupt, hex('22'), bxAnswer(4, 0x05)]));
  expect(frames.map((f) => f.src)).toEqual([3, 4]);
  expect(reader.counters).toMatchObject({ frames: 2, rejected: 2 });
  expect(reader.counters.noiseBytes).toBeGreaterThanOrEqual(4);
  // A host frame is read the same way (the panel simulator uses this reader too).
  reader.push(encodeBx({ dst: 7, data: bxCommand(BX.ping) }));
  expect(frames[2]).toMatchObject({ dst: 7, src: 0x8000 });
});

test('strip reader: frames among noise, an AA inside the text, a bad checksum skipped', () => {
  const frames: StripFrame[] = [];
  const reader = new StripReader((f) => frames.push(f));
  const one = encodeStrip(5, encodeGb2312('请A001号到3号窗口').bytes);
  const withAA = encodeStrip(6, Buffer.from([0xb0, 0xaa, 0x41]));
  const bad = Buffer.from(one);
  bad[12]! ^= 0x01;
  for (const b of Buffer.concat([hex('AA 01 02'), one, bad, withAA])) reader.push(Uint8Array.of(b));
  expect(frames.map((f) => f.address)).toEqual([5, 6]);
  expect(frames[1]!.text).toEqual(Buffer.from([0xb0, 0xaa, 0x41]));
  expect(reader.counters.rejected).toBe(1);
});
