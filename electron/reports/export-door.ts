// The LAN server's door to the streamed xlsx (GET /api/reports/export.xlsx), after reports.xlsx has
// checked the manager and the query. The export reads through a read-only connection of its own in one
// read transaction: the hall's connection must stay free for writes while the export waits between
// chunks (better-sqlite3 refuses a write on a connection with an open iterator), and the snapshot keeps
// every sheet of one file consistent (WAL: writers go on meanwhile).
import type { Writable } from 'node:stream';
import Database from 'better-sqlite3';
import type { ReportExportPlan } from '../contract';
import type { Clock } from '../core/clock';
import type { Db } from '../core/db';
import { writeReportXlsx, type XlsxPace } from './report-xlsx';

export interface ReportExportDoor {
  /** Writes the workbook of `plan` into `out` (ending it); resolves with the ticket rows written. */
  xlsx(plan: ReportExportPlan, out: Writable, pace?: XlsxPace): Promise<number>;
}

export function createReportExportDoor(db: Db, clock: Clock, timeZone: () => string): ReportExportDoor {
  return {
    async xlsx(plan, out, pace) {
      const reader = new Database(db.name, { readonly: true, fileMustExist: true });
      try {
        reader.pragma('busy_timeout = 5000');
        reader.exec('BEGIN');
        const query = { from: plan.from, to: plan.to, targetWaitMinutes: plan.targetWaitMinutes, lang: plan.lang, timeZone: timeZone(), now: clock.now() };
        const rows = await writeReportXlsx(reader, query, out, pace);
        reader.exec('COMMIT');
        return rows;
      } catch (error) {
        out.destroy(error as Error);
        throw error;
      } finally {
        reader.close();
      }
    },
  };
}
