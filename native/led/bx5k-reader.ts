// Cuts a byte stream into BX-5K frames (either direction). A5 and 5A never occur inside an escaped
// frame, so any A5 starts a frame and the next 5A ends it: noise between frames is skipped and
// counted, and a frame cut short by a new preamble is dropped. Bounded: a runaway frame is discarded.
import { decodeBxBody, type BxFrame, type BxDecodeError } from './bx5k';

const MAX_FRAME = 4096;

export interface BxReaderCounters {
  frames: number;
  rejected: number;
  noiseBytes: number;
}

export class BxReader {
  private body: number[] | null = null;
  readonly counters: BxReaderCounters = { frames: 0, rejected: 0, noiseBytes: 0 };

  constructor(
    private readonly onFrame: (frame: BxFrame) => void,
    private readonly onReject: (why: BxDecodeError | 'truncated' | 'too long') => void = () => {},
  ) {}

  push(chunk: Uint8Array): void {
    for (const b of chunk) {
      if (b === 0xa5) {
        // Preamble: starts (or restarts) a frame. A frame interrupted by a preamble is lost.
        if (this.body && this.body.length > 0) this.reject('truncated');
        this.body = [];
      } else if (!this.body) {
        this.counters.noiseBytes++;
      } else if (b === 0x5a) {
        const body = this.body;
        this.body = null;
        const decoded = decodeBxBody(Uint8Array.from(body));
        if (typeof decoded === 'string') this.reject(decoded);
        else {
          this.counters.frames++;
          this.onFrame(decoded);
        }
      } else if (this.body.length >= MAX_FRAME) {
        this.body = null;
        this.reject('too long');
      } else {
        this.body.push(b);
      }
    }
  }

  private reject(why: BxDecodeError | 'truncated' | 'too long'): void {
    this.counters.rejected++;
    this.onReject(why);
  }
}
