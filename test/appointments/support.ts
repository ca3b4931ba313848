// Shared by the appointment tests: a seeded demo hall on Monday 2026-11-23 09:00 (Asia/Shanghai) and
// a few bookings of that day.
import type { Session } from '../../electron/contract';
import { login, openSeededHall, run, type TestHall } from '../support/hall';

export const DAY = '2026-11-23';

export interface AppointmentHall {
  t: TestHall;
  admin: Session;
  kiosk: Session;
  clerk: Session;
}

export function openAppointmentHall(): AppointmentHall {
  const t = openSeededHall();
  return { t, admin: login(t.hall, 'admin'), kiosk: login(t.hall, 'kiosk'), clerk: login(t.hall, '1001') };
}

export const booking = (code: string, start: string, end: string, extra: Record<string, unknown> = {}) => ({
  code,
  serviceId: 'A',
  date: DAY,
  start,
  end,
  ...extra,
});

/** Every row the appointments may change, to show that a refused import changed nothing. */
export const fingerprint = (t: TestHall) =>
  JSON.stringify(['appointments', 'tickets', 'events'].map((x) => t.hall.db.prepare(`SELECT * FROM ${x} ORDER BY rowid`).all()));

export function book(h: AppointmentHall, ...bookings: unknown[]) {
  return run(h.t.hall, 'appointments.upsert', { bookings }, h.admin);
}

export const csvOf = (rows: string[][]) => rows.map((r) => r.join(',')).join('\r\n');
