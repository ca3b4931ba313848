// `npm run bench`: prints the hall's performance figures, each with its baseline measured in the
// same run (these machines are noisy, so ratios mean more than absolute numbers).
import { benchBackup } from './backup';
import { benchCallNext } from './call-next';
import { benchHallBus } from './hall-bus';
import { benchSync } from './sync';
import { benchDurableIssue } from './durable-issue';
import { benchEstimateDay } from './estimate-day';
import { benchIssueRate } from './issue-rate';
import { benchLoginFlood } from './login-flood';
import { benchPrinting } from './printing';
import { benchMonthReport } from './reports';
import { benchReportsYear, printReportsYear } from './reports-year';
import { fmt } from './util';
import { benchBareWs, benchCallEvent } from './ws-latency';

async function main() {
  console.log('Tongban benchmarks\n');

  const issue = benchIssueRate();
  console.log(`ticket issue (${issue.tickets} tickets, one transaction each; medians of alternating blocks)`);
  console.log(`  engine ${issue.engine.toFixed(0)}/s   raw better-sqlite3 insert ${issue.raw.toFixed(0)}/s   ratio ${fmt(issue.ratio, 2)}  (target ≥ 0.5)\n`);

  const durable = await benchDurableIssue();
  console.log(`durable ticket issue over HTTP (${durable.tickets} tickets, one sequential kiosk, each answer after its WAL fdatasync)`);
  console.log(
    `  HTTP ${durable.http.toFixed(0)}/s   raw 200-byte append + fdatasync ${durable.raw.toFixed(0)}/s   ratio ${fmt(durable.ratio, 2)}  (target ≥ 0.6)`,
  );
  console.log(`  where the rest goes: the same tickets in-process ${durable.engine.toFixed(0)}/s (${fmt(durable.engine / durable.raw, 2)} of raw);`);
  console.log(
    `  a bare node:http server that only appends + fdatasyncs ${durable.bareHttp.toFixed(0)}/s (${fmt(durable.bareHttp / durable.raw, 2)} of raw: the ceiling of any Node HTTP server);`,
  );
  console.log(`  the hall over HTTP is ${fmt(durable.http / durable.bareHttp, 2)} of that ceiling\n`);

  console.log('call next (window 3, 全岗通 skill policy), ms');
  for (const waiting of [1_000, 10_000, 100_000]) {
    const r = benchCallNext(waiting);
    console.log(`  ${String(waiting).padStart(7)} waiting   p50 ${fmt(r.p50)}   p99 ${fmt(r.p99)}   mean ${fmt(r.mean)}  (target < 1 ms at 100k)`);
  }

  const rounds = 500;
  const echo = await benchBareWs(rounds);
  const call = await benchCallEvent(rounds);
  console.log(`\ncall → ticket.called on the caller screen's WebSocket (${rounds} calls), ms`);
  console.log(`  push (emit → received)        p50 ${fmt(call.push.p50)}   p99 ${fmt(call.push.p99)}`);
  console.log(`  bare ws send → received       p50 ${fmt(echo.oneWay.p50)}   p99 ${fmt(echo.oneWay.p99)}`);
  console.log(
    `  ratio                         p50 ${fmt(call.push.p50 / echo.oneWay.p50, 2)}   p99 ${fmt(call.push.p99 / echo.oneWay.p99, 2)}  (target p99 ≤ 2× bare ws)`,
  );
  console.log(`  end to end (clerk → caller)   p50 ${fmt(call.endToEnd.p50)}   p99 ${fmt(call.endToEnd.p99)}`);
  console.log(`  bare ws echo round trip       p50 ${fmt(echo.roundTrip.p50)}   p99 ${fmt(echo.roundTrip.p99)}`);
  console.log(
    `  ratio                         p50 ${fmt(call.endToEnd.p50 / echo.roundTrip.p50, 2)}   p99 ${fmt(call.endToEnd.p99 / echo.roundTrip.p99, 2)}  (includes validation and the SQLite commit)`,
  );

  await loginFloodSection();
  await hallBusSection();
  await printingSection();
  monthReportSection();
  await yearReportSection();

  console.log('\nnightly sync to the reference receiver on loopback (signed, chunks of 2,000 records)');
  for (const [days, perDay, label] of [
    [1, 5000, 'one 5,000-ticket day'],
    [30, 1000, '30-day backlog, 1,000 a day'],
  ] as const) {
    const r = await benchSync(days, perDay);
    console.log(
      `  ${label.padEnd(28)} ${fmt(r.totalMs, 0)} ms   ${(r.bytes / 2 ** 20).toFixed(1)} MiB in ${r.chunks} chunks   peak RSS +${r.peakRssDeltaMb.toFixed(0)} MiB`,
    );
    console.log(
      `  ${''.padEnd(28)} bare POST of the same bytes ${fmt(r.baselineMs, 0)} ms   ratio ${fmt(r.totalMs / r.baselineMs, 1)}  (build, sign, verify, validate and store vs the wire)`,
    );
  }

  await backupSection();
  estimateSection();
}

function estimateSection() {
  console.log('\nwait estimate (预计等候) against the real wait, simulated day 9:00–17:00, 4 windows (A岗/X岗), 2 at lunch 12–13, minutes');
  for (const seed of [20261123, 7, 42]) {
    const r = benchEstimateDay(seed);
    console.log(
      `  seed ${String(seed).padEnd(9)} ${String(r.tickets).padStart(4)} tickets (${r.priority} 绿色通道)   |error| median ${fmt(r.median, 1)}   p90 ${fmt(r.p90, 1)}   mean real wait ${fmt(r.meanWait, 1)}`,
    );
  }
}

