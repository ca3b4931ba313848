// The printing module in a hall: every issued ticket prints with every field; a printer out of paper
// never stops issuing, loses no number and prints none twice; faults reach the console and the log;
// reprints and the preview; a dead printer never holds up the kiosk.
import { afterEach, expect, test } from 'vitest';
import type { DeviceStatus, HallEvent, IssuedTicket } from '../../electron/contract';
import { largestText, ticketLines, type DecodedQr } from '../../native/printer/escpos/decoded-ticket';
import { eventsAfter, issue, lastEventId, login, MINUTE, refuse, run, staff } from '../support/hall';
import { startPrintingFixture, type PrintingFixture } from './fixture';
import { eventually } from './support';

let f: PrintingFixture;
afterEach(async () => {
  await f.close();
});

const printerStatus = (events: HallEvent[]) =>
  events.flatMap((e) => (e.name === 'device.status' ? e.data.filter((d: DeviceStatus) => d.id === 'printer') : []));

test('a ticket issued at the kiosk prints with every field, in Chinese, with its QR code and a cut', async () => {
  f = await startPrintingFixture({ notice: ['办公时间：周一至周五 8:30–17:30，周六日 9:00–17:00'] });
  f.hall.settings.update({ publicBaseUrl: 'http://192.168.1.10:7300/' });
  const kiosk = login(f.hall, 'kiosk');
  issue(f.hall, kiosk, 'A');
  issue(f.hall, kiosk, 'A');
  const third = issue(f.hall, kiosk, 'A', 'priority');
  const results = await f.printed(3);
  expect(results.map((r) => [r.number, r.ok, r.printer, r.reprint])).toEqual([
    ['A001', true, 'ok', false],
    ['A002', true, 'ok', false],
    ['A003', true, 'ok', false],
  ]);
  expect(results[2]!.ticketId).toBe(third.id);
  const paper = f.printer.tickets[2];
  expect(paper!.printed).toBe(true);
  expect(paper!.ticket.warnings).toEqual([]);
  expect(ticketLines(paper!.ticket)).toEqual([
    '示范街道社区事务受理服务中心',
    '人社',
    '-'.repeat(48),
    '绿色通道',
    'A003',
    '前面没有人等候，请留意叫号',
    '取号时间 2026-11-23 09:00:00',
    '',
    '扫码查看排队进度',
    '-'.repeat(48),
    '办公时间：周一至周五 8:30-17:30，',
    '周六日 9:00-17:00',
  ]);
  expect(ticketLines(f.printer.tickets[1]!.ticket)).toContain('前面还有 1 人等候');
  // The ticket's progress page at the hall's address: a token, not the number (A003 is on the paper).
  const payload = paper!.ticket.blocks.find((b): b is DecodedQr => b.kind === 'qr')!.payload;
  expect(payload).toMatch(/^http:\/\/192\.168\.1\.10:7300\/t\/[0-9a-z]+-[A-Za-z0-9_-]{22}$/);
  expect(payload).not.toMatch(/A003|20261123/);
  expect(paper!.ticket.cut).toBe('partial');
});

test('out of paper: the ticket is still issued, the fault is pushed and logged, the next number is right', async () => {
  f = await startPrintingFixture();
  const kiosk = login(f.hall, 'kiosk');
  issue(f.hall, kiosk, 'A');
  await f.printed(1);
  f.printer.setState('paper_out');
  const a2 = issue(f.hall, kiosk, 'A');
  expect(a2.number).toBe('A002');
  const [, failed] = await f.printed(2);
  expect(failed).toEqual({ ticketId: a2.id, number: 'A002', ok: false, printer: 'paper_out', error: 'printer is out of paper', reprint: false });
  await eventually(() => printerStatus(f.events).some((s) => s.printer === 'paper_out'));
  expect(printerStatus(f.events).at(-1)).toMatchObject({ printer: 'paper_out', error: 'printer is out of paper', connected: true });
  expect(f.logs.join('\n')).toMatch(/ok → paper_out/);
  expect(f.logs.join('\n')).toMatch(/ticket A002 not printed/);

  f.printer.setState('ok');
  expect(issue(f.hall, kiosk, 'A').number).toBe('A003');
  const results = await f.printed(3);
  expect(results.map((r) => [r.number, r.ok])).toEqual([
    ['A001', true],
    ['A002', false],
    ['A003', true],
  ]);
  expect(f.printer.tickets.map((t) => t.label)).toEqual(['A001', 'A003']);
  const numbers = f.hall.db.prepare("SELECT number FROM tickets WHERE service_id = 'A' ORDER BY id").all() as { number: string }[];
  expect(numbers.map((n) => n.number)).toEqual(['A001', 'A002', 'A003']);
  expect(f.devices.status().find((d) => d.id === 'printer')!.counters).toMatchObject({ printed: 2, failed: 1 });
});

