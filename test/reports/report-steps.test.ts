// The reports as steps (core/steps.ts) over a store of more rows than a step reads: paced, they pause
// between steps and give exactly what they give straight through; the pause of a range's duty is a
// day; a pace that throws ends the steps and closes their statements (the connection writes again).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { fillYearHall } from '../../bench/year-hall';
import { openHallDatabase } from '../../electron/core/hall-database';
import type { Db } from '../../electron/core/db';
import { runPaced, runThrough, STEP_ROWS, type Steps } from '../../electron/core/steps';
import { pauseIntervalsSteps } from '../../electron/reports/pause-intervals';
import { talliesSteps } from '../../electron/reports/report-facts';
import { ticketCountSteps } from '../../electron/reports/xlsx-tickets';

let dir: string;
let db: Db;
let days: string[];
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'tongban-steps-'));
  const file = join(dir, 'tongban.db');
  days = fillYearHall(file, 6_000, 3_000).days; // three business days of 2,000 tickets
  db = openHallDatabase(file);
});
afterAll(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

async function paced<T>(steps: () => Steps<T>): Promise<{ value: T; pauses: number }> {
  let pauses = 0;
  const value = await runPaced(steps(), async () => {
    pauses++;
  });
  return { value, pauses };
}

const query = () => ({ from: days[0]!, to: days.at(-1)!, targetWaitSeconds: 900, timeZone: 'Asia/Shanghai', now: Date.parse('2026-12-01T00:00:00Z') });

test('the tallies pause every STEP_ROWS rows and come out the same as straight through', async () => {
  const rows = db.prepare('SELECT (SELECT count(*) FROM events) + (SELECT count(*) FROM tickets) + (SELECT count(*) FROM ratings)').pluck().get() as number;
  expect(rows).toBeGreaterThan(4 * STEP_ROWS);
  const straight = runThrough(talliesSteps(db, query(), ['hall', 'clerk', 'hour']));
  const { value, pauses } = await paced(() => talliesSteps(db, query(), ['hall', 'clerk', 'hour']));
  expect(value).toEqual(straight);
  expect(straight.get('hall')!.get('hall')!.arrived).toBe(6_000);
  expect(pauses).toBeGreaterThanOrEqual(Math.floor(20_000 / STEP_ROWS));
});

test('the duty report’s pauses are read a calendar day per step; the xlsx count in stretches of ids', async () => {
  const span = { from: days[0]!, to: days.at(-1)! };
  const calendarDays = (Date.parse(span.to) - Date.parse(span.from)) / 86_400_000 + 1;
  const pauses = await paced(() => pauseIntervalsSteps(db, [span.from, span.to], Date.parse('2026-12-01T00:00:00Z')));
  expect(pauses.pauses).toBe(calendarDays);
  expect([...pauses.value.values()].flat().length).toBeGreaterThan(0); // the lunch pauses of the year hall
  expect(pauses.value).toEqual(runThrough(pauseIntervalsSteps(db, [span.from, span.to], Date.parse('2026-12-01T00:00:00Z'))));
  const count = await paced(() => ticketCountSteps(db, span.from, span.to));
  expect(count.value).toBe(6_000);
  expect(count.pauses).toBeGreaterThan(calendarDays);
  expect(runThrough(ticketCountSteps(db, days[1]!, days[1]!))).toBe(2_000);
  expect(runThrough(ticketCountSteps(db, '2020-01-01', '2020-01-31'))).toBe(0);
});

test('a pace that throws ends the steps there: their statements are closed and the connection writes again', async () => {
  let pauses = 0;
  const stop = new Error('the reader went away');
  await expect(
    runPaced(talliesSteps(db, query(), ['hall']), async () => {
      if (++pauses === 2) throw stop;
    }),
  ).rejects.toBe(stop);
  // better-sqlite3 refuses a write while an iterator of the connection is open.
  expect(() => db.prepare("INSERT INTO settings (key, value) VALUES ('steps.test', '1')").run()).not.toThrow();
});
