// What the appointments (预约) capability hands to clients. Names and phone numbers of residents are
// personal data: the list masks them (张*, 138****5678) unless a clerk or the manager asks to see them,
// and nothing here ever reaches a public screen or a printout.
import type { IssuedTicket } from './views';

export const appointmentStates = ['booked', 'checked_in', 'served', 'no_show', 'cancelled', 'converted'] as const;
export type AppointmentState = (typeof appointmentStates)[number];
export const appointmentSources = ['import', 'console', 'api'] as const;
export type AppointmentSource = (typeof appointmentSources)[number];

export interface AppointmentView {
  code: string;
  serviceId: string;
  /** The slot, hall-local: its day and its start and end time (HH:mm). */
  date: string;
  start: string;
  end: string;
  /** booked → checked_in → served | no_show, or cancelled, or converted (a late arrival got a normal ticket). */
  state: AppointmentState;
  name: string | null;
  phone: string | null;
  /** The ticket the check-in issued. */
  ticketNumber: string | null;
  source: AppointmentSource;
}

/** What an import or an upsert did (or, in a dry run, would do). Nothing changes when a row is bad. */
export interface AppointmentImportPlan {
  dryRun: boolean;
  total: number;
  created: number;
  updated: number;
  unchanged: number;
}

export interface AppointmentSettingsView {
  /** How long before the slot a resident may check in (their ticket becomes due at the slot). */
  earlyMinutes: number;
  /** How long after the slot start a check-in still keeps the appointment; later is a normal ticket. */
  graceMinutes: number;
  /** Whether residents' names and phone numbers go upstream in the day batch (off by default). */
  upstreamPersonalData: boolean;
}

/**
 * A check-in at the kiosk: a ticket (an appointment ticket, or a normal one for a missed slot), or why
 * not, in words the kiosk can say plainly. Times are hall-local HH:mm.
 */
export type CheckInResult =
  | { outcome: 'issued'; ticket: IssuedTicket; start: string; end: string }
  | { outcome: 'late'; ticket: IssuedTicket; start: string; end: string }
  | { outcome: 'early'; start: string; end: string; checkInFrom: string }
  | { outcome: 'used'; ticketNumber: string | null }
  | { outcome: 'cancelled' }
  | { outcome: 'other_day'; date: string; start: string }
  | { outcome: 'unknown' };
