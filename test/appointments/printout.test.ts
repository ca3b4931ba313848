// The printed ticket of a check-in says 预约 and carries no name or phone of the resident; a missed
// slot's normal ticket carries no mark.
import { afterEach, expect, test } from 'vitest';
import { ticketLines } from '../../native/printer/escpos/decoded-ticket';
import { login, MINUTE, run } from '../support/hall';
import { startPrintingFixture, type PrintingFixture } from '../printing/fixture';
import { booking } from './support';

let f: PrintingFixture;
afterEach(async () => f.close());

test('an appointment ticket prints 预约, never the name or phone; a late one prints as a normal ticket', async () => {
  f = await startPrintingFixture();
  const admin = login(f.hall, 'admin');
  const kiosk = login(f.hall, 'kiosk');
  const bookings = [
    booking('500001', '09:00', '09:30', { name: '孙七', phone: '13866668888' }),
    booking('500002', '08:00', '08:30', { name: '周八', phone: '13855557777' }),
  ];
  run(f.hall, 'appointments.upsert', { bookings }, admin);
  f.clock.advance(14 * MINUTE); // 09:14: the 09:00 slot is within its grace (15 min), the 08:00 one is missed
  expect(run(f.hall, 'appointments.checkIn', { code: '500001' }, kiosk).outcome).toBe('issued');
  expect(run(f.hall, 'appointments.checkIn', { code: '500002' }, kiosk).outcome).toBe('late');
  await f.printed(2);
  const [booked, late] = f.printer.tickets.map((p) => ticketLines(p.ticket));
  expect(booked!.slice(3, 5)).toEqual(['预约', 'A001']);
  expect(late).not.toContain('预约');
  for (const text of [booked!.join('\n'), late!.join('\n')]) {
    for (const personal of ['孙七', '周八', '13866668888', '8888', '13855557777']) expect(text).not.toContain(personal);
  }
});
