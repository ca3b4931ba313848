// Cuts a byte stream into FT68 frames. Every candidate (FF 68 L L 68) is checked for equal lengths,
// a sane length, its checksum and the final 16; a candidate that fails is counted and the search
// resumes one byte later, so a good frame right after noise is still found. Bytes of a candidate
// that stalls longer than any frame could (staleMs) are given up, so noise cannot hold back the next press.
import { checksum, FT68_MAX_LENGTH, type Ft68Frame } from './ft68';

export interface Ft68Counters {
  frames: number;
  /** Candidates that looked like a frame but failed a check (length, checksum, end byte). */
  rejected: number;
  /** Bytes skipped between frames. */
  noiseBytes: number;
}

type Attempt = { frame: Ft68Frame; size: number } | 'partial' | 'bad';

function tryFrame(buf: Buffer): Attempt {
  if (buf.length < 5) return 'partial';
  const length = buf[2]!;
  if (buf[3] !== length || buf[4] !== 0x68 || length < 2 || length > FT68_MAX_LENGTH) return 'bad';
  const size = 5 + length + 2;
  if (buf.length < size) return 'partial';
  const address = buf[5]!;
  const control = buf[6]!;
  const data = Buffer.from(buf.subarray(7, 5 + length));
  if (buf[5 + length] !== checksum(address, control, data) || buf[size - 1] !== 0x16) return 'bad';
  return { frame: { address, control, data }, size };
}

export class Ft68Reader {
  private buf = Buffer.alloc(0);
  private lastAt = 0;
  readonly counters: Ft68Counters = { frames: 0, rejected: 0, noiseBytes: 0 };

  constructor(
    private readonly onFrame: (frame: Ft68Frame, raw: Buffer) => void,
    private readonly staleMs = 100,
  ) {}

  push(chunk: Uint8Array, now = performance.now()): void {
    if (this.buf.length > 0 && now - this.lastAt > this.staleMs) this.scan(true);
    this.lastAt = now;
    this.buf = Buffer.concat([this.buf, chunk]);
    this.scan(false);
  }

  /** Finds every frame in the buffer; with `final`, a partial candidate is given up instead of awaited. */
  private scan(final: boolean): void {
    while (this.buf.length > 0) {
      if (!this.findStart()) return;
      const attempt = tryFrame(this.buf);
      if (attempt === 'partial' && !final) return;
      if (typeof attempt === 'string') {
        // A candidate given up (FF 68 and more) counts as rejected whether it failed a check or stalled.
        if (attempt === 'bad' || this.buf.length >= 2) this.counters.rejected++;
        this.skip(1);
        continue;
      }
      const raw = Buffer.from(this.buf.subarray(0, attempt.size));
      this.buf = this.buf.subarray(attempt.size);
      this.counters.frames++;
      this.onFrame(attempt.frame, raw);
    }
  }

  /** Skips to the next FF 68 (or a trailing FF that may be its first half); false when there is none. */
  private findStart(): boolean {
    for (let i = 0; i < this.buf.length; i++) {
      if (this.buf[i] === 0xff && (i + 1 === this.buf.length || this.buf[i + 1] === 0x68)) {
        this.skip(i);
        return true;
      }
    }
    this.skip(this.buf.length);
    return false;
  }

  private skip(n: number): void {
    this.counters.noiseBytes += n;
    this.buf = this.buf.subarray(n);
  }
}
