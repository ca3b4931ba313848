// Test helpers: a demo hall in a fresh temporary folder with a manual clock, and login shortcuts.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Session } from '../../electron/contract';
import { ManualClock } from '../../electron/core/clock';
import { openHall, type Hall } from '../../electron/core/hall';

/** 2026-11-23 09:00 in Asia/Shanghai (a Monday). */
export const MONDAY_9AM = Date.parse('2026-11-23T09:00:00+08:00');

export interface TestHall {
  hall: Hall;
  clock: ManualClock;
  dataDir: string;
  /** Close and open the same data folder again, as after a restart of the hall PC. */
  reopen(): Hall;
  cleanup(): void;
}

export function makeTempDir(prefix = 'tongban-test-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

export function openTestHall(start = MONDAY_9AM): TestHall {
  const dataDir = makeTempDir();
  const clock = new ManualClock(start);
  const silent = () => {};
  const state: TestHall = {
    hall: openHall({ dataDir, demo: true, clock, log: silent }),
    clock,
    dataDir,
    reopen() {
      state.hall.close();
      state.hall = openHall({ dataDir, demo: true, clock, log: silent });
      return state.hall;
    },
    cleanup() {
      try {
        state.hall.close();
      } catch {
        // already closed
      }
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
  return state;
}

/** Runs a command and returns its value, failing the test with the hall's error otherwise. */
export function run(hall: Hall, name: string, input: unknown, session: Session | null = null): any {
  const result = hall.dispatch(name, input, session);
  if (!result.ok) throw new Error(`${name} failed: ${result.error.code} ${result.error.message}`);
  return result.value;
}

export function login(hall: Hall, user: string, pin = user === 'admin' ? '000000' : user === 'kiosk' ? '8888' : '1234'): Session {
  return run(hall, 'auth.login', { user, pin }) as Session;
}
