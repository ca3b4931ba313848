// Small helpers for the benchmarks: timing, percentiles, temp halls.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ManualClock } from '../electron/core/clock';
import { openInspectableHall, type InspectableHall } from '../electron/core/inspectable-hall';

export const MONDAY_9AM = Date.parse('2026-11-23T09:00:00+08:00');

export function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

export function summarize(samplesMs: number[]): { p50: number; p99: number; mean: number } {
  const sorted = [...samplesMs].sort((a, b) => a - b);
  return { p50: percentile(sorted, 50), p99: percentile(sorted, 99), mean: sorted.reduce((a, b) => a + b, 0) / sorted.length };
}

export const nowMs = () => performance.now();

export function withTempHall<T>(fn: (hall: InspectableHall, dataDir: string, clock: ManualClock) => T, prepare?: (dataDir: string) => void): T {
  const dataDir = mkdtempSync(join(tmpdir(), 'tongban-bench-'));
  try {
    const clock = new ManualClock(MONDAY_9AM);
    if (prepare) {
      openInspectableHall({ dataDir, demo: true, clock }).close();
      prepare(dataDir);
    }
    const hall = openInspectableHall({ dataDir, demo: true, clock, log: () => {} });
    try {
      return fn(hall, dataDir, clock);
    } finally {
      hall.close();
    }
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

/** withTempHall for benchmarks that await (a server, a socket). */
export async function withTempHallAsync<T>(fn: (hall: InspectableHall, dataDir: string, clock: ManualClock) => Promise<T>): Promise<T> {
  const dataDir = mkdtempSync(join(tmpdir(), 'tongban-bench-'));
  const clock = new ManualClock(MONDAY_9AM);
  const hall = openInspectableHall({ dataDir, demo: true, clock, log: () => {} });
  try {
    return await fn(hall, dataDir, clock);
  } finally {
    hall.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

export const fmt = (n: number, digits = 3) => n.toFixed(digits);
