// Cuts a byte stream into strip frames for the panel simulator. A frame starts AA ?? BB 51 54 and
// ends at the first FF after its checksum byte; anything else is noise, skipped and counted. After a
// bad frame the search resumes one byte after its AA, so a good frame hidden inside noise is still found.
import { decodeStrip, STRIP_END, STRIP_HEAD, type StripFrame } from './strip';

const MAX_FRAME = 1024;

export class StripReader {
  private buf = Buffer.alloc(0);
  readonly counters = { frames: 0, rejected: 0, noiseBytes: 0 };

  constructor(private readonly onFrame: (frame: StripFrame) => void) {}

  push(chunk: Uint8Array): void {
    this.buf = Buffer.concat([this.buf, chunk]);
    for (;;) {
      const start = this.buf.indexOf(0xaa);
      if (start < 0) {
        this.skip(this.buf.length);
        return;
      }
      this.skip(start);
      if (this.buf.length < 6) return;
      if (!STRIP_HEAD.every((b, i) => this.buf[2 + i] === b)) {
        this.skip(1);
        continue;
      }
      const end = this.buf.indexOf(STRIP_END, 6);
      if (end < 0) {
        if (this.buf.length > MAX_FRAME) {
          this.counters.rejected++;
          this.skip(1);
          continue;
        }
        return;
      }
      const decoded = decodeStrip(this.buf.subarray(0, end + 1));
      if (typeof decoded === 'string') {
        this.counters.rejected++;
        this.skip(1);
        continue;
      }
      this.counters.frames++;
      this.buf = this.buf.subarray(end + 1);
      this.onFrame(decoded);
    }
  }

  private skip(n: number): void {
    this.counters.noiseBytes += n;
    this.buf = this.buf.subarray(n);
  }
}
