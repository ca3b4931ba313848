// Checking in at the kiosk. What a real hall does with a booked slot: a resident may check in from
// `earlyMinutes` before the slot; the ticket is an appointment ticket due at the slot start, so the
// call policy lets it wait like any other until then and puts it first once due (an early ticket is
// not a queue jump, and the resident sees their number at once rather than walking away). Earlier than
// that, the kiosk says when to come back: a ticket issued hours ahead would sit in the queue all
// morning. Up to `graceMinutes` after the slot start the appointment holds; later, the slot is missed
// and the resident gets a normal ticket, told so plainly. One check-in per booking.
import type { CheckInResult, Lang } from '../contract';
import type { Actor } from '../core/engine-parts';
import type { QueueEngine } from '../core/engine';
import type { AppointmentBook, AppointmentRow } from './book';
import type { AppointmentSetting } from './settings';
import { hallClock } from './slots';

type Found = AppointmentRow & { ticket_number: string | null };
/** `lang`: the language the resident chose at the kiosk (the ticket prints in it). */
export type CheckInBy = ({ code: string } | { phoneLast4: string; serviceId: string }) & { lang?: Lang };

export class CheckInDesk {
  constructor(
    private readonly engine: QueueEngine,
    private readonly book: AppointmentBook,
    private readonly setting: () => AppointmentSetting,
    private readonly now: () => number,
  ) {}

  checkIn(by: CheckInBy, actor: Actor): CheckInResult {
    const found = 'code' in by ? this.byCode(by.code) : this.byPhone(by.phoneLast4, by.serviceId);
    if ('outcome' in found) return found;
    return this.admit(found, actor, by.lang);
  }

  private byCode(code: string): Found | CheckInResult {
    const row = this.book.byCode(code);
    if (!row) return { outcome: 'unknown' };
    const tz = this.engine.timeZone;
    if (row.state === 'cancelled') return { outcome: 'cancelled' };
    if (row.state !== 'booked') return { outcome: 'used', ticketNumber: row.ticket_number };
    if (row.business_day !== this.book.today()) return { outcome: 'other_day', date: row.business_day, start: hallClock(row.slot_start, tz) };
    return row;
  }

  /** Today's booked slot of this service and phone: the first one not yet missed, else the first. */
  private byPhone(last4: string, serviceId: string): Found | CheckInResult {
    const rows = this.book.byPhone(last4, serviceId);
    const open = rows.filter((r) => r.state === 'booked');
    if (open.length === 0) {
      const used = rows.find((r) => r.state === 'checked_in' || r.state === 'converted');
      if (used) return { outcome: 'used', ticketNumber: used.ticket_number };
      return rows.some((r) => r.state === 'cancelled') ? { outcome: 'cancelled' } : { outcome: 'unknown' };
    }
    const graceMs = this.setting().graceMinutes * 60_000;
    return open.find((r) => r.slot_start + graceMs >= this.now()) ?? open[0]!;
  }

  private admit(row: Found, actor: Actor, lang: Lang | undefined): CheckInResult {
    const { earlyMinutes, graceMinutes } = this.setting();
    const tz = this.engine.timeZone;
    const now = this.now();
    const slot = { start: hallClock(row.slot_start, tz), end: hallClock(row.slot_end, tz) };
    const opensAt = row.slot_start - earlyMinutes * 60_000;
    if (now < opensAt) return { outcome: 'early', ...slot, checkInFrom: hallClock(opensAt, tz) };
    const late = now > row.slot_start + graceMinutes * 60_000;
    const ticket = this.engine.atomically(() => {
      const issued = this.engine.issue(row.service_id, late ? 'normal' : 'appointment', actor, row.slot_start, lang);
      this.book.markCheckedIn(row.id, issued.id, late);
      return issued;
    });
    return { outcome: late ? 'late' : 'issued', ticket, ...slot };
  }
}
