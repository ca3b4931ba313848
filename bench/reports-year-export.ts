// Child process of bench/reports-year.ts: the year's xlsx export of a hall database into a file, alone in
// its own process so its peak memory is the export's (maxRSS of this process, and the heap's high-water
// sampled every 20 ms), printed as one JSON line.
import { createWriteStream, statSync } from 'node:fs';
import { createReportExportDoor } from '../electron/reports/export-door';
import Database from 'better-sqlite3';

const [file, from, to, out] = process.argv.slice(2) as [string, string, string, string];
// Plain better-sqlite3, not the hall's opener: importing every capability would count in this process's memory.
const db = new Database(file, { readonly: true });
const door = createReportExportDoor(db as never, { now: () => Date.parse('2026-12-01T00:00:00Z') } as never, () => 'Asia/Shanghai');
globalThis.gc?.();
const rssBefore = process.memoryUsage.rss();
const heapBefore = process.memoryUsage().heapUsed + process.memoryUsage().external;
let heapPeak = 0;
let rssPeak = 0;
const sample = () => {
  const m = process.memoryUsage();
  heapPeak = Math.max(heapPeak, m.heapUsed + m.external); // external includes the Buffers
  rssPeak = Math.max(rssPeak, m.rss);
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
db.close();
console.log(
  JSON.stringify({ rows, ms, bytes: statSync(out).size, rssBefore, rssPeak, maxRss: process.resourceUsage().maxRSS * 1024, heapBefore, heapPeak, longestTurn }),
);
