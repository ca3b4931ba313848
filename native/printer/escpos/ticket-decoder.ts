// Reads an ESC/POS byte stream as a printer would: keeps the print modes (alignment, bold, size,
// Chinese mode …), turns text into characters, and hands over one DecodedTicket at each cut.
// Text decodes as GB18030 in Chinese mode (FS &) and as code page 437 otherwise, which is what a
// printer without Chinese mode prints for GBK bytes: garbage, and a warning says so.
import iconv from 'iconv-lite';
import { EscPosSplitter, type EscPosItem } from './commands';
import type { Align, DecodedBlock, DecodedRun, DecodedTicket } from './decoded-ticket';

export interface DecoderEvents {
  /** DLE EOT n arrived: a real printer answers at once, between whatever else it is doing. */
  status?(n: number): void;
  /** A ticket was cut off (or the stream ended with printed content). */
  ticket?(ticket: DecodedTicket): void;
}

interface Modes {
  align: Align;
  bold: boolean;
  underline: boolean;
  invert: boolean;
  width: number;
  height: number;
  chinese: boolean;
}

const initialModes = (): Modes => ({ align: 'left', bold: false, underline: false, invert: false, width: 1, height: 1, chinese: false });
const sameModes = (a: Modes, b: Modes) => (Object.keys(a) as (keyof Modes)[]).every((k) => a[k] === b[k]);
const alignOf = (n: number): Align => (n % 48 === 1 ? 'center' : n % 48 === 2 ? 'right' : 'left');
const hex = (b: Buffer) => [...b].map((x) => x.toString(16).padStart(2, '0')).join(' ');

export class TicketDecoder {
  private readonly splitter = new EscPosSplitter();
  private modes = initialModes();
  private qr = { moduleSize: 3, errorCorrection: 'L' as 'L' | 'M' | 'Q' | 'H', data: null as Buffer | null };
  private blocks: DecodedBlock[] = [];
  private line: { bytes: Buffer; modes: Modes }[] = [];
  private commands: string[] = [];
  private warnings: string[] = [];
  private bytes = 0;

  constructor(private readonly events: DecoderEvents = {}) {}

  push(chunk: Buffer): void {
    this.bytes += chunk.length;
    for (const item of this.splitter.push(chunk)) this.take(item);
  }

  /** The stream ended: whatever was printed since the last cut is a ticket without a cut. */
  end(): void {
    if (this.splitter.incomplete > 0) this.warnings.push(`stream ended inside a command (${this.splitter.incomplete} bytes)`);
    this.flushLine(false);
    if (this.blocks.length > 0) this.finish(null);
  }

  private take(item: EscPosItem): void {
    if (item.kind === 'text') {
      // Text split across chunks (even inside a two-byte character) joins its run again.
      const last = this.line.at(-1);
      if (last && sameModes(last.modes, this.modes)) last.bytes = Buffer.concat([last.bytes, item.bytes]);
      else this.line.push({ bytes: item.bytes, modes: { ...this.modes } });
      return;
    }
    if (item.kind === 'control') {
      if (item.byte === 0x0a) this.flushLine(true);
      else if (item.byte !== 0x0d) this.unknown(`control byte 0x${item.byte.toString(16).padStart(2, '0')}`);
      return;
    }
    this.command(item.name, item.args);
  }

  private note(text: string): void {
    this.commands.push(text);
  }

  private unknown(what: string): void {
    this.commands.push(`${what} (not understood)`);
    this.warnings.push(`not understood: ${what}`);
  }

  private command(name: string, args: Buffer): void {
    const n = args[0] ?? 0;
    const m = this.modes;
    switch (name) {
      case 'ESC @':
        return this.initialize();
      case 'ESC R':
        return this.note(`ESC R ${n} international character set${n === 15 ? ' (China)' : ''}`);
      case 'ESC t':
        return this.note(`ESC t ${n} code page`);
      case 'ESC a':
        m.align = alignOf(n);
        return this.note(`ESC a ${n} align ${m.align}`);
      case 'ESC E':
        m.bold = (n & 1) === 1;
        return this.note(`ESC E ${n} bold ${m.bold ? 'on' : 'off'}`);
      case 'ESC -':
        m.underline = n % 48 > 0;
        return this.note(`ESC - ${n} underline`);
      case 'ESC !':
        m.bold = (n & 0x08) > 0;
        m.height = n & 0x10 ? 2 : 1;
        m.width = n & 0x20 ? 2 : 1;
        m.underline = (n & 0x80) > 0;
        return this.note(`ESC ! 0x${n.toString(16)} print mode`);
      case 'GS !':
        m.width = (n >> 4) + 1;
        m.height = (n & 0x0f) + 1;
        return this.note(`GS ! 0x${n.toString(16).padStart(2, '0')} size ${m.width}×${m.height}`);
      case 'GS B':
        m.invert = (n & 1) === 1;
        return this.note(`GS B ${n} reverse ${m.invert ? 'on' : 'off'}`);
      case 'FS &':
        m.chinese = true;
        return this.note('FS & Chinese mode on');
      case 'FS .':
        m.chinese = false;
        return this.note('FS . Chinese mode off');
      case 'ESC d':
        this.flushLine(false);
        this.blocks.push({ kind: 'feed', lines: n });
        return this.note(`ESC d ${n} feed lines`);
      case 'ESC J':
        return this.note(`ESC J ${n} feed dots`);
      case 'ESC 2':
      case 'ESC 3':
      case 'ESC M':
      case 'FS !':
      case 'FS C':
      case 'GS L':
      case 'GS W':
        return this.note(`${name} ${hex(args)}`);
      case 'DLE EOT':
        this.note(`DLE EOT ${n} status query`);
        this.events.status?.(n);
        return;
      case 'GS V':
        this.flushLine(false);
        this.note(`GS V ${hex(args)} cut`);
        return this.finish(n === 1 || n === 49 || n === 66 ? 'partial' : 'full');
      case 'GS (':
        return this.twoDimensional(args);
      default:
        return this.unknown(`${name} ${hex(args)}`.trim());
    }
  }

