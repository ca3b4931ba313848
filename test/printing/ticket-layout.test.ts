// The ticket's bytes, decoded as a printer reads them: every field in its place and size, Chinese in
// GBK with Chinese mode on (no garbage), the QR payload, the cut; long texts wrap within the paper.
import fc from 'fast-check';
import iconv from 'iconv-lite';
import { describe, expect, test } from 'vitest';
import { ticketLines, type DecodedLine, type DecodedQr } from '../../native/printer/escpos/decoded-ticket';
import { columns, printable, REPLACEMENT, wrap } from '../../native/printer/gbk-text';
import { CHINESE_MODE_ON, INITIALIZE, paperColumns, ticketBytes } from '../../native/printer/ticket-layout';
import { decodeAll, sampleText } from './support';

const decodeOne = (bytes: Buffer) => {
  const { tickets } = decodeAll(bytes);
  expect(tickets).toHaveLength(1);
  return tickets[0]!;
};
const lineWith = (lines: DecodedLine[], text: string) =>
  lines.find((l) =>
    l.runs
      .map((r) => r.text)
      .join('')
      .includes(text),
  );

describe('an 80 mm ticket', () => {
  const bytes = ticketBytes(sampleText({ tag: '绿色通道' }), { width: 80, cut: 'partial' });
  const ticket = decodeOne(bytes);
  const lines = ticket.blocks.filter((b): b is DecodedLine => b.kind === 'text');

  test('starts with ESC @, ESC R 15 and FS &, and the Chinese is GBK', () => {
    expect([...bytes.subarray(0, 7)]).toEqual([...INITIALIZE, 0x1b, 0x52, 0x0f, ...CHINESE_MODE_ON]);
    expect(bytes.includes(iconv.encode('人社 · 社保', 'gbk'))).toBe(true);
    expect(bytes.includes(Buffer.from('人社', 'utf8'))).toBe(false);
    expect(ticket.warnings).toEqual([]);
  });

  test('has every field, in order, at its size', () => {
    expect(ticketLines(ticket)).toEqual([
      '静安寺街道社区事务受理服务中心',
      '人社 · 社保',
      '-'.repeat(48),
      '绿色通道',
      'A001',
      '前面还有 3 人等候',
      '取号时间 2026-11-23 09:00:00',
      '',
      '扫码查看排队进度',
      '-'.repeat(48),
      '办公时间：周一至周五 8:30-17:30，',
      '周六日 9:00-17:00',
    ]);
    const number = lineWith(lines, 'A001')!;
    expect(number.align).toBe('center');
    expect(number.runs[0]).toMatchObject({ width: 6, height: 6, bold: true });
    expect(lineWith(lines, '人社')!.runs[0]).toMatchObject({ width: 2, height: 2 });
    expect(lineWith(lines, '绿色通道')!.runs[0]!.invert).toBe(true);
    expect(lineWith(lines, '办公时间')!.align).toBe('left');
  });

  test('a hall name too long for double size prints at normal size', () => {
    expect(lineWith(lines, '静安寺')!.runs[0]).toMatchObject({ width: 1, height: 1, bold: true });
  });

  test('carries the QR payload and ends with a partial cut', () => {
    const qr = ticket.blocks.find((b): b is DecodedQr => b.kind === 'qr')!;
    expect(qr).toMatchObject({ payload: 'TB20261123A001', moduleSize: 6, errorCorrection: 'M', align: 'center' });
    expect(ticket.cut).toBe('partial');
  });
});

test('58 mm: 32 columns, every line fits, full cut when asked', () => {
  const ticket = decodeOne(ticketBytes(sampleText({ notice: ['请携带身份证原件及复印件办理业务，过号请重新取号，谢谢合作'] }), { width: 58, cut: 'full' }));
  for (const block of ticket.blocks) {
    if (block.kind !== 'text') continue;
    const used = block.runs.reduce((n, r) => n + columns(r.text) * r.width, 0);
    expect(used).toBeLessThanOrEqual(paperColumns[58]);
  }
  expect(ticketLines(ticket)).toContain('-'.repeat(32));
  expect(ticketLines(ticket).filter((l) => l.startsWith('请携带') || l.startsWith('，')).length).toBe(1);
  expect(ticket.cut).toBe('full');
});

test('no ahead line, no QR, a reprint line', () => {
  const ticket = decodeOne(ticketBytes(sampleText({ ahead: null, qr: null, reprint: '补打 2026-11-23 10:00:00' }), { width: 80, cut: 'partial' }));
  expect(ticketLines(ticket).join('\n')).not.toContain('前面');
  expect(ticket.blocks.some((b) => b.kind === 'qr')).toBe(false);
  expect(ticketLines(ticket).at(-1)).toBe('补打 2026-11-23 10:00:00');
});

test('characters a GBK printer cannot print become □; control characters cannot inject commands', () => {
  const ticket = decodeOne(ticketBytes(sampleText({ serviceName: '社保😀𠀀', notice: ['a\x1bVb€'] }), { width: 80, cut: 'partial' }));
  expect(ticketLines(ticket)).toContain(`社保${REPLACEMENT}${REPLACEMENT}`);
  expect(ticketLines(ticket)).toContain('a Vb□');
  expect(ticket.warnings).toEqual([]);
});

test('a QR payload that is not short ASCII is refused with the reason', () => {
  expect(() => ticketBytes(sampleText({ qr: { payload: '号码A001', hint: '' } }), { width: 80, cut: 'partial' })).toThrow(/ASCII/);
});

test('any text prints as itself (after replacement), within the paper width', () => {
  const char = fc.oneof(
    fc.constantFrom(...'人社民政老龄残联计生城建咨询办理时间，。：（）·–— '),
    fc.integer({ min: 0x20, max: 0x7e }).map((c) => String.fromCharCode(c)),
    fc.integer({ min: 0x80, max: 0x2ffff }).map((c) => String.fromCodePoint(c)),
  );
  fc.assert(
    fc.property(
      fc.array(char, { minLength: 1, maxLength: 80 }).map((a) => a.join('')),
      fc.constantFrom(58, 80) as fc.Arbitrary<58 | 80>,
      (notice, width) => {
        const ticket = decodeOne(ticketBytes(sampleText({ notice: [notice] }), { width, cut: 'partial' }));
        expect(ticket.warnings).toEqual([]);
        const rule = ticketLines(ticket).lastIndexOf('-'.repeat(paperColumns[width]));
        const printed = ticketLines(ticket).slice(rule + 1);
        expect(printed).toEqual(wrap(printable(notice), paperColumns[width]));
        expect(printed.join('').replace(/\s/g, '')).toBe(printable(notice).replace(/\s/g, ''));
        for (const line of printed) expect(columns(line)).toBeLessThanOrEqual(paperColumns[width]);
      },
    ),
    { numRuns: 200 },
  );
});
