// Large volumes of random bytes through every reader: nothing throws, nothing is read that is not
// really a frame in the input (checked against a brute-force scan written apart), the way the bytes
// are chunked never matters, and real frames hidden in noise are all found.
import fc from 'fast-check';
import { expect, test } from 'vitest';
import { checksum, encodeFt68, keyFrame } from '../../native/keypad/ft68';
import { Ft68Reader } from '../../native/keypad/ft68-reader';
import { decodeInput, keyBytes, keyNames } from '../../native/keypad/keys';
import { KeypadBus } from '../../native/keypad/keypad-bus';
import { bxAnswer, encodeBx } from '../../native/led/bx5k';
import { BX_DISPLAY, bxDynamicArea } from '../../native/led/bx5k-area';
import { BxReader } from '../../native/led/bx5k-reader';
import { encodeStrip } from '../../native/led/strip';
import { StripReader } from '../../native/led/strip-reader';
import { MemoryTransport } from '../../native/transport/transport';
import { randomBytes } from 'node:crypto';

const RUNS = 1000;
const bytes = fc.uint8Array({ minLength: 0, maxLength: 2000 });
/** Noise biased toward the bytes that start, end and fill frames, so near-misses are common. */
const nastyBytes = fc
  .array(fc.oneof(fc.constantFrom(0xff, 0x68, 0x16, 0x03, 0x01, 0x0c, 0xa5, 0x5a, 0xa6, 0x5b, 0xaa, 0xbb), fc.integer({ min: 0, max: 255 })), {
    maxLength: 2000,
  })
  .map((a) => Uint8Array.from(a));

/** Real FT68 frames, some corrupted (one byte changed, or cut short), among noise: the near misses. */
const ft68Segment = fc.oneof(
  fc.uint8Array({ maxLength: 30 }),
  fc
    .record({ address: fc.integer({ min: 0, max: 255 }), control: fc.constantFrom(0x01, 0x11, 0x02, 0x03), data: fc.uint8Array({ maxLength: 8 }) })
    .chain((f) => {
      const frame = encodeFt68(f);
      return fc.oneof(
        fc.constant(frame),
        fc.record({ at: fc.nat(frame.length - 1), xor: fc.integer({ min: 1, max: 255 }) }).map(({ at, xor }) => {
          const bad = Buffer.from(frame);
          bad[at]! ^= xor;
          return bad;
        }),
        fc.nat(frame.length - 1).map((n) => frame.subarray(0, n)),
      );
    }),
);
const nearMisses = fc.array(ft68Segment, { maxLength: 60 }).map((parts) => Uint8Array.from(Buffer.concat(parts)));

/** Every valid FT68 frame in `input`, scanning left to right as the protocol allows: the reference. */
function scanFt68(input: Uint8Array): string[] {
  const found: string[] = [];
  for (let i = 0; i + 9 <= input.length;) {
    const l = input[i + 2]!;
    const size = 5 + l + 2;
    const ok =
      input[i] === 0xff &&
      input[i + 1] === 0x68 &&
      input[i + 3] === l &&
      input[i + 4] === 0x68 &&
      l >= 2 &&
      l <= 32 &&
      i + size <= input.length &&
      input[i + size - 1] === 0x16 &&
      input[i + 5 + l] === checksum(input[i + 5]!, input[i + 6]!, input.subarray(i + 7, i + 5 + l));
    if (ok) {
      found.push(Buffer.from(input.subarray(i, i + size)).toString('hex'));
      i += size;
    } else i++;
  }
  return found;
}

function readFt68(input: Uint8Array, cuts: number[]): string[] {
  const raws: string[] = [];
  const reader = new Ft68Reader((_f, raw) => raws.push(raw.toString('hex')));
  let at = 0;
  for (const cut of [...cuts.map((c) => c % (input.length + 1)).sort((a, b) => a - b), input.length]) {
    reader.push(input.subarray(at, Math.max(at, cut)), 0);
    at = Math.max(at, cut);
  }
  // The end of the input: the line goes quiet, so a candidate still waiting for bytes is given up
  // (as the brute-force scan, which knows the input is complete, never waits for it).
  reader.push(new Uint8Array(0), 1000);
  return raws;
}

