// A long read written once as a generator of steps: it yields every few thousand rows and returns its
// answer. Run straight through (an in-process caller, a test: one turn of the event loop) or paced (a
// transport's request: the hall answers everyone else between the steps). The same code either way, so
// a paced report gives exactly the figures of the straight one.
export type Steps<T> = Generator<void, T, void>;

/** Rows a step reads before it yields: a few milliseconds of the hall PC's time. */
export const STEP_ROWS = 5_000;

export function runThrough<T>(steps: Steps<T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * Waits on `between` after each step. A `between` that throws (the reader went away, the hall closed)
 * ends the steps there: the generator's finally blocks run, closing its open statements.
 */
export async function runPaced<T>(steps: Steps<T>, between: () => Promise<void>): Promise<T> {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    try {
      await between();
    } catch (error) {
      steps.return(undefined as never);
      throw error;
    }
  }
}

/** The next turn of the event loop: the I/O that came meanwhile (other requests) is answered first. */
export const nextTurn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));
