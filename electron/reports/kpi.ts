// The report figures (issue 15) as pure functions over mergeable tallies. Every tally holds counts and
// sums only (integer seconds), never a ratio, so the tallies of the days of a month merged give
// exactly the tally of the month: the figures then come out the same whether a report is computed a
// day at a time or for the whole range at once. Ratios are worked out last, in figures(), and are null
// when their denominator is 0 (a dash in a report, never a 0% that did not happen).
// Plain data in, plain data out: no store, no clock (the facts are read elsewhere).
import type { ReportFigures } from '../contract';

/** One ticket as a report sees it. A transfer's new ticket is not an arrival (the resident came once). */
export interface TicketFact {
  arrival: boolean;
  /** How it ended: served (办结), no-show (过号 / 未到), or anything else (transferred on, expired, cancelled, still open). */
  end: 'served' | 'no_show' | 'other';
  /** Issue → first call, whole seconds; null if never called. */
  waitSeconds: number | null;
  /** First call → finish, whole seconds; null unless served. */
  handleSeconds: number | null;
}

/** One rating as a report sees it (ratings table): a resident's level, a hall default, or none. */
export interface RatingFact {
  status: 'awaiting' | 'rated' | 'not_rated' | 'defaulted';
  level: number | null;
  /** Reviewed as mistaken or malicious (申诉 upheld): left out of the quality figures, counted apart. */
  excluded: boolean;
  /** The 差评 case, if one was opened: closed (整改 done and replied) and overdue (past due, still open). */
  followup: { closed: boolean; overdue: boolean } | null;
}

export interface Tally {
  arrived: number;
  served: number;
  noShows: number;
  called: number;
  waitSeconds: number;
  maxWaitSeconds: number;
  /** Called within the hall's target wait. */
  withinTarget: number;
  /** Seconds at the window with the tickets served (first call → finish): the busy time. */
  handleSeconds: number;
  /** Signed-in seconds of the clerks, less their windows' pauses. */
  staffSeconds: number;
  /** Residents' own ratings by level: stars[0] is level 1 (非常不满意) … stars[4] level 5 (非常满意). */
  stars: ReportFigures['stars'];
  defaulted: number;
  notRated: number;
  excluded: number;
  /** 差评 (level 1 or 2) by residents, and of those the cases closed (整改 done) and overdue. */
  bad: number;
  rectified: number;
  overdue: number;
}

export const emptyTally = (): Tally => ({
  arrived: 0,
  served: 0,
  noShows: 0,
  called: 0,
  waitSeconds: 0,
  maxWaitSeconds: 0,
  withinTarget: 0,
  handleSeconds: 0,
  staffSeconds: 0,
  stars: [0, 0, 0, 0, 0],
  defaulted: 0,
  notRated: 0,
  excluded: 0,
  bad: 0,
  rectified: 0,
  overdue: 0,
});

/** Whole seconds from `from` to `to` (ms), as every duration in a report: from the event log's times. */
export const wholeSeconds = (from: number, to: number): number => Math.floor((to - from) / 1000);

/**
 * A served ticket's handling time (DESIGN "Reports": end − start): from its 开始办理 (the ticket row's
 * started_at, the last ticket.serving or resumed), or from its last call when it was finished straight
 * from the call (a desk keypad has no start key); the walk to the window, recalls and any earlier stay
 * at another window (a ticket returned to the queue) are not handling, nor the time it was held (挂起:
 * `heldWithin`, ms of the span). As the clerk's console counts it, less the holds.
 */
export function handleSeconds(
  startedAt: number | null,
  lastCalledAt: number | null,
  finishedAt: number | null,
  heldWithin: (from: number, to: number) => number = () => 0,
): number | null {
  const from = startedAt ?? lastCalledAt;
  return from === null || finishedAt === null ? null : Math.max(0, wholeSeconds(from, finishedAt - heldWithin(from, finishedAt)));
}

