// The print queue: tickets print one after another, apart from issuing (adding a job is synchronous
// and never waits for the printer, so a slow or dead printer never holds up the kiosk). A failed job
// is retried a bounded number of times, and only when the printer could not be reached and no byte
// of the ticket had left: a retry after a partial print could put two tickets with one number in
// residents' hands. Every job ends in exactly one `done` call.
import type { PrintOutcome } from '../../../native/printer/print-ticket';

export interface QueueOptions {
  /** Extra attempts for an unreachable printer. */
  retries: number;
  /** Wait before retry n: n × this, ms. */
  retryDelayMs: number;
  /** Jobs waiting beyond this many fail at once (the printer is hopelessly behind). */
  maxWaiting: number;
}

export interface Finished<J> {
  job: J;
  outcome: PrintOutcome;
  attempts: number;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export const retriable = (o: PrintOutcome) => !o.ok && !o.written && o.state === 'offline';

export class PrintQueue<J> {
  private readonly waiting: J[] = [];
  private running = false;
  private stopped = false;

  constructor(
    private readonly print: (job: J) => Promise<PrintOutcome>,
    private readonly done: (finished: Finished<J>) => void,
    private readonly options: QueueOptions,
  ) {}

  get idle(): boolean {
    return !this.running && this.waiting.length === 0;
  }

  get length(): number {
    return this.waiting.length;
  }

  add(job: J): void {
    if (this.stopped) return;
    if (this.waiting.length >= this.options.maxWaiting) {
      const outcome: PrintOutcome = {
        ok: false,
        state: 'offline',
        error: `print queue full (${this.options.maxWaiting} waiting)`,
        written: false,
        answered: false,
      };
      setImmediate(() => this.done({ job, outcome, attempts: 0 }));
      return;
    }
    this.waiting.push(job);
    if (!this.running) void this.drain();
  }

  /** Stops taking jobs; the one printing finishes, the waiting ones are dropped. */
  stop(): void {
    this.stopped = true;
    this.waiting.length = 0;
  }

  private async drain(): Promise<void> {
    this.running = true;
    while (!this.stopped && this.waiting.length > 0) {
      const job = this.waiting.shift()!;
      let attempts = 0;
      let outcome: PrintOutcome;
      for (;;) {
        attempts++;
        outcome = await this.print(job);
        if (!retriable(outcome) || attempts > this.options.retries || this.stopped) break;
        await sleep(this.options.retryDelayMs * attempts);
      }
      this.done({ job, outcome, attempts });
    }
    this.running = false;
  }
}
