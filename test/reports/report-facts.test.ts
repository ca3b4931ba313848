// The report's figures read from a real hall's store after a morning driven through the commands: a
// recall, a no-show, a pause crossed by a waiting ticket, a transfer, a rating that timed out and a
// 差评 whose case is closed. Every expected figure is worked out by hand from the times below.
import { afterEach, beforeEach, expect, test } from 'vitest';
import type { Session } from '../../electron/contract';
import { emptyTally, figures, mergeTallies, type Tally } from '../../electron/reports/kpi';
import { reportTallies, type ReportQuery } from '../../electron/reports/report-facts';
import { issue, login, MINUTE, openSeededHall, run, staff, type TestHall } from '../support/hall';
import { padLogin } from '../support/rating';

let t: TestHall;
let kiosk: Session;
let clerk: Session;
let pad: Session;
beforeEach(() => {
  t = openSeededHall(); // Monday 2026-11-23 09:00 +08:00
  kiosk = login(t.hall, 'kiosk');
  clerk = staff(t.hall, '1001', 1);
  pad = padLogin(t.hall, 1);
});
afterEach(() => t.cleanup());

const w1 = (name: string, input: object = {}) => run(t.hall, name, { window: 1, ...input }, clerk);
const rate = (level: number, reasons: string[] = []) => run(t.hall, 'ratings.submit', { window: 1, level, reasons }, pad);
const query = (by: ReportQuery['by']): ReportQuery => ({
  from: '2026-11-23',
  to: '2026-11-23',
  by,
  targetWaitSeconds: 15 * 60,
  timeZone: 'Asia/Shanghai',
  now: t.clock.now(),
});

function morning() {
  issue(t.hall, kiosk, 'A'); // A001 09:00
  issue(t.hall, kiosk, 'A'); // A002 09:00
  t.clock.advance(5 * MINUTE);
  w1('window.callNext'); // A001 called 09:05: waited 300 s
  t.clock.advance(MINUTE);
  w1('window.recall'); // 09:06: the wait is not restarted
  t.clock.advance(9 * MINUTE);
  w1('window.finish'); // 09:15: handled 540 s from the recall (no 开始办理: from the last call, not the walk)
  rate(5);
  w1('window.callNext'); // A002 called 09:15: waited 900 s (the target: within it)
  t.clock.advance(MINUTE);
  w1('window.noShow'); // 09:16
  w1('window.pause', { reason: 'break' });
  issue(t.hall, kiosk, 'B'); // B001 09:16, waits across the pause
  t.clock.advance(30 * MINUTE);
  w1('window.resume'); // 09:46
  w1('window.callNext'); // B001 called 09:46: waited 1800 s (over the target)
  t.clock.advance(4 * MINUTE);
  w1('window.transfer', { serviceId: 'C' }); // 09:50: a new C ticket, no new arrival
  w1('window.callNext'); // the C ticket called 09:50: waited 0 s from the transfer
  t.clock.advance(10 * MINUTE);
  w1('window.finish'); // 10:00: handled 600 s
  t.clock.advance(2 * MINUTE); // the rating times out (60 s): 未评价
  w1('ratings.prompt');
  issue(t.hall, kiosk, 'A'); // A003 10:02
  w1('window.callNext'); // at once: 0 s
  t.clock.advance(3 * MINUTE);
  w1('window.finish'); // 10:05: 180 s
  rate(1, ['attitude.cold']); // 差评: a case opens
  t.clock.advance(5 * MINUTE);
  w1('window.signOut'); // 10:10: signed in 70 minutes, 30 of them paused
}

test('the hall: every figure of the morning', () => {
  morning();
  const hall = reportTallies(t.hall.db, query('hall')).get('hall')!;
  const f = figures(hall);
  expect(f).toMatchObject({ arrived: 4, served: 3, maxWaitSeconds: 1800, rated: 2, notRated: 1, bad: 1, stars: [1, 0, 0, 0, 1] });
  expect(f.noShowRate).toBeCloseTo(1 / 4);
  expect(f.servedRate).toBeCloseTo(3 / 4); // A001, the C ticket (B001's resident), A003 of 4 arrivals
  expect(f.avgWaitSeconds).toBe(Math.round((300 + 900 + 1800 + 0 + 0) / 5)); // 600
  expect(f.serviceLevel).toBeCloseTo(4 / 5);
  expect(f.avgHandleSeconds).toBe((540 + 600 + 180) / 3); // 440
  expect(hall.staffSeconds).toBe(40 * 60); // 70 minutes signed in less the 30-minute pause
  expect(f.utilisation).toBeCloseTo(1320 / 2400);
  expect(f.ratedRate).toBeCloseTo(2 / 3);
  expect(f.satisfaction).toBeCloseTo(1 / 2);
  expect(f.score).toBeCloseTo((10 + 0) / 2);
  expect(f.rectifyRate).toBe(0);
});

