// The hall's one scheduler: every timer of every capability (the day's rollover, rating timeouts, the
// nightly sync and backup) is set here. It runs each task with its name, logs a task that throws (the
// hall goes on; the next run retries), and closes them all with the hall. Its timers are injected:
// the wall clock's in the app (unref'd, so they never keep the process alive), a test's own in tests.

/** Where the scheduler's timers come from: the wall clock's, or a test's. */
export interface Timers {
  set(fn: () => void, ms: number): unknown;
  clear(handle: unknown): void;
}

/** Node's longest timeout (a longer one fires at once). */
const MAX_TIMEOUT_MS = 2 ** 31 - 1;

export const realTimers: Timers = {
  set: (fn, ms) => {
    const handle = setTimeout(fn, Math.min(ms, MAX_TIMEOUT_MS));
    handle.unref();
    return handle;
  },
  clear: (handle) => clearTimeout(handle as NodeJS.Timeout),
};

export type Cancel = () => void;

export class Scheduler implements Timers {
  private readonly live = new Set<unknown>();
  private closed = false;

  constructor(
    private readonly timers: Timers,
    private readonly log: (message: string, error: unknown) => void,
  ) {}

  /** Runs `fn` once after `ms` (the Timers face, for parts that keep their own handle). */
  set(fn: () => void, ms: number, name = 'timer'): unknown {
    if (this.closed) return null;
    const handle = this.timers.set(() => {
      this.live.delete(handle);
      this.guard(name, fn);
    }, ms);
    this.live.add(handle);
    return handle;
  }

  clear(handle: unknown): void {
    if (handle === null || !this.live.delete(handle)) return;
    this.timers.clear(handle);
  }

  /** Runs `fn` every `ms` until cancelled or the hall closes. */
  every(name: string, ms: number, fn: () => void): Cancel {
    let handle: unknown = null;
    const tick = () => {
      this.guard(name, fn);
      if (handle !== null) handle = this.set(tick, ms, name);
    };
    handle = this.set(tick, ms, name);
    return () => {
      this.clear(handle);
      handle = null;
    };
  }

  close(): void {
    this.closed = true;
    for (const handle of this.live) this.timers.clear(handle);
    this.live.clear();
  }

  private guard(name: string, fn: () => void): void {
    try {
      fn();
    } catch (error) {
      this.log(`${name} failed`, error);
    }
  }
}
