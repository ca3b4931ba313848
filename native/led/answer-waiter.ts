// Matches answers from the bus to the frame waiting for them, by the answering screen's address.
// The expectation is registered before the frame is written (a quick answer is not missed) but its
// timeout only starts once the frame is on the wire. One frame is in flight at a time (the
// scheduler is serial), so one expectation per address is enough.
interface Expectation {
  resolve: (answered: boolean) => void;
  timer: NodeJS.Timeout | null;
}

export interface ExpectedAnswer {
  result: Promise<boolean>;
  /** Starts the timeout: `result` turns false if no answer came within `timeoutMs`. */
  arm(timeoutMs: number): void;
  cancel(): void;
}

export class AnswerWaiter {
  private readonly waiting = new Map<number, Expectation>();

  expect(address: number): ExpectedAnswer {
    this.settle(address, false);
    let entry!: Expectation;
    const result = new Promise<boolean>((resolve) => {
      entry = { resolve, timer: null };
    });
    this.waiting.set(address, entry);
    return {
      result,
      arm: (timeoutMs) => {
        if (this.waiting.get(address) === entry) entry.timer = setTimeout(() => this.settle(address, false), timeoutMs);
      },
      cancel: () => {
        if (this.waiting.get(address) === entry) this.settle(address, false);
      },
    };
  }

  answered(address: number): void {
    this.settle(address, true);
  }

  cancelAll(): void {
    for (const address of [...this.waiting.keys()]) this.settle(address, false);
  }

  private settle(address: number, answered: boolean): void {
    const entry = this.waiting.get(address);
    if (!entry) return;
    this.waiting.delete(address);
    if (entry.timer) clearTimeout(entry.timer);
    entry.resolve(answered);
  }
}
