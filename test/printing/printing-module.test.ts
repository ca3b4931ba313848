// The printing module in a hall: every issued ticket prints with every field; a printer out of paper
// never stops issuing, loses no number and prints none twice; faults reach the console and the log;
// reprints and the preview; a dead printer never holds up the kiosk.
import { afterEach, expect, test } from 'vitest';
import type { DeviceStatus, HallEvent, IssuedTicket } from '../../electron/contract';
import { largestText, ticketLines, type DecodedQr } from '../../native/printer/escpos/decoded-ticket';
import { issue, login, refuse, run } from '../support/hall';
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
  expect(paper!.ticket.blocks.find((b): b is DecodedQr => b.kind === 'qr')!.payload).toBe('TB20261123A003');
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

test('reprint from the console: the given ticket, or the last one, marked as a reprint without the stale count', async () => {
  f = await startPrintingFixture();
  const kiosk = login(f.hall, 'kiosk');
  const clerk = login(f.hall, '1001');
  const a1 = issue(f.hall, kiosk, 'A');
  issue(f.hall, kiosk, 'B');
  await f.printed(2);
  expect(run(f.hall, 'tickets.reprint', { ticketId: a1.id }, clerk)).toEqual({ ticketId: a1.id, number: 'A001' });
  expect(run(f.hall, 'tickets.reprint', {}, clerk).number).toBe('B001');
  const results = await f.printed(4);
  expect(results.slice(2).map((r) => [r.number, r.ok, r.reprint])).toEqual([
    ['A001', true, true],
    ['B001', true, true],
  ]);
  const reprinted = ticketLines(f.printer.tickets[2]!.ticket);
  expect(reprinted.at(-1)).toMatch(/^补打 \d{4}-\d\d-\d\d \d\d:\d\d:\d\d$/);
  expect(reprinted.join()).not.toContain('前面');
  expect(largestText(f.printer.tickets[2]!.ticket)).toBe('A001');
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