test('FT68: random bytes, any chunking: exactly the frames a brute-force scan finds, nothing else', () => {
  fc.assert(
    fc.property(fc.oneof(bytes, nastyBytes, nearMisses), fc.array(fc.nat(), { maxLength: 20 }), (input, cuts) => {
      expect(readFt68(input, cuts)).toEqual(scanFt68(input));
    }),
    { numRuns: RUNS },
  );
});

test('FT68: key frames hidden among noise without FF are all found, in order', () => {
  const press = fc.record({ address: fc.integer({ min: 0, max: 255 }), key: fc.constantFrom(...keyNames) });
  const noise = fc.uint8Array({ maxLength: 40 }).map((a) => a.map((b) => (b === 0xff ? 0 : b)));
  fc.assert(
    fc.property(fc.array(fc.tuple(noise, press), { maxLength: 30 }), (parts) => {
      const input = Buffer.concat(parts.flatMap(([n, p]) => [n, keyFrame(p.address, keyBytes(p.key))]));
      const keys: unknown[] = [];
      new Ft68Reader((f) => keys.push(decodeInput(f))).push(input, 0);
      expect(keys).toEqual(parts.map(([, p]) => ({ kind: 'key', ...p })));
    }),
    { numRuns: RUNS },
  );
});

test('the host keypad bus fed random bytes: no crash, and a command only for a frame really in the input', async () => {
  await fc.assert(
    fc.asyncProperty(fc.oneof(bytes, nastyBytes, nearMisses), async (input) => {
      const [host, device] = MemoryTransport.pair('fuzz');
      const bus = new KeypadBus(host, { baud: 115200, gapMs: 0 });
      await host.open();
      await device.open();
      const commands: string[] = [];
      bus.on('key', (a, k) => commands.push(`${a}:${k}`));
      bus.on('evaluation', (a, v) => commands.push(`${a}=${v}`));
      host.emit('data', Buffer.from(input));
      const expected = scanFt68(input)
        .map((h) => {
          const raw = Buffer.from(h, 'hex');
          return decodeInput({ address: raw[5]!, control: raw[6]!, data: raw.subarray(7, raw.length - 2) });
        })
        .filter((i) => i.kind !== 'unknown');
      // Duplicates within a second are dropped, so at most the real frames (and never anything else).
      expect(commands.length).toBeLessThanOrEqual(expected.length);
      for (const c of commands)
        expect(expected.map((i) => (i.kind === 'key' ? `${i.address}:${i.key}` : `${i.address}=${(i as { value: number }).value}`))).toContain(c);
      await bus.close();
      await device.close();
    }),
    { numRuns: 100 },
  );
});

test('bx5k and strip readers: random bytes never crash them, and every frame they accept checks out', () => {
  fc.assert(
    fc.property(fc.oneof(bytes, nastyBytes), fc.integer({ min: 1, max: 64 }), (input, chunk) => {
      let accepted = 0;
      const bx = new BxReader(() => accepted++);
      const strip = new StripReader((f) => {
        accepted++;
        expect(f.text.includes(0xff)).toBe(false);
      });
      for (let i = 0; i < input.length; i += chunk) {
        bx.push(input.subarray(i, i + chunk));
        strip.push(input.subarray(i, i + chunk));
      }
      expect(bx.counters.frames + strip.counters.frames).toBe(accepted);
    }),
    { numRuns: RUNS },
  );
});

test('an evaluator frame is decoded only with one value byte 0..4', () => {
  for (let value = 0; value < 256; value++) {
    const input = decodeInput({ address: 1, control: 0x11, data: Buffer.from([value]) });
    expect(input.kind).toBe(value <= 4 ? 'evaluation' : 'unknown');
  }
  expect(encodeFt68({ address: 1, control: 0x11, data: Buffer.from([1]) })).toHaveLength(10);
});

