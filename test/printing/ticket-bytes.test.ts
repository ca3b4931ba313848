// The printed ticket keeps its promises (issue 14), read back from the bytes as a printer reads them:
// ESC @ first; a ticket cut off mid-way leaves nothing in the next one; notices wrap where a reader
// pauses (never between a day and its hours); every character is in the printer's code page.
import iconv from 'iconv-lite';
import { describe, expect, test } from 'vitest';
import { ticketLines, type DecodedLine } from '../../native/printer/escpos/decoded-ticket';
import { printable, REPLACEMENT, wrap, type CodePage } from '../../native/printer/gbk-text';
import { VirtualPrinter } from '../../native/printer/sim/virtual-printer';
import { INITIALIZE, ticketBytes } from '../../native/printer/ticket-layout';
import { decodeAll, sampleText } from './support';

const HALF_TICKET = Buffer.concat([
  Buffer.from([0x1b, 0x40, 0x1c, 0x26, 0x1b, 0x61, 0x01]),
  iconv.encode('示范街道', 'gbk'),
  Buffer.from([0x0a]),
  Buffer.from([0x1b, 0x21, 0x30]), // ESC ! 0x30: double width and height
  iconv.encode('A0', 'gbk'), // half a line: the link dropped here
]);

const textLines = (bytes: Buffer) => decodeAll(bytes).tickets.map((t) => t.blocks.filter((b): b is DecodedLine => b.kind === 'text'));

test('ESC @ is the first command of every ticket, before the character set and Chinese mode', () => {
  for (const width of [58, 80] as const) {
    const bytes = ticketBytes(sampleText(), { width, cut: 'full' });
    expect([...bytes.subarray(0, 2)]).toEqual([...INITIALIZE]);
    expect(decodeAll(bytes).tickets[0]!.commands[0]).toBe('ESC @ initialize');
  }
});

describe('a ticket cut off mid-way, then the next', () => {
  const next = ticketBytes(sampleText(), { width: 80, cut: 'partial' });

  test('in one stream: the next ticket decodes clean, at normal size, with no stray character', () => {
    const [torn, clean] = textLines(Buffer.concat([HALF_TICKET, next]));
    expect(torn!.map((l) => l.runs.map((r) => r.text).join(''))).toEqual(['示范街道']);
    const first = clean![0]!;
    expect(first.runs.map((r) => r.text).join('')).toBe('静安寺街道社区事务受理服务中心');
    expect(first.runs.every((r) => r.width === 1 && r.height === 1)).toBe(true);
    const { tickets } = decodeAll(Buffer.concat([HALF_TICKET, next]));
    expect(tickets[0]!.cut).toBeNull();
    expect(tickets[1]!.commands[0]).toBe('ESC @ initialize (cleared 2 bytes of an unprinted line)');
    expect(tickets[1]!.warnings).toEqual([]);
    expect(ticketLines(tickets[1]!)).toEqual(ticketLines(decodeAll(next).tickets[0]!));
  });

  test('over two connections to one printer: its modes and half line outlive the first, ESC @ clears them', () => {
    const printer = new VirtualPrinter();
    const first = printer.session(() => {});
    first.push(HALF_TICKET);
    first.end();
    const second = printer.session(() => {});
    second.push(next);
    second.end();
    expect(printer.tickets.map((t) => [t.ticket.cut, ticketLines(t.ticket)[0]])).toEqual([
      [null, '示范街道'],
      ['partial', '静安寺街道社区事务受理服务中心'],
    ]);
    const hallName = printer.tickets[1]!.ticket.blocks[0] as DecodedLine;
    expect(hallName.runs).toEqual([expect.objectContaining({ text: '静安寺街道社区事务受理服务中心', width: 1, height: 1 })]);
  });

  test('without ESC @ the same printer would have printed the old half line in double size into the hall name', () => {
    // The bug the ESC @ fixes, shown on the virtual printer: the layout minus its first two bytes.
    const printer = new VirtualPrinter();
    const first = printer.session(() => {});
    first.push(HALF_TICKET);
    first.end();
    const second = printer.session(() => {});
    second.push(next.subarray(INITIALIZE.length));
    second.end();
    const hallName = printer.tickets[1]!.ticket.blocks[0] as DecodedLine;
    expect(hallName.runs.map((r) => r.text).join('')).toBe('A0静安寺街道社区事务受理服务中心');
    expect(hallName.runs[0]).toMatchObject({ width: 2, height: 2 });
  });
});