test('no hall address: the ticket prints no QR code and no line promising one', async () => {
  f = await startPrintingFixture();
  issue(f.hall, login(f.hall, 'kiosk'), 'A');
  await f.printed(1);
  const paper = f.printer.tickets[0]!.ticket;
  expect(paper.blocks.some((b) => b.kind === 'qr')).toBe(false);
  expect(ticketLines(paper).join()).not.toMatch(/扫码|进度/);
});

test('reprint from the console: the same ticket marked 补打 with how many are ahead now, audited; or the last one', async () => {
  f = await startPrintingFixture();
  const kiosk = login(f.hall, 'kiosk');
  const clerk = staff(f.hall, '1001', 1);
  issue(f.hall, kiosk, 'A');
  issue(f.hall, kiosk, 'A');
  const a3 = issue(f.hall, kiosk, 'A');
  f.clock.advance(5 * MINUTE);
  run(f.hall, 'window.callNext', { window: 1 }, clerk); // A001 is called: A003 has one ahead now, not two
  const b1 = issue(f.hall, kiosk, 'B');
  await f.printed(4);
  const before = lastEventId(f.hall);
  expect(run(f.hall, 'tickets.reprint', { ticketId: a3.id }, clerk)).toEqual({ ticketId: a3.id, number: 'A003' });
  expect(run(f.hall, 'tickets.reprint', {}, clerk).number).toBe('B001');
  const results = await f.printed(6);
  expect(results.slice(4).map((r) => [r.number, r.ok, r.reprint])).toEqual([
    ['A003', true, true],
    ['B001', true, true],
  ]);
  const first = ticketLines(f.printer.tickets[2]!.ticket);
  const reprinted = ticketLines(f.printer.tickets[4]!.ticket);
  expect(first).toContain('前面还有 2 人等候');
  // Line for line the first ticket (same number, same issue time), but for the count and the 补打 line.
  expect(reprinted).toEqual([...first.map((l) => (l === '前面还有 2 人等候' ? '前面还有 1 人等候' : l)), '补打 2026-11-23 09:05:00']);
  expect(reprinted).toContain('取号时间 2026-11-23 09:00:00');
  expect(largestText(f.printer.tickets[4]!.ticket)).toBe('A003');
  // Who reprinted which ticket, in the event log.
  expect(eventsAfter(f.hall, before).map((e) => [e.type, e.ticket_id, e.user_id, e.data.number])).toEqual([
    ['ticket.reprinted', a3.id, '1001', 'A003'],
    ['ticket.reprinted', b1.id, '1001', 'B001'],
  ]);
});

test('a reprint of a ticket no longer waiting says nothing about who is ahead', async () => {
  f = await startPrintingFixture();
  const clerk = staff(f.hall, '1001', 1);
  const a1 = issue(f.hall, login(f.hall, 'kiosk'), 'A');
  run(f.hall, 'window.callNext', { window: 1 }, clerk);
  run(f.hall, 'tickets.reprint', { ticketId: a1.id }, clerk);
  await f.printed(2);
  const reprinted = ticketLines(f.printer.tickets[1]!.ticket);
  expect(reprinted.join()).not.toContain('前面');
  expect(reprinted.at(-1)).toBe('补打 2026-11-23 09:00:00');
});

