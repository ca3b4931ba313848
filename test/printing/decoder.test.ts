// The virtual printer's decoder: the same tickets however the bytes are split into chunks, status
// queries seen in order, and garbage called out (GBK without Chinese mode, unknown commands).
import fc from 'fast-check';
import iconv from 'iconv-lite';
import { expect, test } from 'vitest';
import { largestText, ticketLines } from '../../native/printer/escpos/decoded-ticket';
import { STATUS_QUERY } from '../../native/printer/status';
import { ticketBytes } from '../../native/printer/ticket-layout';
import { decodeAll, sampleText } from './support';

const two = Buffer.concat([
  STATUS_QUERY,
  ticketBytes(sampleText(), { width: 80, cut: 'partial' }),
  STATUS_QUERY,
  ticketBytes(sampleText({ number: 'B002', serviceName: '民政' }), { width: 58, cut: 'full' }),
]);

test('two tickets and four status queries, in order', () => {
  const { tickets, statusQueries } = decodeAll(two);
  expect(tickets.map(largestText)).toEqual(['A001', 'B002']);
  expect(tickets.map((t) => ticketLines(t)[1])).toEqual(['人社 · 社保', '民政']);
  expect(tickets.map((t) => t.cut)).toEqual(['partial', 'full']);
  expect(statusQueries).toEqual([1, 2, 4, 1, 2, 4]);
});

test('any split into chunks decodes the same', () => {
  const whole = decodeAll(two);
  fc.assert(
    fc.property(fc.array(fc.integer({ min: 1, max: 40 }), { maxLength: 60 }), (chunks) => {
      expect(decodeAll(two, chunks)).toEqual(whole);
    }),
    { numRuns: 300 },
  );
});

test('GBK text without FS & is garbage on a real printer: decoded as code page 437, with a warning', () => {
  const bytes = Buffer.concat([Buffer.from([0x1b, 0x40]), iconv.encode('人社', 'gbk'), Buffer.from([0x0a, 0x1d, 0x56, 0x01])]);
  const [ticket] = decodeAll(bytes).tickets;
  expect(ticketLines(ticket!)[0]).not.toBe('人社');
  expect(ticket!.warnings.join()).toMatch(/outside Chinese mode/);
});

test('invalid GB18030, unknown commands and a stream cut short are warnings, not silence', () => {
  const bytes = Buffer.concat([Buffer.from([0x1c, 0x26, 0x81, 0x20, 0x0a, 0x1b, 0x7e, 0x1d, 0x28, 0x6b, 0x10])]);
  const [ticket] = decodeAll(bytes).tickets;
  expect(ticket!.warnings.join('\n')).toMatch(/invalid GB18030/);
  expect(ticket!.warnings.join('\n')).toMatch(/ESC ~/);
  expect(ticket!.warnings.join('\n')).toMatch(/stream ended inside a command/);
  expect(ticket!.cut).toBeNull();
});

test('the command log reads as ESC/POS', () => {
  const [ticket] = decodeAll(ticketBytes(sampleText(), { width: 80, cut: 'partial' })).tickets;
  expect(ticket!.commands.slice(0, 4)).toEqual([
    'ESC @ initialize',
    'ESC R 15 international character set (China)',
    'FS & Chinese mode on',
    'ESC a 1 align center',
  ]);
  expect(ticket!.commands).toContain('GS ( k QR store "TB20261123A001"');
  expect(ticket!.commands.at(-1)).toBe('GS V 01 cut');
});
