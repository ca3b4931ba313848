// Test helpers for backups: a seeded demo hall reopened with backup tuning (step size, a hook
// between steps, captured timers, a fake disk), a backup folder, and a damaged copy of a file.
import { closeSync, openSync, statSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import type { BackupTuning } from '../../electron/backup/service';
import { openInspectableHall, type InspectableHall } from '../../electron/core/inspectable-hall';
import type { Timers } from '../../electron/core/scheduler';
import { makeTempDir, openSeededHall, type TestHall } from '../support/hall';

/** A seeded demo hall whose BackupService runs with the given tuning. */
export type BackupTestHall = TestHall & { folder: string; reopenWith(t: BackupTuning): InspectableHall };

export function backupHall(tuning: BackupTuning = {}): BackupTestHall {
  const t = openSeededHall();
  const open = (with_: BackupTuning) =>
    openInspectableHall({ dataDir: t.dataDir, demo: true, clock: t.clock, log: () => {}, timers: capturedTimers().timers, backup: with_ });
  t.hall.close();
  t.hall = open(tuning);
  const folder = makeTempDir('tongban-backups-');
  return Object.assign(t, {
    folder,
    reopenWith(with_: BackupTuning) {
      t.hall.close();
      t.hall = open(with_);
      return t.hall;
    },
  });
}

/** Timers that never fire by themselves: a test fires the one it means, on the manual clock. */
export function capturedTimers() {
  const live = new Map<number, { fn: () => void; ms: number }>();
  let next = 0;
  const timers: Timers = {
    set: (fn, ms) => {
      live.set(++next, { fn, ms });
      return next;
    },
    clear: (handle) => live.delete(handle as number),
  };
  return {
    timers,
    /** The pending timers, oldest first. */
    pending: () => [...live.values()],
    /** Fires (and removes) the pending timer that was set with this delay. */
    fire(ms: number) {
      const entry = [...live.entries()].find(([, t]) => t.ms === ms);
      if (!entry) throw new Error(`no timer of ${ms} ms; pending: ${[...live.values()].map((t) => t.ms).join(', ')}`);
      live.delete(entry[0]);
      entry[1].fn();
    },
  };
}

/** Overwrites a run of pages in the middle of a database file with garbage, as a failing disk would. */
export function corruptMiddle(file: string, pages = 4, pageSize = 4096): void {
  const size = statSync(file).size;
  const start = Math.floor(size / pageSize / 2) * pageSize;
  const fd = openSync(file, 'r+');
  try {
    writeSync(fd, Buffer.alloc(pages * pageSize, 0xa5), 0, pages * pageSize, start);
  } finally {
    closeSync(fd);
  }
}

export const dbFile = (dataDir: string) => join(dataDir, 'tongban.db');
