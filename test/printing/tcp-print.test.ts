// One ticket over a real TCP port: exactly the status query, the ticket and the query again reach
// the port; the printer's state decides whether the ticket is sent; a dead or silent printer is offline.
import { createServer } from 'node:net';
import { afterEach, expect, test } from 'vitest';
import { largestText } from '../../native/printer/escpos/decoded-ticket';
import { tcpLink } from '../../native/printer/link-tcp';
import { printTicket, readStatus } from '../../native/printer/print-ticket';
import { servePrinterTcp } from '../../native/printer/sim/tcp-server';
import { VirtualPrinter } from '../../native/printer/sim/virtual-printer';
import { STATUS_QUERY } from '../../native/printer/status';
import { ticketBytes } from '../../native/printer/ticket-layout';
import { captureServer, decodeAll, sampleText, eventually } from './support';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  await Promise.all(cleanups.splice(0).map((c) => c()));
});

const bytes = ticketBytes(sampleText(), { width: 80, cut: 'partial' });

async function virtualPrinter() {
  const printer = new VirtualPrinter();
  const server = await servePrinterTcp(printer);
  cleanups.push(server.close);
  return { printer, link: tcpLink('127.0.0.1', server.port, 500) };
}

test('the port receives the status query, the exact ticket bytes, the query again, and nothing else', async () => {
  const capture = await captureServer();
  cleanups.push(capture.close);
  const outcome = await printTicket(tcpLink('127.0.0.1', capture.port, 500), bytes, 500);
  expect(outcome).toEqual({ ok: true, state: 'ok', error: null, written: true, answered: true });
  await eventually(() => capture.connections[0]?.length === bytes.length + 2 * STATUS_QUERY.length, 'all bytes');
  expect(capture.connections).toHaveLength(1);
  expect(capture.connections[0]).toEqual(Buffer.concat([STATUS_QUERY, bytes, STATUS_QUERY]));
  expect(largestText(decodeAll(capture.connections[0]!).tickets[0]!)).toBe('A001');
});

test('printed by the virtual printer while ok; near end still prints and says so', async () => {
  const { printer, link } = await virtualPrinter();
  expect(await printTicket(link, bytes, 500)).toMatchObject({ ok: true, state: 'ok' });
  printer.setState('near_end');
  expect(await printTicket(link, bytes, 500)).toMatchObject({ ok: true, state: 'near_end', error: null });
  await eventually(() => printer.tickets.length === 2);
  expect(printer.tickets.map((t) => [t.label, t.printed])).toEqual([
    ['A001', true],
    ['A001', true],
  ]);
});

test.each(['paper_out', 'cover_open'] as const)('%s: nothing of the ticket is sent', async (state) => {
  const { printer, link } = await virtualPrinter();
  printer.setState(state);
  const outcome = await printTicket(link, bytes, 500);
  expect(outcome).toMatchObject({ ok: false, state, written: false, answered: true });
  expect(outcome.error).toBeTruthy();
  await eventually(() => printer.sessionsEnded === 1, 'the connection read to its end');
  expect(printer.tickets).toEqual([]);
  expect(await readStatus(link, 500)).toMatchObject({ state, answered: true });
});

test('a printer that is switched off (connection dropped, or nothing listening) is offline', async () => {
  const { printer, link } = await virtualPrinter();
  printer.setState('offline');
  expect(await printTicket(link, bytes, 500)).toMatchObject({ ok: false, state: 'offline', answered: false });
  const nobody = createServer();
  await new Promise<void>((r) => nobody.listen(0, '127.0.0.1', r));
  const port = (nobody.address() as { port: number }).port;
  await new Promise((r) => nobody.close(r));
  const refused = await printTicket(tcpLink('127.0.0.1', port, 500), bytes, 500);
  expect(refused).toMatchObject({ ok: false, state: 'offline', written: false });
  expect(refused.error).toMatch(/ECONNREFUSED/);
});

test('a printer that accepts but never answers is offline after the timeout, with no ticket sent', async () => {
  const capture = await captureServer(() => null);
  cleanups.push(capture.close);
  const started = Date.now();
  const outcome = await printTicket(tcpLink('127.0.0.1', capture.port, 300), bytes, 300);
  expect(outcome).toMatchObject({ ok: false, state: 'offline', written: false, answered: false, error: 'printer did not answer the status query' });
  expect(Date.now() - started).toBeLessThan(1500);
  await eventually(() => capture.ended.count === 1, 'the connection read to its end');
  expect(capture.connections[0]).toEqual(STATUS_QUERY);
});

test('paper running out during the ticket: sent, but reported as not printed', async () => {
  let asked = 0;
  const capture = await captureServer((n) => (asked++ < 3 ? 0x12 : n === 4 ? 0x72 : n === 1 ? 0x1a : 0x32));
  cleanups.push(capture.close);
  const outcome = await printTicket(tcpLink('127.0.0.1', capture.port, 500), bytes, 500);
  expect(outcome).toMatchObject({ ok: false, state: 'paper_out', written: true, answered: true });
  expect(outcome.error).toMatch(/may be incomplete/);
});
