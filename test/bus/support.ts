// Helpers for the hall-bus tests: waiting for events and conditions, fast reconnects, socat pairs.
import type { EventEmitter } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { socatAvailable, SocatPair } from '../../native/sim/socat-pair';

/** Reconnect at once after a pull (the links come back within milliseconds in tests). */
export const quickBackoff = { initialMs: 5, maxMs: 10 };

export function next(emitter: EventEmitter<any>, event: string, timeoutMs = 10_000): Promise<unknown[]> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no ${event} within ${timeoutMs} ms`)), timeoutMs);
    emitter.once(event, (...args: unknown[]) => {
      clearTimeout(timer);
      resolve(args);
    });
  });
}

export { eventually } from '../support/eventually';

export const HAVE_SOCAT = socatAvailable();
export const NO_SOCAT = 'socat is not installed (apt-get install socat): the kernel-tty tests are skipped';

/** socat pairs in a fresh temporary folder; `cleanup()` stops them and removes the folder. */
export function socatPairs() {
  const dir = mkdtempSync(join(tmpdir(), 'tongban-bus-'));
  const pairs: SocatPair[] = [];
  return {
    dir,
    async pair(name: string): Promise<SocatPair> {
      const p = new SocatPair(join(dir, `${name}-hall`), join(dir, `${name}-dev`));
      await p.start();
      pairs.push(p);
      return p;
    },
    async cleanup() {
      await Promise.allSettled(pairs.map((p) => p.stop()));
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
