// The reports' long reads over the generated year, straight through (what the hall's event loop was
// held for before the paced door) against paced (core/steps.ts, as a transport's request runs them:
// a snapshot of their own, the next turn of the event loop between steps): the paced read's total
// time, its steps and its longest step, which is now the longest the hall waits on a report.
import type { Db } from '../electron/core/db';
import { openReadSnapshot } from '../electron/core/db';
import { nextTurn, runPaced, runThrough, type Steps } from '../electron/core/steps';
import { appraisalSteps } from '../electron/reports/appraisal';
import { dutyReportSteps } from '../electron/reports/duty-report';
import { summariesSteps } from '../electron/reports/report-summary';
import { ticketCountSteps } from '../electron/reports/xlsx-tickets';
import { alwaysOpen, type HallSchedule } from '../electron/shared/calendar/schedule';
import { nowMs } from './util';

export interface PacedFigure {
  name: string;
  straightMs: number;
  pacedMs: number;
  steps: number;
  longestStepMs: number;
}

async function measure(name: string, db: Db, steps: (db: Db) => Steps<unknown>): Promise<PacedFigure> {
  const s0 = nowMs();
  runThrough(steps(db));
  const straightMs = nowMs() - s0;
  const snapshot = openReadSnapshot(db.name);
  try {
    let count = 0;
    let longest = 0;
    let last = nowMs();
    const p0 = last;
    await runPaced(steps(snapshot.reader), async () => {
      const held = nowMs() - last;
      if (held > longest) longest = held;
      count++;
      await nextTurn();
      last = nowMs();
    });
    longest = Math.max(longest, nowMs() - last);
    return { name, straightMs, pacedMs: nowMs() - p0, steps: count, longestStepMs: longest };
  } finally {
    snapshot.close();
  }
}

/** A 5+2 hall's week (the duty split's work): weekdays 9–12, lunch duty, 13:30–17:30, an evening; Saturday mornings. */
const regular = (start: string, end: string) => ({ start, end, kind: 'regular' as const });
const weekday = [
  regular('09:00', '12:00'),
  { start: '12:00', end: '13:30', kind: 'lunch_duty' as const },
  regular('13:30', '17:30'),
  { start: '17:30', end: '20:00', kind: 'evening' as const },
];
const schedule: HallSchedule = { ...alwaysOpen, weekly: { 1: weekday, 2: weekday, 3: weekday, 4: weekday, 5: weekday, 6: [regular('09:00', '12:00')] } };

export async function benchPacedReads(db: Db, from: string, to: string, month: string): Promise<PacedFigure[]> {
  const base = { targetWaitMinutes: 15, timeZone: 'Asia/Shanghai', now: Date.parse('2026-12-01T00:00:00Z') };
  return [
    await measure('year by clerk, hour, window (the report page)', db, (r) => summariesSteps(r, { ...base, from, to }, ['clerk', 'hour', 'window'])),
    await measure('year duty report', db, (r) => dutyReportSteps(r, schedule, { from, to, timeZone: base.timeZone, now: base.now })),
    await measure('month appraisal sheets', db, (r) => appraisalSteps(r, schedule, { month, timeZone: base.timeZone, now: base.now, hallName: 'bench' })),
    await measure('year xlsx plan (ticket count)', db, (r) => ticketCountSteps(r, from, to)),
  ];
}
