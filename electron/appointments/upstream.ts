// What the day batch says of appointments (docs/SYNC.md): for each ticket issued by a check-in, its
// booking code, slot and whether it kept the appointment; the resident's name and phone only when the
// manager turned upstreamPersonalData on (default off), otherwise they never leave the hall.
import type { Db } from '../core/db';
import { formatHallTime } from '../shared/hall-time';
import { storedAppointmentSetting } from './settings';

export interface UpstreamAppointment {
  code: string;
  slotStart: string;
  slotEnd: string;
  /** false: the slot was missed and the ticket is a normal one. */
  kept: boolean;
  residentName?: string | null;
  residentPhone?: string | null;
}

export function upstreamAppointments(db: Db, day: string, timeZone: string): Map<number, UpstreamAppointment> {
  const personal = storedAppointmentSetting(db).upstreamPersonalData;
  const rows = db.prepare(`SELECT a.* FROM appointments a JOIN tickets t ON t.id = a.ticket_id WHERE t.business_day = ? ORDER BY a.ticket_id`).all(day) as {
    ticket_id: number;
    code: string;
    slot_start: number;
    slot_end: number;
    state: string;
    resident_name: string | null;
    resident_phone: string | null;
  }[];
  const time = (ms: number) => formatHallTime(ms, 'dateTimeSeconds', timeZone);
  return new Map(
    rows.map((r) => [
      r.ticket_id,
      {
        code: r.code,
        slotStart: time(r.slot_start),
        slotEnd: time(r.slot_end),
        kept: r.state === 'checked_in',
        ...(personal ? { residentName: r.resident_name, residentPhone: r.resident_phone } : {}),
      },
    ]),
  );
}