test('the preview: the sample ticket, a given ticket by id or number, decoded from the real bytes', async () => {
  f = await startPrintingFixture({ width: 58, qr: 'https://hall.example.cn/t/{day}/{number}' });
  const kiosk = login(f.hall, 'kiosk');
  const clerk = login(f.hall, '1001');
  const a1: IssuedTicket = issue(f.hall, kiosk, 'A');
  const sample = run(f.hall, 'tickets.printout', {}, clerk);
  expect(sample).toMatchObject({ ticketId: null, number: 'A001', paperWidth: 58 });
  expect(sample.svg).toMatch(/^<svg [^>]*width="464"/);
  expect(sample.svg).toContain('示范街道社区事务受理服务中心');
  const byNumber = run(f.hall, 'tickets.printout', { number: 'A001' }, kiosk);
  expect(byNumber).toMatchObject({ ticketId: a1.id, number: 'A001', qr: 'https://hall.example.cn/t/20261123/A001' });
  expect(byNumber.svg).toContain('data-qr="https://hall.example.cn/t/20261123/A001"');
  expect(run(f.hall, 'tickets.printout', { ticketId: a1.id }, clerk).number).toBe('A001');
  expect(refuse(f.hall, 'tickets.printout', { number: 'A099' }, clerk)).toMatchObject({ code: 'not_found', field: 'number' });
  expect(refuse(f.hall, 'tickets.printout', { number: 'a1' }, clerk)).toMatchObject({ code: 'bad_request', field: 'number' });
  expect(refuse(f.hall, 'tickets.printout', {}, null).code).toBe('unauthenticated');
});

test('a printer that never answers does not hold up issuing; every ticket gets one result, none is lost', async () => {
  f = await startPrintingFixture({ retries: 0, timeoutMs: 100 });
  f.printer.setState('offline');
  const kiosk = login(f.hall, 'kiosk');
  const started = performance.now();
  const issued = Array.from({ length: 20 }, () => issue(f.hall, kiosk, 'C'));
  expect(performance.now() - started).toBeLessThan(500);
  expect(issued.map((t) => t.number)).toEqual(Array.from({ length: 20 }, (_, i) => `C${String(i + 1).padStart(3, '0')}`));
  const results = await f.printed(20);
  expect(results.map((r) => r.number)).toEqual(issued.map((t) => t.number));
  expect(results.every((r) => !r.ok && r.printer === 'offline')).toBe(true);
});

test('an unreachable printer is retried, and the ticket prints once it answers', async () => {
  f = await startPrintingFixture({ retries: 3 });
  // The start-up status reading first (no poller runs here), so the next change can only be the first attempt.
  await eventually(() => f.logs.some((l) => /: ok$/.test(l)), 'the start-up reading');
  f.printer.setState('offline');
  issue(f.hall, login(f.hall, 'kiosk'), 'A');
  // Back on once the first attempt has failed (not after a guessed time): a retry must print it.
  await eventually(() => f.logs.some((l) => /ok → offline/.test(l)), 'the first attempt failed');
  f.printer.setState('ok');
  const [result] = await f.printed(1);
  expect(result).toMatchObject({ number: 'A001', ok: true });
  expect(f.printer.tickets.map((t) => t.label)).toEqual(['A001']);
  expect(f.devices.status()[0]!.counters!.retries).toBeGreaterThanOrEqual(1);
});

test('paper near its end: the idle printer is asked, and the console is told before it runs out', async () => {
  f = await startPrintingFixture({ statusEveryMs: 50 });
  await eventually(() => printerStatus(f.events).some((s) => s.printer === 'ok'));
  f.printer.setState('near_end');
  await eventually(() => printerStatus(f.events).some((s) => s.printer === 'near_end'), 'near_end pushed');
  expect(f.logs.join('\n')).toMatch(/ok → near_end/);
  expect(run(f.hall, 'devices.list', {}, login(f.hall, '1001'))[0]).toMatchObject({
    id: 'printer',
    kind: 'printer',
    printer: 'near_end',
    connected: true,
    error: null,
  });
});
