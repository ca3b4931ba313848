// A year of a busy hall written straight into a real hall database, in one transaction, in the shapes
// the commands write (bench/reports.ts): ~250 business days (weekdays from 2025-12-01) of 2,000 tickets
// each over 6 services, 8 windows and clerks signed in twice a day (duty rows) with a lunch pause, the
// ticket's issue / call / end events, 300k rating rows (mostly residents' levels, some timed out, some
// hall defaults) and a follow-up case for every 差评, most of them closed.
import Database from 'better-sqlite3';
import { openHallDatabase } from '../electron/core/hall-database';

const SERVICES = ['A', 'B', 'C', 'D', 'E', 'F'];
const WINDOWS = 8;
const CLERK = (w: number) => String(1000 + w);
const DAY_MS = 86_400_000;

export interface YearHall {
  tickets: number;
  ratings: number;
  days: string[];
}

function businessDays(first: string, count: number): string[] {
  const days: string[] = [];
  for (let at = Date.parse(`${first}T00:00:00Z`); days.length < count; at += DAY_MS) {
    const weekday = new Date(at).getUTCDay();
    if (weekday !== 0 && weekday !== 6) days.push(new Date(at).toISOString().slice(0, 10));
  }
  return days;
}

export function fillYearHall(file: string, tickets = 500_000, ratingsWanted = 300_000): YearHall {
  openHallDatabase(file).close();
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  const perDay = 2_000;
  const days = businessDays('2025-12-01', Math.ceil(tickets / perDay));
  const ratingEvery = ratingsWanted / tickets; // share of tickets with a rating row
  const service = db.prepare('INSERT INTO services (id, prefix, name_zh_cn, name_zh_tw, name_en) VALUES (?, ?, ?, ?, ?)');
  const user = db.prepare("INSERT INTO users (id, name, role, pin_hash) VALUES (?, ?, 'clerk', 'x')");
  const window = db.prepare('INSERT INTO windows (number, name) VALUES (?, ?)');
  const ticket = db.prepare(
    `INSERT INTO tickets (business_day, service_id, seq, number, priority, state, issued_at, wait_since, called_at, started_at, finished_at, window_no, clerk_id, outcome, item_code)
     VALUES (?, ?, ?, ?, 'normal', ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL)`,
  );
  const event = db.prepare('INSERT INTO events (at, business_day, type, ticket_id, window_no, user_id) VALUES (?, ?, ?, ?, ?, ?)');
  const duty = db.prepare('INSERT INTO duty (user_id, window_no, business_day, signed_in_at, signed_out_at) VALUES (?, ?, ?, ?, ?)');
  const rating = db.prepare(
    `INSERT INTO ratings (ticket_id, business_day, number, service_id, window_no, clerk_id, status, channel, requested_at, deadline, level, reasons, rated_at, closed_by)
     VALUES (?, ?, ?, ?, ?, ?, ?, 'pad', ?, ?, ?, ?, ?, ?)`,
  );
  const followup = db.prepare('INSERT INTO followups (rating_id, opened_at, due_at, closed_at) VALUES (?, ?, ?, ?)');
  let ratings = 0;
  let ratingDebt = 0;
  db.transaction(() => {
    SERVICES.forEach((s) => service.run(s, s, `业务${s}`, `業務${s}`, `Service ${s}`));
    for (let w = 1; w <= WINDOWS; w++) {
      user.run(CLERK(w), `办事员${w}`);
      window.run(w, `${w}号窗口`);
    }
    let made = 0;
    for (const day of days) {
      const open = Date.parse(`${day}T09:00:00+08:00`);
      for (let w = 1; w <= WINDOWS; w++) {
        // Morning and afternoon shifts, a lunch pause inside the afternoon's sign-in.
        duty.run(CLERK(w), w, day, open, open + 3 * 3600_000);
        duty.run(CLERK(w), w, day, open + 4 * 3600_000, open + 8.5 * 3600_000);
        event.run(open + 5 * 3600_000, day, 'window.paused', null, w, CLERK(w));
        event.run(open + 5 * 3600_000 + 15 * 60_000, day, 'window.resumed', null, w, CLERK(w));
      }
      for (let n = 0; n < perDay && made < tickets; n++, made++) {
        const s = SERVICES[(n * 7) % SERVICES.length]!;
        const w = (n % WINDOWS) + 1;
        const issued = open + n * 14_000;
        const called = issued + ((n * 7919) % 1800) * 1000;
        const finished = called + ((n * 104729) % 900) * 1000 + 30_000;
        const noShow = n % 25 === 0;
        const number = `${s}${String(Math.floor(n / SERVICES.length) + 1).padStart(3, '0')}`;
        const id = Number(
          ticket.run(day, s, n + 1, number, noShow ? 'no_show' : 'done', issued, issued, called, called, finished, w, CLERK(w), noShow ? null : 'handled')
            .lastInsertRowid,
        );
        event.run(issued, day, 'ticket.issued', id, null, 'kiosk');
        event.run(called, day, 'ticket.called', id, w, CLERK(w));
        event.run(finished, day, noShow ? 'ticket.no_show' : 'ticket.done', id, w, CLERK(w));
        ratingDebt += ratingEvery;
        if (noShow || ratingDebt < 1) continue;
        ratingDebt -= 1;
        const kind = n % 50; // 2 % 差评, 6 % timed out, 2 % hall default
        const level = kind === 0 ? 1 + (n % 2) : kind < 4 ? null : kind < 5 ? 5 : 5 - (n % 3 === 0 ? 1 : 0) - (n % 17 === 0 ? 1 : 0);
        const status = kind >= 1 && kind < 4 ? 'not_rated' : kind === 4 ? 'defaulted' : 'rated';
        const ratedAt = finished + 20_000;
        const ratingId = Number(
          rating.run(
            id,
            day,
            number,
            s,
            w,
            CLERK(w),
            status,
            finished,
            finished + 60_000,
            level,
            level !== null && level <= 2 ? '["attitude.cold"]' : '[]',
            ratedAt,
            status === 'rated' ? 'resident' : 'timeout',
          ).lastInsertRowid,
        );
        if (status === 'rated' && level! <= 2) followup.run(ratingId, ratedAt, ratedAt + 5 * DAY_MS, n % 3 === 0 ? null : ratedAt + 2 * DAY_MS);
        ratings++;
      }
    }
  })();
  db.close();
  return { tickets, ratings, days };
}