test('sliced by service, window, clerk and hour: the slices add up to the hall', () => {
  morning();
  const byService = reportTallies(t.hall.db, query('service'));
  expect([...byService.keys()].sort()).toEqual(['A', 'B', 'C']);
  expect(figures(byService.get('B')!)).toMatchObject({ arrived: 1, served: 0, maxWaitSeconds: 1800 });
  expect(figures(byService.get('C')!)).toMatchObject({ arrived: 0, served: 1, avgHandleSeconds: 600 });
  expect(byService.get('A')!.staffSeconds).toBe(0); // a service has no staff time of its own
  const byClerk = figures(reportTallies(t.hall.db, query('clerk')).get('1001')!);
  expect(byClerk).toMatchObject({ served: 3, rated: 2 });
  expect(figures(reportTallies(t.hall.db, query('window')).get('1')!).utilisation).toBeCloseTo(1320 / 2400);
  const byHour = reportTallies(t.hall.db, query('hour'));
  expect(figures(byHour.get('09')!)).toMatchObject({ arrived: 3 }); // A001, A002, B001 (the C ticket: no arrival)
  expect(figures(byHour.get('10')!)).toMatchObject({ arrived: 1, served: 1 });
});

test('a 差评 whose case is closed counts as rectified; an open one past its due time as overdue', () => {
  morning();
  const admin = login(t.hall, 'admin');
  const [caseOpen] = run(t.hall, 'followups.list', {}, admin) as { id: number }[];
  const later = (days: number) => ({ ...query('hall'), now: t.clock.now() + days * 24 * 60 * MINUTE });
  expect(figures(reportTallies(t.hall.db, later(30)).get('hall')!).overdue).toBe(1);
  for (const step of ['verify', 'rectify', 'reply']) run(t.hall, 'followups.record', { id: caseOpen!.id, step, notes: '已处理' }, admin);
  const f = figures(reportTallies(t.hall.db, later(30)).get('hall')!);
  expect(f).toMatchObject({ overdue: 0, rectifyRate: 1 });
});

test('three business days read as one range give what the days read one at a time and merged give', () => {
  const days = ['2026-11-23', '2026-11-24', '2026-11-25'];
  for (const [i] of days.entries()) {
    if (i > 0) {
      t.clock.advance(24 * 60 * MINUTE - 70 * MINUTE); // the next morning, 09:00
      staff(t.hall, '1001', 1);
    }
    morning();
  }
  for (const by of ['hall', 'clerk', 'service', 'hour', 'weekday'] as const) {
    const whole = reportTallies(t.hall.db, { ...query(by), from: days[0]!, to: days[2]! });
    const merged = new Map<string, Tally>();
    for (const day of days) {
      for (const [key, tally] of reportTallies(t.hall.db, { ...query(by), from: day, to: day })) {
        merged.set(key, mergeTallies(merged.get(key) ?? emptyTally(), tally));
      }
    }
    expect([...whole.keys()].sort(), by).toEqual([...merged.keys()].sort());
    for (const [key, tally] of whole) expect(figures(tally), `${by} ${key}`).toEqual(figures(merged.get(key)!));
  }
  // And the days are really three mornings: each day's own figures, three times.
  expect(figures(reportTallies(t.hall.db, { ...query('hall'), from: days[0]!, to: days[2]! }).get('hall')!)).toMatchObject({ arrived: 12, served: 9 });
});

test('handling runs from 开始办理 to 办结, less the time the ticket was held (挂起, 材料不全)', () => {
  issue(t.hall, kiosk, 'A'); // A001 09:00
  w1('window.callNext'); // 09:00
  t.clock.advance(2 * MINUTE);
  w1('window.start'); // 09:02: the resident is at the window
  t.clock.advance(3 * MINUTE);
  w1('window.hold'); // 09:05: goes home for a document
  t.clock.advance(20 * MINUTE);
  w1('window.resumeHeld'); // 09:25: back
  t.clock.advance(5 * MINUTE);
  w1('window.finish'); // 09:30: 28 minutes since the start, 20 of them held
  const f = figures(reportTallies(t.hall.db, query('hall')).get('hall')!);
  expect(f).toMatchObject({ served: 1, avgHandleSeconds: 8 * 60, avgWaitSeconds: 0 });
});