describe('wrapping', () => {
  const notice = '办公时间：周一至周五 8:30–17:30，周六日 9:00–17:00';

  test.each([
    [48, ['办公时间：周一至周五 8:30-17:30，', '周六日 9:00-17:00']],
    [32, ['办公时间：', '周一至周五 8:30-17:30，', '周六日 9:00-17:00']],
    [24, ['办公时间：', '周一至周五 8:30-17:30，', '周六日 9:00-17:00']],
  ])('at %i columns a day stays with its hours', (cols, lines) => {
    expect(wrap(printable(notice), cols)).toEqual(lines);
  });

  test('on the printed 80 mm and 58 mm tickets', () => {
    for (const width of [80, 58] as const) {
      const lines = ticketLines(decodeAll(ticketBytes(sampleText({ notice: [notice] }), { width, cut: 'partial' })).tickets[0]!);
      expect(lines).toContain('周六日 9:00-17:00');
      expect(lines.some((l) => /[周日五]$/.test(l))).toBe(false);
    }
  });

  test('English pauses after a colon or a comma and a space', () => {
    expect(wrap('Opening hours: Mon-Fri 8:30-17:30, Sat-Sun 9:00-17:00', 48)).toEqual(['Opening hours: Mon-Fri 8:30-17:30,', 'Sat-Sun 9:00-17:00']);
    expect(wrap('Opening hours: Mon-Fri 8:30-17:30, Sat-Sun 9:00-17:00', 32)).toEqual(['Opening hours:', 'Mon-Fri 8:30-17:30,', 'Sat-Sun 9:00-17:00']);
  });

  test('a phrase longer than a line still fills the lines; a wrapped line starts with no space', () => {
    expect(wrap('请携带身份证原件及复印件办理业务，过号请重新取号，谢谢合作', 32)).toEqual(['请携带身份证原件及复印件办理业', '务，过号请重新取号，谢谢合作']);
    expect(wrap('aaaa bbbb, cccc', 10)).toEqual(['aaaa bbbb,', 'cccc']);
  });
});

describe("every character in the printer's code page", () => {
  /** What a strict printer of that code page can print: ASCII, or two bytes of its table. */
  function encodable(text: string, codePage: CodePage): boolean {
    for (const ch of text) {
      if (ch.codePointAt(0)! < 0x80) continue;
      const b = iconv.encode(ch, 'gbk');
      if (b.length !== 2 || b[0]! < 0x81) return false;
      if (codePage === 'gb2312' && !(b[0]! >= 0xa1 && b[0]! <= 0xf7 && b[1]! >= 0xa1)) return false;
    }
    return true;
  }

  test('an en dash (GBK A8 43, not GB2312) prints as "-" on either code page; the rest as is', () => {
    expect(printable('8:30–17:30', 'gbk')).toBe('8:30-17:30');
    expect(printable('8:30–17:30', 'gb2312')).toBe('8:30-17:30');
    expect(printable('人社 · 社保 — “请” …', 'gb2312')).toBe('人社 · 社保 — “请” …');
    expect(printable('a\u00a0b•c', 'gb2312')).toBe('a b·c');
  });

  test('traditional characters print on a GBK printer and become □ on a GB2312 one, never garbage', () => {
    expect(printable('社會保險 號碼', 'gbk')).toBe('社會保險 號碼');
    expect(printable('社會保險', 'gb2312')).toBe(`社${REPLACEMENT}保${REPLACEMENT}`);
  });

  test.each(['gbk', 'gb2312'] as const)('a %s ticket: every printed line is in the code page, no warning', (codePage) => {
    const text = sampleText({
      serviceName: '社會保險 Social insurance',
      notice: ['办公时间：周一至周五 8:30–17:30，周六日 9:00–17:00', '臺灣同胞請到 Z 窗口 😀 €'],
    });
    const [ticket] = decodeAll(ticketBytes(text, { width: 80, cut: 'partial', codePage })).tickets;
    expect(ticket!.warnings).toEqual([]);
    for (const line of ticketLines(ticket!)) expect(encodable(line, codePage), line).toBe(true);
    expect(ticketLines(ticket!).join('\n')).not.toContain('–');
  });
});
