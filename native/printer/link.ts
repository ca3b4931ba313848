// How the print driver talks to a printer, whatever the wire: one exclusive exchange at a time
// (status query, ticket bytes, status query again), with answers read back where the wire allows.
// Implementations: TCP port 9100 (link-tcp.ts), anything behind the Transport interface such as a
// serial port (link-transport.ts), and a write-only device file (link-file.ts).

export interface PrinterIo {
  write(bytes: Uint8Array): Promise<void>;
  /** Writes a query and resolves with the first `count` bytes answered, or fewer if `timeoutMs` passes. */
  ask(query: Uint8Array, count: number, timeoutMs: number): Promise<Buffer>;
}

export interface PrinterLink {
  /** Where the printer is, for the console and the log: 'tcp://10.0.0.9:9100', 'serial:/dev/ttyUSB0@9600'. */
  readonly port: string;
  /** False for a device file: nothing can be read back, so the paper state is unknown. */
  readonly canQuery: boolean;
  /** Runs one exchange with the printer; exchanges never interleave. */
  exchange<T>(work: (io: PrinterIo) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/** Runs async jobs one after another (a printer has one paper path; answers must not interleave). */
export function serializer() {
  let tail: Promise<unknown> = Promise.resolve();
  return <T>(job: () => Promise<T>): Promise<T> => {
    const run = tail.then(job, job);
    tail = run.catch(() => undefined);
    return run;
  };
}

/**
 * Collects bytes the printer sends back and hands them to the one pending `ask`. Bytes that arrive
 * with no question pending (a late answer to a timed-out query) are dropped when the next question starts.
 */
export class AnswerReader {
  private received = Buffer.alloc(0);
  private waiting: { count: number; resolve: (b: Buffer) => void } | null = null;

  push(chunk: Buffer): void {
    this.received = Buffer.concat([this.received, chunk]);
    if (this.waiting && this.received.length >= this.waiting.count) this.finish();
  }

  async ask(send: () => Promise<void>, count: number, timeoutMs: number): Promise<Buffer> {
    this.received = Buffer.alloc(0);
    const answer = new Promise<Buffer>((resolve) => {
      this.waiting = { count, resolve };
    });
    const timer = setTimeout(() => this.finish(), timeoutMs);
    try {
      await send();
      return await answer;
    } finally {
      clearTimeout(timer);
      this.waiting = null;
    }
  }

  /** The link closed: no more answers will come, so a pending question ends now with what it has. */
  closed(): void {
    this.finish();
  }

  private finish(): void {
    const w = this.waiting;
    if (!w) return;
    this.waiting = null;
    w.resolve(this.received.subarray(0, w.count));
  }
}