export function addTicket(t: Tally, fact: TicketFact, targetWaitSeconds: number): void {
  if (fact.arrival) t.arrived++;
  if (fact.end === 'served') t.served++;
  if (fact.end === 'no_show') t.noShows++;
  if (fact.waitSeconds !== null) {
    t.called++;
    t.waitSeconds += fact.waitSeconds;
    t.maxWaitSeconds = Math.max(t.maxWaitSeconds, fact.waitSeconds);
    if (fact.waitSeconds <= targetWaitSeconds) t.withinTarget++;
  }
  if (fact.end === 'served' && fact.handleSeconds !== null) t.handleSeconds += fact.handleSeconds;
}

export function addRating(t: Tally, fact: RatingFact): void {
  if (fact.excluded) {
    t.excluded++;
    return;
  }
  if (fact.status === 'defaulted') t.defaulted++;
  if (fact.status === 'not_rated') t.notRated++;
  if (fact.status !== 'rated' || fact.level === null) return;
  t.stars[fact.level - 1]!++;
  if (fact.level <= 2) {
    t.bad++;
    if (fact.followup?.closed) t.rectified++;
    if (fact.followup?.overdue) t.overdue++;
  }
}

export function addShift(t: Tally, staffSeconds: number): void {
  t.staffSeconds += staffSeconds;
}

/** The tally of two disjoint sets of facts (two days, two windows). */
export function mergeTallies(a: Tally, b: Tally): Tally {
  const sum = (k: Exclude<keyof Tally, 'stars' | 'maxWaitSeconds'>) => a[k] + b[k];
  return {
    arrived: sum('arrived'),
    served: sum('served'),
    noShows: sum('noShows'),
    called: sum('called'),
    waitSeconds: sum('waitSeconds'),
    maxWaitSeconds: Math.max(a.maxWaitSeconds, b.maxWaitSeconds),
    withinTarget: sum('withinTarget'),
    handleSeconds: sum('handleSeconds'),
    staffSeconds: sum('staffSeconds'),
    stars: a.stars.map((n, i) => n + b.stars[i]!) as Tally['stars'],
    defaulted: sum('defaulted'),
    notRated: sum('notRated'),
    excluded: sum('excluded'),
    bad: sum('bad'),
    rectified: sum('rectified'),
    overdue: sum('overdue'),
  };
}

/** 综合得分: points per level 1…5 (非常不满意 0 … 非常满意 10). */
const POINTS = [0, 3, 6, 8, 10] as const;

const ratio = (n: number, d: number): number | null => (d === 0 ? null : n / d);
const roundedRatio = (n: number, d: number): number | null => (d === 0 ? null : Math.round(n / d));

/** The figures of a tally (their meaning: ReportFigures in the contract, docs/API.md "Reports"). */
export function figures(t: Tally): ReportFigures {
  const rated = t.stars.reduce((a, b) => a + b, 0);
  const points = t.stars.reduce((sum, n, i) => sum + n * POINTS[i]!, 0);
  return {
    arrived: t.arrived,
    served: t.served,
    servedRate: ratio(t.served, t.arrived),
    noShowRate: ratio(t.noShows, t.arrived),
    avgWaitSeconds: roundedRatio(t.waitSeconds, t.called),
    maxWaitSeconds: t.called === 0 ? null : t.maxWaitSeconds,
    serviceLevel: ratio(t.withinTarget, t.called),
    avgHandleSeconds: roundedRatio(t.handleSeconds, t.served),
    utilisation: ratio(t.handleSeconds, t.staffSeconds),
    servedPerStaffHour: ratio(t.served * 3600, t.staffSeconds),
    rated,
    ratedRate: ratio(rated, t.served),
    satisfaction: ratio(t.stars[3] + t.stars[4], rated),
    score: ratio(points, rated),
    stars: [...t.stars],
    bad: t.bad,
    rectifyRate: ratio(t.rectified, t.bad),
    overdue: t.overdue,
    defaulted: t.defaulted,
    notRated: t.notRated,
    excluded: t.excluded,
  };
}
