// Matches answers from the bus to the frame waiting for them, by the answering screen's address.
// The expectation is registered before the frame is written (a quick answer is not missed) but its
// timeout only starts once the frame is on the wire. One frame is in flight at a time (the
// scheduler is serial), so one expectation per address is enough.
// An answer carries the controller's error code (0 = done); null means none came in time.
interface Expectation {
  resolve: (error: number | null) => void;
  timer: NodeJS.Timeout | null;
}

export interface ExpectedAnswer {
  /** The answer's error code (0 = done), or null when none came. */
  result: Promise<number | null>;
  /** Starts the timeout: `result` turns null if no answer came within `timeoutMs`. */
  arm(timeoutMs: number): void;
  cancel(): void;
}

export class AnswerWaiter {
  private readonly waiting = new Map<number, Expectation>();

  expect(address: number): ExpectedAnswer {
    this.settle(address, null);
    let entry!: Expectation;
    const result = new Promise<number | null>((resolve) => {
      entry = { resolve, timer: null };
    });
    this.waiting.set(address, entry);
    return {
      result,
      arm: (timeoutMs) => {
        if (this.waiting.get(address) === entry) entry.timer = setTimeout(() => this.settle(address, null), timeoutMs);
      },
      cancel: () => {
        if (this.waiting.get(address) === entry) this.settle(address, null);
      },
    };
  }

  answered(address: number, error = 0): void {
    this.settle(address, error);
  }

  cancelAll(): void {
    for (const address of [...this.waiting.keys()]) this.settle(address, null);
  }

  private settle(address: number, error: number | null): void {
    const entry = this.waiting.get(address);
    if (!entry) return;
    this.waiting.delete(address);
    if (entry.timer) clearTimeout(entry.timer);
    entry.resolve(error);
  }
}
