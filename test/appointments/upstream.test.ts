// What the day batch says of appointments: the booking code and slot of each checked-in ticket, the
// resident's name and phone only when the manager turned upstreamPersonalData on (default off).
import { afterEach, beforeEach, expect, test } from 'vitest';
import { buildDayBatches } from '../../electron/sync/batch-builder';
import { dayBatch } from '../../electron/sync/batch-schema';
import { MINUTE, run } from '../support/hall';
import { book, booking, DAY, openAppointmentHall, type AppointmentHall } from './support';

let h: AppointmentHall;
beforeEach(() => {
  h = openAppointmentHall();
  book(
    h,
    booking('300001', '09:00', '09:30', { name: '王五', phone: '13811112222' }),
    booking('300002', '08:00', '08:30', { name: '赵六', phone: '13733334444' }),
  );
  run(h.t.hall, 'appointments.checkIn', { code: '300001' }, h.kiosk);
  run(h.t.hall, 'appointments.checkIn', { code: '300002' }, h.kiosk); // missed: a normal ticket
  run(h.t.hall, 'tickets.issue', { serviceId: 'A' }, h.kiosk);
  h.t.clock.advance(24 * 60 * MINUTE); // the day is closed
});
afterEach(() => h.t.cleanup());

const batch = () => {
  const [chunk] = buildDayBatches(h.t.hall.db, DAY, { hallId: 'h1', timeZone: 'Asia/Shanghai', chunkSize: 100 });
  return dayBatch.parse(chunk); // what the receiver accepts
};
const configure = (upstreamPersonalData: boolean) =>
  run(h.t.hall, 'appointments.configure', { earlyMinutes: 30, graceMinutes: 15, upstreamPersonalData }, h.admin);

test('by default the booking goes up without the resident: no name, no phone, anywhere in the batch', () => {
  const { tickets } = batch();
  expect(tickets.map((t) => t.appointment)).toEqual([
    { code: '300001', slotStart: `${DAY} 09:00:00`, slotEnd: `${DAY} 09:30:00`, kept: true },
    { code: '300002', slotStart: `${DAY} 08:00:00`, slotEnd: `${DAY} 08:30:00`, kept: false },
    undefined,
  ]);
  expect(tickets.map((t) => t.priority)).toEqual(['appointment', 'normal', 'normal']);
  const text = JSON.stringify(batch());
  for (const personal of ['王五', '赵六', '13811112222', '13733334444', '2222', 'residentName']) expect(text).not.toContain(personal);
});

test('with the setting on, the name and phone go with the booking; off again, they do not', () => {
  configure(true);
  expect(batch().tickets[0]!.appointment).toEqual({
    code: '300001',
    slotStart: `${DAY} 09:00:00`,
    slotEnd: `${DAY} 09:30:00`,
    kept: true,
    residentName: '王五',
    residentPhone: '13811112222',
  });
  configure(false);
  expect(JSON.stringify(batch())).not.toContain('王五');
});