  /**
   * ESC @ clears the print buffer (an unfinished line is never printed) and every mode. What was
   * printed since the last cut is a ticket of its own, cut off (cut null): the next starts clean here.
   */
  private initialize(): void {
    const dropped = this.line.reduce((n, run) => n + run.bytes.length, 0);
    this.line = [];
    if (this.blocks.length > 0) this.finish(null);
    this.modes = initialModes();
    this.note(dropped > 0 ? `ESC @ initialize (cleared ${dropped} bytes of an unprinted line)` : 'ESC @ initialize');
  }

  /**
   * The connection ended but the printer stays on (the next ticket may come on another): what was
   * printed since the last cut is a ticket, cut off; the modes, an unfinished line and half a command
   * stay in the printer, as in a real one, until the next bytes or an ESC @.
   */
  disconnected(): void {
    if (this.blocks.length > 0) this.finish(null);
  }

  /** GS ( k: QR code settings, data and print (function codes 0x41 … 0x51 with cn = 0x31). */
  private twoDimensional(args: Buffer): void {
    const [k, , , cn, fn] = args;
    const body = args.subarray(5);
    if (k !== 0x6b || cn !== 0x31) return this.unknown(`GS ( ${hex(args.subarray(0, 6))} (2D code other than QR)`);
    if (fn === 0x41) return this.note(`GS ( k QR model ${body[0]! - 0x30}`);
    if (fn === 0x43) {
      this.qr.moduleSize = body[0]!;
      return this.note(`GS ( k QR module ${body[0]} dots`);
    }
    if (fn === 0x45) {
      this.qr.errorCorrection = (['L', 'M', 'Q', 'H'] as const)[body[0]! - 0x30] ?? 'L';
      return this.note(`GS ( k QR error correction ${this.qr.errorCorrection}`);
    }
    if (fn === 0x50) {
      this.qr.data = Buffer.from(body.subarray(1));
      if (this.qr.data.some((b) => b < 0x20 || b > 0x7e)) this.warnings.push('QR data is not printable ASCII');
      return this.note(`GS ( k QR store ${JSON.stringify(this.qr.data.toString('latin1'))}`);
    }
    if (fn === 0x51) {
      this.flushLine(false);
      if (!this.qr.data) return this.unknown('GS ( k QR print with no data stored');
      this.blocks.push({
        kind: 'qr',
        align: this.modes.align,
        payload: this.qr.data.toString('latin1'),
        moduleSize: this.qr.moduleSize,
        errorCorrection: this.qr.errorCorrection,
      });
      return this.note('GS ( k QR print');
    }
    this.unknown(`GS ( k QR function 0x${fn?.toString(16)}`);
  }

  private decodeText(bytes: Buffer, chinese: boolean): string {
    if (!chinese) {
      if (bytes.some((b) => b >= 0x80)) this.warnings.push(`bytes ≥ 0x80 outside Chinese mode print as code page 437: ${hex(bytes.subarray(0, 12))}`);
      return iconv.decode(bytes, 'cp437');
    }
    const text = iconv.decode(bytes, 'gb18030');
    if (text.includes('\ufffd')) this.warnings.push(`invalid GB18030 text: ${hex(bytes.subarray(0, 12))}`);
    return text;
  }

  /** Ends the current line; `feed` is an LF (an empty line still takes its height). */
  private flushLine(feed: boolean): void {
    if (this.line.length === 0 && !feed) return;
    const runs: DecodedRun[] = this.line.map(({ bytes, modes }) => ({
      text: this.decodeText(bytes, modes.chinese),
      bold: modes.bold,
      underline: modes.underline,
      invert: modes.invert,
      width: modes.width,
      height: modes.height,
    }));
    const align = this.line[0]?.modes.align ?? this.modes.align;
    this.line = [];
    this.blocks.push({ kind: 'text', align, runs });
  }

  private finish(cut: DecodedTicket['cut']): void {
    const ticket: DecodedTicket = { blocks: this.blocks, cut, commands: this.commands, warnings: this.warnings, bytes: this.bytes };
    this.blocks = [];
    this.commands = [];
    this.warnings = [];
    this.bytes = 0;
    this.events.ticket?.(ticket);
  }
}
