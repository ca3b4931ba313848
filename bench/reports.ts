// The month report over a generated month in a real hall database: reports.summary's read and tally
// against the baseline of the raw better-sqlite3 reads of the same rows (events, tickets, ratings,
// duty) with nothing done with them. Issue 15's goal: a month report < 200 ms.
import type { Database } from 'better-sqlite3';
import { reportTallies } from '../electron/reports/report-facts';
import { nowMs, summarize, withTempHall } from './util';
import { rawReportReads } from './raw-reads';

const DAYS = 22; // working days of a month
const PER_DAY = 2_000; // tickets a day: a busy hall
const SERVICES = ['A', 'B', 'C', 'D'];
const CLERKS = ['1001', '1002', '1003', '1004'];

function generateMonth(db: Database): { tickets: number; ratings: number } {
  const ticket = db.prepare(
    `INSERT INTO tickets (business_day, service_id, seq, number, priority, state, issued_at, wait_since, called_at, started_at, finished_at, window_no, clerk_id)
     VALUES (?, ?, ?, ?, 'normal', ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const event = db.prepare('INSERT INTO events (at, business_day, type, ticket_id, window_no, user_id) VALUES (?, ?, ?, ?, ?, ?)');
  const rating = db.prepare(
    `INSERT INTO ratings (ticket_id, business_day, number, service_id, window_no, clerk_id, status, channel, requested_at, deadline, level, rated_at)
     VALUES (?, ?, ?, ?, ?, ?, 'rated', 'pad', ?, ?, ?, ?)`,
  );
  const duty = db.prepare('INSERT INTO duty (user_id, window_no, business_day, signed_in_at, signed_out_at) VALUES (?, ?, ?, ?, ?)');
  let ratings = 0;
  db.transaction(() => {
    for (let d = 0; d < DAYS; d++) {
      const day = `2026-10-${String(d + 1).padStart(2, '0')}`;
      const open = Date.parse(`${day}T09:00:00+08:00`);
      CLERKS.forEach((clerk, i) => duty.run(clerk, i + 1, day, open, open + 8 * 3600_000));
      for (let n = 0; n < PER_DAY; n++) {
        const service = SERVICES[n % SERVICES.length]!;
        const windowNo = (n % CLERKS.length) + 1;
        const issued = open + n * 14_000;
        const called = issued + ((n * 7919) % 1800) * 1000;
        const finished = called + ((n * 104729) % 900) * 1000;
        const noShow = n % 20 === 0;
        const id = Number(
          ticket.run(
            day,
            service,
            n + 1,
            `${service}${n}`,
            noShow ? 'no_show' : 'done',
            issued,
            issued,
            called,
            called,
            finished,
            windowNo,
            CLERKS[windowNo - 1],
          ).lastInsertRowid,
        );
        event.run(issued, day, 'ticket.issued', id, null, 'kiosk');
        event.run(called, day, 'ticket.called', id, windowNo, CLERKS[windowNo - 1]);
        event.run(finished, day, noShow ? 'ticket.no_show' : 'ticket.done', id, windowNo, CLERKS[windowNo - 1]);
        if (!noShow && n % 5 < 3) {
          rating.run(
            id,
            day,
            `${service}${n}`,
            service,
            windowNo,
            CLERKS[windowNo - 1],
            finished,
            finished + 60_000,
            5 - (n % 4 === 0 ? 1 : 0),
            finished + 20_000,
          );
          ratings++;
        }
      }
    }
  })();
  return { tickets: DAYS * PER_DAY, ratings };
}

export function benchMonthReport(rounds = 5) {
  return withTempHall((hall) => {
    const size = generateMonth(hall.db);
    const from = '2026-10-01';
    const to = `2026-10-${DAYS}`;
    const report: number[] = [];
    const raw: number[] = [];
    let slices = 0;
    for (let i = 0; i < rounds; i++) {
      const r0 = nowMs();
      rawReportReads(hall.db, from, to);
      raw.push(nowMs() - r0);
      const t0 = nowMs();
      slices = reportTallies(hall.db, {
        from,
        to,
        by: 'clerk',
        targetWaitSeconds: 900,
        timeZone: 'Asia/Shanghai',
        now: Date.parse('2026-11-01T00:00:00Z'),
      }).size;
      report.push(nowMs() - t0);
    }
    return { ...size, slices, report: summarize(report), raw: summarize(raw) };
  });
}
