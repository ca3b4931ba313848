// The bookings (预约): written by code (an import, the booking system's upsert, a clerk's entry), all of
// a batch in one transaction or none, each bad entry named; read back as a day's list. A booking already
// checked in is history: the booking system may not move or cancel it any more. served and no_show are
// what its ticket became (or a booked slot whose day passed); the row keeps checked_in / booked.
import { HallFault, bookingEntry, type AppointmentImportPlan, type AppointmentSource, type AppointmentView, type BookingEntry } from '../contract';
import { businessDayOf, type Clock } from '../core/clock';
import type { Db } from '../core/db';
import type { TicketState } from '../contract';
import { hallClock, hallInstant, maskName, maskPhone } from './slots';

export interface AppointmentRow {
  id: number;
  code: string;
  service_id: string;
  business_day: string;
  slot_start: number;
  slot_end: number;
  resident_name: string | null;
  resident_phone: string | null;
  state: 'booked' | 'checked_in' | 'cancelled' | 'converted';
  source: AppointmentSource;
  ticket_id: number | null;
  created_at: number;
  updated_at: number;
  checked_in_at: number | null;
}

type RowWithTicket = AppointmentRow & { ticket_number: string | null; ticket_state: TicketState | null };

/** A bad entry of a batch, named as `<where>.<field>` (rows[12].phone, bookings[3].date). */
export type EntryAt = (index: number, field?: string) => { at: string; label: string };

