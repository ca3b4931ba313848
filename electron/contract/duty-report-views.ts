// What the 倒休 duty report and the monthly appraisal sheet (月考核) answer with (issue 15). Plain data,
// JSON-safe. Durations are whole seconds worked out from the duty rows and the window pauses in the
// event log (electron/reports/duty-split.ts), never counters.
import type { ReportFigures } from './report-views';

/**
 * Signed-in seconds by what the hall's schedule says the time was: `regular` (a regular period of a
 * working day, a 调休上班 make-up day included), `weekend` (any time on a weekend day or a public
 * holiday), `lunch` (the lunch-duty period of a working day), `evening` (the evening period of a working
 * day), `outside` (a working day outside every period: before opening, after the evening; shown, not
 * owed); `extra` = weekend + lunch + evening, the hours owed as 倒休. Pauses are no worked time.
 */
export interface DutySeconds {
  regular: number;
  weekend: number;
  lunch: number;
  evening: number;
  outside: number;
  extra: number;
}

export const dutyCategories = ['regular', 'weekend', 'lunch', 'evening', 'outside', 'extra'] as const;
export type DutyCategory = (typeof dutyCategories)[number];

/** One sign-in at a window (a duty row) and how its worked time splits. */
export interface DutyShift {
  day: string;
  windowNo: number;
  /** Epoch ms of the sign-in and of the sign-out (still signed in: now, with `open`). */
  from: number;
  to: number;
  open: boolean;
  /** Seconds paused at the window during the shift (meeting, lunch, break): not worked. */
  pausedSeconds: number;
  seconds: DutySeconds;
}

export interface DutyClerk {
  clerkId: string;
  name: string;
  /** Business days with at least one sign-in. */
  daysWorked: number;
  seconds: DutySeconds;
  shifts: DutyShift[];
}

export interface DutyReport {
  from: string;
  to: string;
  timeZone: string;
  clerks: DutyClerk[];
  total: DutySeconds;
}

/** One clerk's monthly appraisal sheet: the month's figures (by the ticket's clerk) and the 倒休 hours. */
export interface AppraisalSheet {
  clerkId: string;
  name: string;
  figures: ReportFigures;
  duty: DutySeconds;
  daysWorked: number;
}

export interface AppraisalReport {
  month: string;
  from: string;
  to: string;
  hallName: string;
  sheets: AppraisalSheet[];
}
