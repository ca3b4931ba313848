// Child process of bench/reports-year.ts: the year's xlsx export of a hall database into a file, alone in
// its own process so its peak memory is the export's: the RSS of the whole process (the hall's thread,
// the export's worker thread, native memory) sampled every 20 ms, and its maxRSS, printed as one JSON
// line with the longest turn of this (the hall's) thread's event loop.
import { createWriteStream, statSync } from 'node:fs';
import { createReportExportDoor } from '../electron/reports/export-door';
import { exportWorkerEntry } from '../electron/reports/export-thread';

const [file, from, to, out, builtDir] = process.argv.slice(2) as [string, string, string, string, string];
// The door alone, not a whole hall: importing every capability would count in this process's memory.
const door = createReportExportDoor({
  file,
  clock: { now: () => Date.parse('2026-12-01T00:00:00Z') } as never,
  timeZone: () => 'Asia/Shanghai',
  worker: exportWorkerEntry(builtDir), // the worker as the app runs it: built (npm run bench builds first)
});
globalThis.gc?.();
const rssBefore = process.memoryUsage.rss();
let rssPeak = 0;
const sample = () => {
  rssPeak = Math.max(rssPeak, process.memoryUsage.rss());
};
const timer = setInterval(sample, 20);
let longestTurn = 0;
let last = performance.now();
const turns = setInterval(() => {
  const now = performance.now();
  longestTurn = Math.max(longestTurn, now - last - 5);
  last = now;
}, 5);
const started = performance.now();
const rows = await door.xlsx({ name: 'year.xlsx', from, to, targetWaitMinutes: 15, lang: 'zh-CN', tickets: 0 }, createWriteStream(out));
const ms = performance.now() - started;
clearInterval(timer);
clearInterval(turns);
sample();
console.log(JSON.stringify({ rows, ms, bytes: statSync(out).size, rssBefore, rssPeak, maxRss: process.resourceUsage().maxRSS * 1024, longestTurn }));
