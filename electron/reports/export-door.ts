// The LAN server's door to the streamed xlsx (GET /api/reports/export.xlsx), after reports.xlsx has
// checked the manager and the query. The export reads through a snapshot of its own (openReadSnapshot):
// the hall's connection stays free for writes while the export waits between chunks, and every sheet of
// one file shows the same moment.
import { randomBytes } from 'node:crypto';
import type { Writable } from 'node:stream';
import type { ReportExportPlan } from '../contract';
import type { Clock } from '../core/clock';
import { openReadSnapshot, type Db } from '../core/db';
import { writeReportXlsx, type XlsxPace } from './report-xlsx';

/** What an export writes: the plan without its addresses. */
export type ExportPlan = Omit<ReportExportPlan, 'path' | 'keyPath'>;

export interface ReportExportDoor {
  /** Writes the workbook of `plan` into `out` (ending it); resolves with the ticket rows written. */
  xlsx(plan: ExportPlan, out: Writable, pace?: XlsxPace): Promise<number>;
  /** A one-time download key for `plan`, good for KEY_TTL_MS (the page's link when it holds no token). */
  offer(plan: ExportPlan): string;
  /** The plan a key was offered for, once: a used, unknown or expired key is null. */
  claim(key: string): ExportPlan | null;
}

/** How long a download key is good for: the click that follows the command, not a link to keep. */
export const KEY_TTL_MS = 5 * 60_000;

export function createReportExportDoor(db: Db, clock: Clock, timeZone: () => string): ReportExportDoor {
  // In memory only: a restart voids the keys, and the manager asks again.
  const keys = new Map<string, { plan: ExportPlan; expires: number }>();
  const prune = () => {
    for (const [key, k] of keys) if (k.expires <= clock.now()) keys.delete(key);
  };
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
    async xlsx(plan, out, pace) {
      let snapshot: ReturnType<typeof openReadSnapshot> | null = null;
      try {
        snapshot = openReadSnapshot(db);
        const query = { from: plan.from, to: plan.to, targetWaitMinutes: plan.targetWaitMinutes, lang: plan.lang, timeZone: timeZone(), now: clock.now() };
        return await writeReportXlsx(snapshot.reader, query, out, pace);
      } catch (error) {
        out.destroy(error as Error);
        throw error;
      } finally {
        snapshot?.close();
      }
    },
  };
}