export class AppointmentBook {
  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
    private readonly timeZone: () => string,
  ) {}

  /** Writes the entries by code in one transaction (a dry run rolls it back); the first bad one fails all. */
  write(entries: readonly unknown[], source: AppointmentSource, dryRun: boolean, at: EntryAt): AppointmentImportPlan {
    const plan: AppointmentImportPlan = { dryRun, total: entries.length, created: 0, updated: 0, unchanged: 0 };
    const seen = new Map<string, number>();
    const rollback = new Error('dry run');
    try {
      this.db.transaction(() => {
        entries.forEach((raw, index) => {
          const entry = this.parse(raw, index, at);
          const first = seen.get(entry.code);
          if (first !== undefined) throw this.fault(at(index, 'code'), `${entry.code} is also at ${at(first).label}`);
          seen.set(entry.code, index);
          plan[this.writeOne(entry, source, index, at)]++;
        });
        if (dryRun) throw rollback;
      })();
    } catch (error) {
      if (error !== rollback) throw error;
    }
    return plan;
  }

  /** One booking entered by a clerk; its view after. */
  saveOne(raw: unknown, source: AppointmentSource): AppointmentView {
    const at: EntryAt = (_i, field) => ({ at: field ? `booking.${field}` : 'booking', label: 'the booking' });
    this.write([raw], source, false, at);
    return this.viewOf(this.byCode((raw as BookingEntry).code.trim())!, true);
  }

  list(day: string | undefined, reveal: boolean): AppointmentView[] {
    const rows = this.db
      .prepare(
        `SELECT a.*, t.number AS ticket_number, t.state AS ticket_state FROM appointments a LEFT JOIN tickets t ON t.id = a.ticket_id
         WHERE a.business_day = ? ORDER BY a.slot_start, a.code`,
      )
      .all(day ?? this.today()) as RowWithTicket[];
    return rows.map((r) => this.viewOf(r, reveal));
  }

  byCode(code: string): RowWithTicket | undefined {
    return this.db
      .prepare('SELECT a.*, t.number AS ticket_number, t.state AS ticket_state FROM appointments a LEFT JOIN tickets t ON t.id = a.ticket_id WHERE a.code = ?')
      .get(code) as RowWithTicket | undefined;
  }

  /** Today's bookings of a service whose phone ends in these four digits, by slot. */
  byPhone(last4: string, serviceId: string): RowWithTicket[] {
    return this.db
      .prepare(
        `SELECT a.*, t.number AS ticket_number, t.state AS ticket_state FROM appointments a LEFT JOIN tickets t ON t.id = a.ticket_id
         WHERE a.business_day = ? AND a.service_id = ? AND a.resident_phone IS NOT NULL
           AND substr(replace(replace(replace(a.resident_phone, ' ', ''), '-', ''), '+', ''), -4) = ? ORDER BY a.slot_start`,
      )
      .all(this.today(), serviceId, last4) as RowWithTicket[];
  }

  /** Marks a booking as checked in (or converted to a normal ticket) with its ticket, inside the issue's transaction. */
  markCheckedIn(id: number, ticketId: number, converted: boolean): void {
    const now = this.clock.now();
    const changed = this.db
      .prepare("UPDATE appointments SET state = ?, ticket_id = ?, checked_in_at = ?, updated_at = ? WHERE id = ? AND state = 'booked'")
      .run(converted ? 'converted' : 'checked_in', ticketId, now, now, id).changes;
    if (changed !== 1) throw new HallFault('conflict', 'this booking was checked in already');
  }

  today(): string {
    return businessDayOf(this.clock.now(), this.timeZone());
  }

  viewOf(r: RowWithTicket, reveal: boolean): AppointmentView {
    const tz = this.timeZone();
    return {
      code: r.code,
      serviceId: r.service_id,
      date: r.business_day,
      start: hallClock(r.slot_start, tz),
      end: hallClock(r.slot_end, tz),
      state: this.stateOf(r),
      name: reveal ? r.resident_name : maskName(r.resident_name),
      phone: reveal ? r.resident_phone : maskPhone(r.resident_phone),
      ticketNumber: r.ticket_number,
      source: r.source,
    };
  }

  private stateOf(r: RowWithTicket): AppointmentView['state'] {
    if (r.state === 'booked') return r.business_day < this.today() ? 'no_show' : 'booked';
    if (r.state !== 'checked_in') return r.state;
    if (r.ticket_state === 'done') return 'served';
    if (r.ticket_state === 'no_show' || r.ticket_state === 'expired') return 'no_show';
    return 'checked_in';
  }

  private parse(raw: unknown, index: number, at: EntryAt): BookingEntry {
    const parsed = bookingEntry.safeParse(raw);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      const field = issue.path.length > 0 ? String(issue.path[0]) : undefined;
      throw this.fault(at(index, field), issue.message);
    }
    const entry = parsed.data;
    if (entry.end <= entry.start) throw this.fault(at(index, 'end'), `the slot ends (${entry.end}) before it starts (${entry.start})`);
    const service = this.db.prepare('SELECT enabled FROM services WHERE id = ?').get(entry.serviceId) as { enabled: number } | undefined;
    if (!service) throw this.fault(at(index, 'serviceId'), `no service ${entry.serviceId} in this hall`);
    return entry;
  }

  private writeOne(e: BookingEntry, source: AppointmentSource, index: number, at: EntryAt): 'created' | 'updated' | 'unchanged' {
    const tz = this.timeZone();
    const now = this.clock.now();
    const values = {
      service_id: e.serviceId,
      business_day: e.date,
      slot_start: hallInstant(e.date, e.start, tz),
      slot_end: hallInstant(e.date, e.end, tz),
      resident_name: e.name || null,
      resident_phone: e.phone || null,
    };
    const before = this.byCode(e.code);
    if (!before) {
      this.db
        .prepare(
          `INSERT INTO appointments (code, service_id, business_day, slot_start, slot_end, resident_name, resident_phone, state, source, created_at, updated_at)
           VALUES (@code, @service_id, @business_day, @slot_start, @slot_end, @resident_name, @resident_phone, @state, @source, @now, @now)`,
        )
        .run({ ...values, code: e.code, state: e.state, source, now });
      return 'created';
    }
    const same = (Object.keys(values) as (keyof typeof values)[]).every((k) => before[k] === values[k]) && before.state === e.state;
    if (same) return 'unchanged';
    if (before.state === 'checked_in' || before.state === 'converted') {
      throw this.fault(at(index, 'code'), `booking ${e.code} was checked in already (ticket ${before.ticket_number}); it can no longer change`);
    }
    this.db
      .prepare(
        `UPDATE appointments SET service_id = @service_id, business_day = @business_day, slot_start = @slot_start, slot_end = @slot_end,
           resident_name = @resident_name, resident_phone = @resident_phone, state = @state, updated_at = @now WHERE id = @id`,
      )
      .run({ ...values, state: e.state, now, id: before.id });
    return 'updated';
  }

  private fault(where: { at: string; label: string }, message: string): HallFault {
    return new HallFault('bad_request', `${where.label}: ${message}`, where.at);
  }
}
