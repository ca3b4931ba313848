// A simulated day in the hall, run through the real engine on a ManualClock: residents arrive by hour
// like a real hall (morning peak, lunch dip, afternoon), the four demo windows (each with its A岗
// primary and X岗 backup services) call as soon as they are free, two of them take lunch, and handling
// times come from a seeded distribution per service. For each ticket it keeps what the hall told the
// resident at issue (ahead, estimatedWaitMinutes) and when the ticket was then really called.
import type { IssuedTicket, Session } from '../electron/contract';
import type { ManualClock } from '../electron/core/clock';
import type { InspectableHall } from '../electron/core/inspectable-hall';

const MINUTE = 60_000;
const TICK = 15_000;

/** Arrivals per hour from 9:00 (the hall's 8 hours): a morning peak, the lunch dip, the afternoon. */
export const ARRIVALS_BY_HOUR = [48, 56, 40, 14, 20, 44, 38, 22];
/** Share of arrivals per service, and its median handling time in minutes. */
const SERVICES: { id: string; share: number; minutes: number }[] = [
  { id: 'A', share: 0.3, minutes: 7 },
  { id: 'B', share: 0.15, minutes: 6 },
  { id: 'C', share: 0.1, minutes: 5 },
  { id: 'D', share: 0.05, minutes: 8 },
  { id: 'E', share: 0.05, minutes: 5 },
  { id: 'F', share: 0.1, minutes: 9 },
  { id: 'Z', share: 0.25, minutes: 3 },
];
const PRIORITY_SHARE = 0.08;
/** Windows 2 and 4 take lunch from 12:00 to 13:00 (8+2 lunch duty keeps 1 and 3 open). */
const LUNCH = { windows: [2, 4], from: 3 * 60, to: 4 * 60 };

export interface DayTicket {
  number: string;
  priority: IssuedTicket['priority'];
  issuedAt: number;
  ahead: number;
  estimatedWaitMinutes: number;
  /** When it was really called; null if the day ended first (never, the day is drained). */
  calledAt: number | null;
}

/** mulberry32: a small seeded generator, so every run of the day is the same day. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Log-normal around the median (σ 0.5), at least one minute. */
function handlingMs(random: () => number, medianMinutes: number): number {
  const normal = Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
  return Math.max(MINUTE, Math.round(medianMinutes * Math.exp(0.5 * normal) * MINUTE));
}

function send(hall: InspectableHall, name: string, input: unknown, session: Session): any {
  const r = hall.dispatch(name, input, session);
  if (!r.ok) throw new Error(`${name}: ${r.error.code} ${r.error.message}`);
  return r.value;
}

/** Runs the day from the clock's time (9:00) for `hours` of arrivals, then until every ticket was called. */
export function simulateDay(hall: InspectableHall, clock: ManualClock, opts: { seed?: number; hours?: number } = {}): DayTicket[] {
  // Nobody rates in this simulation: the next call must not wait for a rating (the 好差评 wait is rating-wait.test.ts's).
  hall.settings.update({ blockCallUntilRated: false });
  const random = seeded(opts.seed ?? 20261123);
  const hours = opts.hours ?? ARRIVALS_BY_HOUR.length;
  const login = (user: string, pin: string) => send(hall, 'auth.login', { user, pin }, null as never) as Session;
  const kiosk = login('kiosk', '8888');
  const clerks = [1, 2, 3, 4].map((w) => ({ window: w, session: login(`100${w}`, '1234'), busyUntil: null as number | null, paused: false }));
  for (const c of clerks) send(hall, 'window.signIn', { window: c.window }, c.session);
  const start = clock.now();
  const tickets = new Map<string, DayTicket>();
  const pickService = () => {
    let r = random();
    for (const s of SERVICES) if ((r -= s.share) < 0) return s;
    return SERVICES[SERVICES.length - 1]!;
  };
  for (let t = 0; ; t += TICK) {
    const minute = t / MINUTE;
    const arriving = minute < hours * 60;
    if (!arriving && [...tickets.values()].every((x) => x.calledAt !== null)) break;
    // Finish what is done; lunch pauses and resumes; free open windows call the next.
    for (const c of clerks) {
      if (c.busyUntil !== null && clock.now() >= c.busyUntil) {
        send(hall, 'window.finish', { window: c.window }, c.session);
        c.busyUntil = null;
      }
      const lunch = LUNCH.windows.includes(c.window) && minute >= LUNCH.from && minute < LUNCH.to;
      if (lunch && !c.paused && c.busyUntil === null) {
        send(hall, 'window.pause', { window: c.window, reason: 'lunch' }, c.session);
        c.paused = true;
      }
      if (!lunch && c.paused) {
        send(hall, 'window.resume', { window: c.window }, c.session);
        c.paused = false;
      }
      if (c.paused || c.busyUntil !== null) continue;
      const { ticket } = send(hall, 'window.callNext', { window: c.window }, c.session) as { ticket: { number: string; serviceId: string } | null };
      if (!ticket) continue;
      tickets.get(ticket.number)!.calledAt = clock.now();
      c.busyUntil = clock.now() + handlingMs(random, SERVICES.find((s) => s.id === ticket.serviceId)!.minutes);
    }
    if (arriving && random() < (ARRIVALS_BY_HOUR[Math.floor(minute / 60)]! * TICK) / (60 * MINUTE)) {
      const service = pickService();
      const priority = random() < PRIORITY_SHARE ? 'priority' : 'normal';
      const issued = send(hall, 'tickets.issue', { serviceId: service.id, priority }, kiosk) as IssuedTicket;
      tickets.set(issued.number, {
        number: issued.number,
        priority,
        issuedAt: clock.now(),
        ahead: issued.ahead,
        estimatedWaitMinutes: issued.estimatedWaitMinutes,
        calledAt: null,
      });
    }
    clock.set(start + t + TICK);
  }
  return [...tickets.values()];
}

/** Absolute error of each ticket's estimate against its real wait, in minutes: median, p90, count. */
export function estimateErrors(day: readonly DayTicket[]): { tickets: number; median: number; p90: number; meanWait: number } {
  const errors = day.map((x) => Math.abs(x.estimatedWaitMinutes - (x.calledAt! - x.issuedAt) / MINUTE)).sort((a, b) => a - b);
  const at = (p: number) => errors[Math.min(errors.length - 1, Math.floor(p * errors.length))] ?? 0;
  const meanWait = day.reduce((sum, x) => sum + (x.calledAt! - x.issuedAt) / MINUTE, 0) / Math.max(1, day.length);
  return { tickets: errors.length, median: at(0.5), p90: at(0.9), meanWait };
}
