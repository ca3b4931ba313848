// The LAN server's door to the streamed xlsx (GET /api/reports/export.xlsx), after reports.xlsx has
// checked the manager and the query. The export runs in a worker thread of its own (export-thread.ts)
// that reads a snapshot of the hall's file: none of the hall's event loop, a capped heap, the hall's
// connection free for writes, and every sheet of one file showing the same moment (when the worker
// opened its read).
import { randomBytes } from 'node:crypto';
import type { Writable } from 'node:stream';
import type { ReportExportPlan } from '../contract';
import type { Clock } from '../core/clock';
import type { WorkerEntry } from '../core/worker-entry';
import { exportInWorker, type ExportRun } from './export-thread';

/** What an export writes: the plan without its addresses. */
export type ExportPlan = Omit<ReportExportPlan, 'path' | 'keyPath'>;

/** Tests' watch on an export: its chunk size and progress (a promise returned holds the worker until it settles), how long a stalled reader is borne. */
export interface ExportWatch {
  chunkRows?: number;
  onRows?: (written: number) => void | Promise<void>;
  reader?: ExportRun['reader'];
}

/** Exports running at once (each a worker: a core and ~120 MB for a year); more wait their turn. */
export const MAX_EXPORTS = 2;

export interface ReportExportDoor {
  /** Writes the workbook of `plan` into `out` (ending it); resolves with the ticket rows written. */
  xlsx(plan: ExportPlan, out: Writable, watch?: ExportWatch): Promise<number>;
  /** A one-time download key for `plan`, good for KEY_TTL_MS (the page's link when it holds no token). */
  offer(plan: ExportPlan): string;
  /** The plan a key was offered for, once: a used, unknown or expired key is null. */
  claim(key: string): ExportPlan | null;
  /** Stops the running exports and those waiting (the hall closes). */
  close(): void;
}

/** How long a download key is good for: the click that follows the command, not a link to keep. */
export const KEY_TTL_MS = 5 * 60_000;

export interface ExportDoorParts {
  /** The hall's database file. */
  file: string;
  clock: Clock;
  timeZone(): string;
  worker: WorkerEntry;
}

export function createReportExportDoor({ file, clock, timeZone, worker }: ExportDoorParts): ReportExportDoor {
  // In memory only: a restart voids the keys, and the manager asks again.
  const keys = new Map<string, { plan: ExportPlan; expires: number }>();
  const prune = () => {
    for (const [key, k] of keys) if (k.expires <= clock.now()) keys.delete(key);
  };
  const running = new Set<AbortController>();
  const waiting: (() => void)[] = [];
  let closed = false;
  return {
    offer(plan) {
      prune();
      const key = randomBytes(18).toString('base64url');
      keys.set(key, { plan, expires: clock.now() + KEY_TTL_MS });
      return key;
    },
    claim(key) {
      prune();
      const k = keys.get(key);
      keys.delete(key);
      return k ? k.plan : null;
    },
    async xlsx(plan, out, watch = {}) {
      while (running.size >= MAX_EXPORTS && !closed) await new Promise<void>((resolve) => waiting.push(resolve));
      const stop = new AbortController();
      if (closed) stop.abort();
      running.add(stop);
      try {
        const query = { from: plan.from, to: plan.to, targetWaitMinutes: plan.targetWaitMinutes, lang: plan.lang, timeZone: timeZone(), now: clock.now() };
        const data = { file, query, chunkRows: watch.chunkRows, held: watch.onRows !== undefined };
        return await exportInWorker({ entry: worker, data, onRows: watch.onRows, reader: watch.reader, signal: stop.signal }, out);
      } catch (error) {
        if (!out.destroyed) out.destroy(error as Error);
        throw error;
      } finally {
        running.delete(stop);
        waiting.shift()?.();
      }
    },
    close() {
      closed = true;
      for (const stop of running) stop.abort();
      for (const wake of waiting.splice(0)) wake();
    },
  };
}
