// Issue 15's year: 500k tickets and 300k ratings in a real hall database (bench/year-hall.ts). The month
// report (reports.summary by clerk for one month; p50 of several runs) against the raw reads of the same
// rows (what any report over them costs at least), and the year's xlsx export in a child process of its
// own (bench/reports-year-export.ts), with the export's worker as built (`npm run bench` builds first):
// its time against the raw reads of every row it reads, and its peak memory. Goals: month < 200 ms,
// year export < 10 s and < 200 MB.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openHallDatabase } from '../electron/core/hall-database';
import { reportSummary } from '../electron/reports/report-summary';
import { fmt, nowMs, summarize } from './util';
import { rawExportReads, rawReportReads } from './raw-reads';
import { benchPacedReads, type PacedFigure } from './reports-paced';

const MONTH = { from: '2026-03-01', to: '2026-03-31' };

/** The built main entries (electron-vite build), where the export's worker is: refused when missing or older than its sources. */
function builtDir(): string {
  const root = join(import.meta.dirname, '..');
  const worker = join(root, 'out/main/export-worker.js');
  if (!existsSync(worker)) throw new Error('out/main/export-worker.js is missing: run `npm run build` (npm run bench does)');
  const sources = join(root, 'electron');
  const files = readdirSync(sources, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts'));
  const newest = Math.max(...files.map((f) => statSync(join(sources, f)).mtimeMs));
  if (statSync(worker).mtimeMs < newest) throw new Error('out/main/export-worker.js is older than electron/: run `npm run build`');
  return join(root, 'out/main');
}

export async function benchReportsYear(rounds = 5) {
  const built = builtDir();
  const { fillYearHall } = await import('./year-hall');
  const dir = mkdtempSync(join(tmpdir(), 'tongban-bench-year-'));
  try {
    const file = join(dir, 'tongban.db');
    const t0 = nowMs();
    const year = fillYearHall(file);
    const buildMs = nowMs() - t0;
    const db = openHallDatabase(file);
    const report: number[] = [];
    const raw: number[] = [];
    let clerks = 0;
    let arrived = 0;
    let paced: PacedFigure[] = [];
    let rawExport = { rows: 0, ms: 0 };
    try {
      for (let i = 0; i < rounds; i++) {
        const r0 = nowMs();
        rawReportReads(db, MONTH.from, MONTH.to);
        raw.push(nowMs() - r0);
        const s0 = nowMs();
        const summary = reportSummary(db, { ...MONTH, targetWaitMinutes: 15, timeZone: 'Asia/Shanghai', now: Date.parse('2026-12-01T00:00:00Z') }, 'clerk');
        report.push(nowMs() - s0);
        clerks = summary.rows.length;
        arrived = summary.total.arrived;
      }
      paced = await benchPacedReads(db, year.days[0]!, year.days.at(-1)!, MONTH.from.slice(0, 7));
      const r0 = nowMs();
      rawExport = { rows: rawExportReads(db, year.days[0]!, year.days.at(-1)!), ms: 0 };
      rawExport.ms = nowMs() - r0;
    } finally {
      db.close();
    }
    const from = year.days[0]!;
    const to = year.days.at(-1)!;
    const child = execFileSync(
      process.execPath,
      ['--import', 'tsx', join(import.meta.dirname, 'reports-year-export.ts'), file, from, to, join(dir, 'year.xlsx'), built],
      {
        encoding: 'utf8',
      },
    );
    const exported = JSON.parse(child.trim().split('\n').at(-1)!) as {
      rows: number;
      ms: number;
      bytes: number;
      rssBefore: number;
      rssPeak: number;
      maxRss: number;
      longestTurn: number;
    };
    return {
      tickets: year.tickets,
      ratings: year.ratings,
      days: year.days.length,
      from,
      to,
      buildMs,
      month: { clerks, arrived, report: summarize(report), raw: summarize(raw) },
      paced,
      rawExport,
      exported,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The section of `npm run bench`. */
export function printReportsYear(r: Awaited<ReturnType<typeof benchReportsYear>>): void {
  const mb = (bytes: number) => (bytes / 2 ** 20).toFixed(0);
  console.log(`\nreports over a generated year (${r.tickets} tickets, ${r.ratings} ratings, ${r.days} business days; built in ${fmt(r.buildMs / 1000, 1)} s)`);
  console.log(
    `  month report by clerk (${r.month.arrived} tickets)   p50 ${fmt(r.month.report.p50, 0)} ms   raw reads of the same rows p50 ${fmt(r.month.raw.p50, 0)} ms   ratio ${fmt(r.month.report.p50 / r.month.raw.p50, 2)}  (target < 200 ms)`,
  );
  for (const p of r.paced) {
    console.log(
      `  ${p.name}: straight through ${fmt(p.straightMs, 0)} ms (the hall held)   paced ${fmt(p.pacedMs, 0)} ms in ${p.steps} steps (×${fmt(p.pacedMs / p.straightMs, 2)}), longest step ${fmt(p.longestStepMs, 1)} ms (×${fmt(p.longestStepMs / p.straightMs, 3)} of the hold)`,
    );
  }
  const e = r.exported;
  console.log(
    `  year xlsx export in its worker (${e.rows} 明细 rows, ${mb(e.bytes)} MB file)   ${fmt(e.ms / 1000, 1)} s  (target < 10 s)   raw reads of its ${r.rawExport.rows} rows ${fmt(r.rawExport.ms / 1000, 1)} s   ratio ${fmt(e.ms / r.rawExport.ms, 2)}`,
  );
  console.log(
    `  its memory (a process of its own, both threads): RSS ${mb(e.rssBefore)} MB before → peak ${mb(e.rssPeak)} MB: the export +${mb(e.rssPeak - e.rssBefore)} MB  (target < 200 MB)   the hall's thread's longest event-loop turn meanwhile ${fmt(e.longestTurn, 0)} ms`,
  );
}

// `node --import tsx bench/reports-year.ts`: this section alone.
if (import.meta.filename === process.argv[1]) printReportsYear(await benchReportsYear());
