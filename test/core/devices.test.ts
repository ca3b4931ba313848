// The core's side of the devices: devices.list and tickets.reprint go through the attached hub, and
// the hub's events reach every listener. With no hub, the hall still works and says so.
import { afterEach, expect, test } from 'vitest';
import type { DeviceStatus, HallEvent, TicketView } from '../../electron/contract';
import type { DeviceHub } from '../../electron/core/devices';
import { issue, login, openSeededHall, refuse, run, type TestHall } from '../support/hall';

let t: TestHall;
afterEach(() => t.cleanup());

const printer: DeviceStatus = { id: 'printer', kind: 'printer', port: 'tcp://127.0.0.1:9100', connected: true, printer: 'ok', lastSeen: null, error: null };

function fakeHub(reprinted: TicketView[], withPrinter = true): DeviceHub {
  return { status: () => [printer], hasPrinter: () => withPrinter, reprint: (ticket) => reprinted.push(ticket) };
}

test('without devices: an empty list, and a reprint is refused with no_printer', () => {
  t = openSeededHall();
  const clerk = login(t.hall, '1001');
  expect(run(t.hall, 'devices.list', {}, clerk)).toEqual([]);
  expect(refuse(t.hall, 'tickets.reprint', {}, clerk)).toMatchObject({ code: 'conflict', reason: 'no_printer' });
});

test('reprint the last ticket of the day or a given one, through the hub', () => {
  t = openSeededHall();
  const reprinted: TicketView[] = [];
  t.hall.devices.attach(fakeHub(reprinted));
  const kiosk = login(t.hall, 'kiosk');
  const clerk = login(t.hall, '1001');
  expect(refuse(t.hall, 'tickets.reprint', {}, clerk)).toMatchObject({ code: 'not_found', field: 'ticketId' });
  const a1 = issue(t.hall, kiosk, 'A');
  issue(t.hall, kiosk, 'B');
  expect(run(t.hall, 'tickets.reprint', {}, clerk)).toEqual({ ticketId: a1.id + 1, number: 'B001' });
  expect(run(t.hall, 'tickets.reprint', { ticketId: a1.id }, clerk)).toEqual({ ticketId: a1.id, number: 'A001' });
  expect(reprinted.map((r) => r.number)).toEqual(['B001', 'A001']);
  expect(refuse(t.hall, 'tickets.reprint', { ticketId: 999 }, clerk).code).toBe('not_found');
  expect(refuse(t.hall, 'tickets.reprint', {}, kiosk).code).toBe('forbidden');
  expect(run(t.hall, 'devices.list', {}, clerk)).toEqual([printer]);
});

test('issued tickets and published device events reach listeners', () => {
  t = openSeededHall();
  const seen: HallEvent[] = [];
  t.hall.subscribe((e) => seen.push(e));
  const ticket = issue(t.hall, login(t.hall, 'kiosk'), 'C');
  t.hall.devices.publish('device.status', [printer]);
  expect(seen).toEqual([
    { name: 'ticket.issued', data: ticket },
    { name: 'device.status', data: [printer] },
  ]);
});