async function loginFloodSection() {
  const r = await benchLoginFlood();
  console.log(`\na read (GET /api/hall over HTTP) during a flood of 100 concurrent wrong logins from 100 PCs, ms`);
  console.log(`  no flood                      p50 ${fmt(r.quiet.p50)}   p99 ${fmt(r.quiet.p99)}`);
  console.log(`  during a flood (${String(r.samples).padStart(3)} reads)     p50 ${fmt(r.during.p50)}   p99 ${fmt(r.during.p99)}`);
  console.log(
    `  ratio                         p50 ${fmt(r.during.p50 / r.quiet.p50, 2)}   p99 ${fmt(r.during.p99 / r.quiet.p99, 2)}  (PINs checked on the thread pool)`,
  );
  console.log(
    `  each flood took ${fmt(r.flood.p50, 0)} ms to answer; the same 100 PIN checks on the main thread take ${fmt(r.mainThreadMs, 0)} ms (what a read would have waited)`,
  );
}

async function backupSection() {
  const r = await benchBackup();
  const mib = (bytes: number) => (bytes / 2 ** 20).toFixed(0);
  console.log(
    `\nbackup of a year-sized hall (${r.tickets.toLocaleString('en')} tickets with their events, ${mib(r.dbBytes)} MiB; built in ${fmt(r.buildMs / 1000, 1)} s)`,
  );
  console.log(
    `  online backup, verified   ${fmt(r.totalMs, 0)} ms (copy in ${r.steps} steps ${fmt(r.onlineCopyMs, 0)} ms, then integrity_check, fsync, rename)   peak RSS +${r.peakRssDeltaMb.toFixed(0)} MiB`,
  );
  console.log(
    `    the hall's event loop held up at most ${fmt(r.maxLoopDelayMs, 1)} ms (longest step ${fmt(r.longestStepMs, 1)} ms)   copy ${mib(r.copyBytes)} MiB, integrity ${r.integrity}`,
  );
  console.log(
    `  plain file copy + fsync   ${fmt(r.copyMs, 0)} ms   RSS +${r.copyRssMb.toFixed(0)} MiB   ratio ${fmt(r.totalMs / r.copyMs, 1)} verified, ${fmt(r.onlineCopyMs / r.copyMs, 1)} for the online copy alone  (vs a bare copy of the closed file)`,
  );
  console.log(`  start-up quick_check      ${fmt(r.quickMs, 0)} ms`);
}

async function printingSection() {
  const r = await benchPrinting(1000);
  console.log(`\nticket printing: tap → last byte of the ticket at the printer's TCP port (${r.tickets} tickets of ${r.bytes} bytes, one at a time), ms`);
  console.log(`  tap (issue, queue, status query, ticket)   p50 ${fmt(r.tap.p50)}   p99 ${fmt(r.tap.p99)}`);
  console.log(`    of which tickets.issue (SQLite commit)   p50 ${fmt(r.issue.p50)}   p99 ${fmt(r.issue.p99)}`);
  console.log(`  raw TCP connect + write of the same bytes   p50 ${fmt(r.raw.p50)}   p99 ${fmt(r.raw.p99)}`);
  console.log(
    `  ratio                                      p50 ${fmt(r.tap.p50 / r.raw.p50, 2)}   p99 ${fmt(r.tap.p99 / r.raw.p99, 2)}  (the issue, the layout and one status round trip more; target: a ticket within 1 s of the tap)`,
  );
}

async function hallBusSection() {
  const r = await benchHallBus();
  console.log(`\nRS-485 hall bus at 9600 baud (${r.transport}; bx5k window screens answering as at 9600 baud)`);
  console.log(`  call → first LED byte written (${r.latency.samples} calls, bus idle)   p50 ${fmt(r.latency.p50)}   p99 ${fmt(r.latency.p99)} ms`);
  const w = r.burst.window;
  console.log(`  burst: ${r.burst.windows} windows call at once → every window screen shows its call: ${fmt(r.burst.elapsed, 0)} ms`);
  console.log(
    `    ${w.frames} frames + ${w.answers} answers = ${fmt(w.wireMs, 0)} ms on the wire   ratio ${fmt(r.burst.elapsed / w.wireMs, 2)} to the wire time, ${fmt(r.burst.elapsed / (w.wireMs + w.gapsMs), 2)} to wire + the ${w.frames - 1} gaps of 20 ms`,
  );
  const s = r.burst.strip;
  console.log(
    `    hall strip: ${s.frames} frame(s) for ${r.burst.windows} calls (coalesced to the latest) in ${fmt(s.elapsed, 0)} ms   wire ${fmt(s.wireMs, 0)} ms + gaps ${fmt(s.gapsMs, 0)} ms`,
  );
}

function monthReportSection() {
  const r = benchMonthReport();
  console.log(`\nmonth report by clerk (${r.tickets} tickets, ${r.ratings} ratings over 22 days; ${r.slices} slices), ms`);
  console.log(
    `  reports.summary's read and tally   p50 ${fmt(r.report.p50)}   raw reads of the same rows p50 ${fmt(r.raw.p50)}   ratio ${fmt(r.report.p50 / r.raw.p50, 2)}  (target < 200 ms)`,
  );
}

async function yearReportSection() {
  printReportsYear(await benchReportsYear());
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
