// The ticket in the resident's chosen language (issue 14): the kiosk sends its language with
// tickets.issue, and the printed labels, service name and notice come from that language's
// translations; read back from the bytes the printer got. English is ASCII on the same GBK code page.
import { afterEach, expect, test } from 'vitest';
import type { Lang } from '../../electron/contract';
import { DEMO_NOTICE } from '../../electron/devices/printing/demo-printer';
import { ticketLines, type DecodedQr } from '../../native/printer/escpos/decoded-ticket';
import { eventsAfter, login, run, staff } from '../support/hall';
import { startPrintingFixture, type PrintingFixture } from './fixture';

let f: PrintingFixture;
afterEach(async () => {
  await f.close();
});

const rule = '-'.repeat(48);

async function printedIn(lang: Lang | undefined, priority?: 'priority') {
  f = await startPrintingFixture({ notice: DEMO_NOTICE });
  f.hall.settings.update({ publicBaseUrl: 'http://192.168.1.10:7300' });
  const kiosk = login(f.hall, 'kiosk');
  run(f.hall, 'tickets.issue', { serviceId: 'B' }, kiosk);
  const ticket = run(f.hall, 'tickets.issue', { serviceId: 'B', ...(lang ? { lang } : {}), ...(priority ? { priority } : {}) }, kiosk);
  await f.printed(2);
  return { ticket, paper: f.printer.tickets[1]!.ticket };
}

test('en: every label, the service and the notice in English, ASCII only, no warning', async () => {
  const { ticket, paper } = await printedIn('en', 'priority');
  expect(ticketLines(paper)).toEqual([
    '示范街道社区事务受理服务中心', // the hall's name is the hall's, as the manager saved it
    'Civil Affairs',
    rule,
    'Priority lane',
    'B002',
    'No one ahead of you: listen for your number', // priority: called before B001
    'Issued 2026-11-23 09:00:00',
    '',
    'Scan to follow the queue',
    rule,
    'Opening hours: Mon-Fri 8:30-17:30,',
    'Sat-Sun 9:00-17:00',
    'Listen for your number;', // wrapped after the phrase, not mid-phrase
    'a missed number must take a new ticket',
  ]);
  expect(paper.warnings).toEqual([]);
  expect(ticketLines(paper).slice(1).join('')).toMatch(/^[\x20-\x7e]*$/);
  expect(paper.blocks.find((b): b is DecodedQr => b.kind === 'qr')!.payload).toMatch(/^http:\/\/192\.168\.1\.10:7300\/t\//);
  // Kept with the ticket: the issue event says which language the resident chose.
  expect(eventsAfter(f.hall).find((e) => e.type === 'ticket.issued' && e.ticket_id === ticket.id)!.data.lang).toBe('en');
});

test('zh-TW: Traditional characters, sent as GBK bytes the printer decodes back', async () => {
  const { paper } = await printedIn('zh-TW');
  expect(ticketLines(paper)).toEqual([
    '示范街道社区事务受理服务中心',
    '民政',
    rule,
    'B002',
    '前面還有 1 人等候',
    '取號時間 2026-11-23 09:00:00',
    '',
    '掃碼查看排隊進度',
    rule,
    '辦公時間：週一至週五 8:30-17:30，',
    '週六日 9:00-17:00',
    '請留意叫號，過號請重新取號',
  ]);
  expect(paper.warnings).toEqual([]); // decoded as GBK: every traditional form went out as its GBK bytes
});

test("no language chosen: the printer's configured one", async () => {
  const { paper } = await printedIn(undefined);
  expect(ticketLines(paper).slice(4, 6)).toEqual(['前面还有 1 人等候', '取号时间 2026-11-23 09:00:00']);
});

test('an English ticket reprinted is English too, with its 补打 line in English', async () => {
  const { ticket } = await printedIn('en');
  run(f.hall, 'tickets.reprint', { ticketId: ticket.id }, staff(f.hall, '1001', 2));
  await f.printed(3);
  const lines = ticketLines(f.printer.tickets[2]!.ticket);
  expect(lines.slice(3, 6)).toEqual(['B002', '1 person ahead of you', 'Issued 2026-11-23 09:00:00']);
  expect(lines.at(-1)).toBe('Reprinted 2026-11-23 09:00:00');
});

test('an appointment checked in at an English kiosk prints in English', async () => {
  f = await startPrintingFixture();
  const booking = { code: '500001', serviceId: 'A', date: '2026-11-23', start: '09:00', end: '09:30' };
  run(f.hall, 'appointments.upsert', { bookings: [booking] }, login(f.hall, 'admin'));
  expect(run(f.hall, 'appointments.checkIn', { code: '500001', lang: 'en' }, login(f.hall, 'kiosk')).outcome).toBe('issued');
  await f.printed(1);
  expect(ticketLines(f.printer.tickets[0]!.ticket).slice(1, 7)).toEqual([
    'Social Security',
    rule,
    'Appointment',
    'A001',
    'No one ahead of you: listen for your number',
    'Issued 2026-11-23 09:00:00',
  ]);
});
