// A pace for the hall's long reads (HallOptions.readPace) that holds every read at its first pause
// until the test opens the gate: `held(n)` resolves once n reads are waiting there, the positive
// signal that a report is mid-way (no sleeping on the wall clock to guess it).
export interface ReadGate {
  pace(): Promise<void>;
  /** Resolves once `count` pauses have been reached in all (1: the first read is held). */
  held(count?: number): Promise<void>;
  /** How many pauses have been reached so far. */
  readonly pauses: number;
  open(): void;
}

export function readGate(): ReadGate {
  let pauses = 0;
  let release!: () => void;
  const opened = new Promise<void>((resolve) => (release = resolve));
  const waiters: { count: number; resolve: () => void }[] = [];
  const wake = () => {
    for (const w of waiters.filter((w) => pauses >= w.count)) {
      waiters.splice(waiters.indexOf(w), 1);
      w.resolve();
    }
  };
  return {
    async pace() {
      pauses++;
      wake();
      await opened;
    },
    held(count = 1) {
      return new Promise((resolve) => {
        waiters.push({ count, resolve });
        wake();
      });
    },
    get pauses() {
      return pauses;
    },
    open: () => release(),
  };
}
