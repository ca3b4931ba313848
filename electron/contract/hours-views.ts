// Opening hours (the hours capability, electron/hours/): the manager's schedule and what the kiosk
// reads of it. The model itself is pure, in electron/shared/calendar/schedule.ts.
import { z } from 'zod';
import type { ClosedReason, IssuingStatus } from '../shared/calendar/issuing-state';
import type { Period, ServiceHours, WeeklySchedule } from '../shared/calendar/schedule';
import { calendarDay } from './command-spec';

const hhmm = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$|^24:00$/, { error: 'a time HH:mm (00:00–24:00)' });
const minutes = (t: string) => Number(t.slice(0, 2)) * 60 + Number(t.slice(3, 5));

export const periodField = z
  .strictObject({
    start: hhmm,
    end: hhmm,
    kind: z.enum(['regular', 'lunch_duty', 'evening']),
    windows: z.number().int().min(0).max(99).optional(),
  })
  .refine((p) => minutes(p.end) > minutes(p.start), { error: 'a period ends after it starts', path: ['end'] });

/** A weekday's periods, which may touch (back-to-back) but not overlap. */
const dayPeriods = z
  .array(periodField)
  .max(8)
  .superRefine((periods, ctx) => {
    const sorted = periods.map((p, i) => ({ ...p, i })).sort((a, b) => minutes(a.start) - minutes(b.start));
    for (let k = 1; k < sorted.length; k++) {
      if (minutes(sorted[k]!.start) < minutes(sorted[k - 1]!.end)) {
        ctx.addIssue({ code: 'custom', message: 'periods of one day overlap', path: [sorted[k]!.i, 'start'] });
      }
    }
  });

const weekdayKeys = ['1', '2', '3', '4', '5', '6', '7'] as const;

export const hoursFields = {
  weekly: z.strictObject(
    Object.fromEntries(weekdayKeys.map((k) => [k, dayPeriods.optional()])) as Record<(typeof weekdayKeys)[number], z.ZodOptional<typeof dayPeriods>>,
  ),
  holidays: z.array(calendarDay).max(400),
  makeupDays: z.array(calendarDay).max(400),
  exceptions: z
    .array(
      z.strictObject({
        serviceId: z.string().min(1).max(16),
        weekdays: z.array(z.number().int().min(1).max(7)).min(1).max(7),
        periods: dayPeriods,
      }),
    )
    .max(100),
  cutoffMinutes: z.number().int().min(0).max(240),
  phone: z
    .string()
    .trim()
    .max(40)
    .regex(/^[0-9+\-() ]*$/, { error: 'digits, spaces, + - ( ) only' }),
};

export const defaultHours = { weekly: {}, holidays: [], makeupDays: [], exceptions: [], cutoffMinutes: 30, phone: '' };

export interface HoursSettingsView {
  weekly: WeeklySchedule;
  holidays: string[];
  makeupDays: string[];
  exceptions: ServiceHours[];
  cutoffMinutes: number;
  phone: string;
  /** Whether any hours are set (none: the hall is open at all hours). */
  configured: boolean;
  timeZone: string;
}

/** Whether a service (or the hall) issues now, and if not why and when again (instants as ISO strings). */
export interface IssuingStateView {
  status: IssuingStatus;
  reason: ClosedReason | null;
  closesAt: string | null;
  cutoffAt: string | null;
  nextOpening: string | null;
}

export interface HoursNowView {
  /** The hall clock (a shifted or fixed clock too): screens learn their offset from it. */
  now: string;
  businessDay: string;
  timeZone: string;
  configured: boolean;
  /** Whether the hall is within one of today's periods. */
  open: boolean;
  /** The hall as a whole: issuing while any service issues; otherwise when the first one opens again. */
  hall: IssuingStateView;
  services: Record<string, IssuingStateView>;
  today: Period[];
  phone: string;
}