test('volume: 8 MB of random bytes with 1,000 real presses mixed in, in 4 KB chunks, through the FT68 reader', () => {
  const parts: Buffer[] = [];
  for (let i = 0; i < 1000; i++) parts.push(randomBytes(8192), keyFrame(i % 200, keyBytes(keyNames[i % keyNames.length]!)));
  const input = Buffer.concat(parts);
  const found: string[] = [];
  const reader = new Ft68Reader((_f, raw) => found.push(raw.toString('hex')));
  for (let i = 0; i < input.length; i += 4096) reader.push(input.subarray(i, i + 4096), 0);
  expect(found).toEqual(scanFt68(input));
  // Random bytes could hide a real-looking frame just before a press and swallow it (1 in ~10^5 per press).
  expect(found.length).toBeGreaterThanOrEqual(995);
  expect(reader.counters.noiseBytes).toBeGreaterThan(8_000_000);
});

/** One byte of `frame` in [from, to) changed by xor, never into a byte in `avoid`: a single-byte line error. */
const corrupt = (frame: Buffer, from: number, to: number, avoid: number[]) =>
  fc
    .record({ at: fc.integer({ min: from, max: to - 1 }), xor: fc.integer({ min: 1, max: 255 }) })
    .filter(({ at, xor }) => !avoid.includes(frame[at]! ^ xor))
    .map(({ at, xor }) => {
      const bad = Buffer.from(frame);
      bad[at]! ^= xor;
      return bad;
    });

type Segment = { bytes: Buffer; intact: number };

/** Feeds the segments back to back: the reader must accept exactly the intact frames among them. */
function acceptsExactlyTheIntact(segment: fc.Arbitrary<Segment>, reader: (onFrame: () => void) => { push(b: Uint8Array): void }) {
  fc.assert(
    fc.property(fc.array(segment, { maxLength: 40 }), (parts) => {
      let accepted = 0;
      reader(() => accepted++).push(Buffer.concat(parts.map((p) => p.bytes)));
      expect(accepted).toBe(parts.reduce((n, p) => n + p.intact, 0));
    }),
    { numRuns: RUNS },
  );
}

test('bx5k reader: exactly the intact frames among noise and single-byte-corrupted ones', () => {
  const segment: fc.Arbitrary<Segment> = fc.oneof(
    fc.uint8Array({ maxLength: 20 }).map((n) => ({ bytes: Buffer.from(n.map((b) => (b === 0xa5 ? 0 : b))), intact: 0 })),
    fc.record({ dst: fc.integer({ min: 0, max: 0xffff }), text: fc.uint8Array({ maxLength: 24 }) }).chain(({ dst, text }) => {
      const frame =
        dst % 2
          ? encodeBx({ dst, data: bxDynamicArea({ id: 0, x: 0, y: 0, width: 128, height: 16, display: BX_DISPLAY.static, speed: 0, stay: 0, text }) })
          : bxAnswer(dst);
      return fc.oneof(
        fc.constant({ bytes: frame, intact: 1 }),
        corrupt(frame, 8, frame.length - 1, [0xa5, 0x5a, 0xa6, 0x5b]).map((bytes) => ({ bytes, intact: 0 })),
      );
    }),
  );
  acceptsExactlyTheIntact(segment, (onFrame) => new BxReader(onFrame));
});

test('strip reader: exactly the intact frames among noise and frames corrupted past the address', () => {
  const segment: fc.Arbitrary<Segment> = fc.oneof(
    fc.uint8Array({ maxLength: 20 }).map((n) => ({ bytes: Buffer.from(n.map((b) => (b === 0xaa ? 0 : b))), intact: 0 })),
    fc.record({ address: fc.integer({ min: 0, max: 255 }), text: fc.uint8Array({ maxLength: 24 }), hall: fc.boolean() }).chain(({ address, text, hall }) => {
      const frame = encodeStrip(
        address,
        text.map((b) => (b === 0xff ? 0x20 : b)),
        hall,
      );
      return fc.oneof(
        fc.constant({ bytes: frame, intact: 1 }),
        // The address byte is outside the checksum by design: corruption there cannot be seen.
        corrupt(frame, 5, frame.length - 1, [0xff, 0xaa]).map((bytes) => ({ bytes, intact: 0 })),
      );
    }),
  );
  acceptsExactlyTheIntact(segment, (onFrame) => new StripReader(onFrame));
});
