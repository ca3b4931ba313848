// The queue ticket as ESC/POS bytes, laid out with node-thermal-printer: hall name, service, the big
// number, how many are ahead, issue time, QR code, the hall's notices, then a cut. Every text arrives
// already in the ticket's language; this file only decides sizes and places.
//
// ESC @ comes first: a ticket cut off mid-way (the link dropped) leaves the printer in whatever mode it
// had reached (double size, reverse) with half a line in its buffer, which would otherwise come out
// in the next ticket's hall name. ESC @ clears the buffer and every mode.
//
// Chinese: node-thermal-printer's CharacterSet.CHINA sends ESC R 15; we add FS & (Chinese character
// mode), without which a GB18030 printer prints the GBK bytes as code page glyphs. Text is encoded
// here (GBK, two bytes a character, after gbk-text's replacements for the printer's code page) rather than by the library, whose
// older bundled GBK table lacks some characters and then switches code pages mid-line (garbage).
// Sizes use GS ! with equal width and height (the library swaps the two nibbles, so unequal sizes
// would come out transposed). Lines are wrapped here by display columns (Chinese = 2), not by the
// library, which counts JavaScript characters.
import { BreakLine, CharacterSet, PrinterTypes, ThermalPrinter } from 'node-thermal-printer';
import { columns, encodeGbk, printable, wrap, type CodePage } from './gbk-text';

export type PaperWidth = 58 | 80;

/** Font A columns (12 dots each) on the printable width: 576 dots on 80 mm paper, 384 on 58 mm. */
export const paperColumns: Record<PaperWidth, number> = { 58: 32, 80: 48 };

/** ESC @: initialize (clear the print buffer, every mode back to its default). */
export const INITIALIZE = Buffer.from([0x1b, 0x40]);

/** FS &: select Chinese (Kanji) character mode. */
export const CHINESE_MODE_ON = Buffer.from([0x1c, 0x26]);

/** A QR payload must be short printable ASCII: the library writes its length from the JS string. */
export const QR_PAYLOAD = /^[\x20-\x7e]{1,120}$/;

export interface TicketText {
  hallName: string;
  serviceName: string;
  /** The ticket number, e.g. A001: printed at six times the normal size. */
  number: string;
  /** A tag such as 绿色通道 for priority tickets; null for normal ones. */
  tag: string | null;
  /** "3 people ahead"; null when not known (a reprint after a restart). */
  ahead: string | null;
  issuedAt: string;
  /** The code and the line under it (null: none, when nothing true can be said of where it leads). */
  qr: { payload: string; hint: string | null } | null;
  /** The hall's own lines (hours, rules), printed as written. */
  notice: string[];
  /** A line marking a reprint, with its time; null on the first print. */
  reprint: string | null;
}

export interface LayoutOptions {
  width: PaperWidth;
  cut: 'full' | 'partial';
  /** What the printer's font has (gbk-text.ts); GBK when not said. */
  codePage?: CodePage;
}

const NUMBER_SIZE = 6;
const TITLE_SIZE = 2;

/** The largest magnification (1..max) at which the text fits on one line; 1 if it never does. */
function fitSize(text: string, cols: number, max: number): number {
  for (let m = max; m > 1; m--) if (columns(text) * m <= cols) return m;
  return 1;
}

function block(p: ThermalPrinter, text: string, cols: number, maxSize: number, codePage: CodePage): void {
  const safe = printable(text, codePage);
  const size = fitSize(safe, cols, maxSize);
  if (size > 1) p.setTextSize(size - 1, size - 1);
  for (const line of wrap(safe, Math.floor(cols / size))) {
    p.add(encodeGbk(line));
    p.newLine();
  }
  if (size > 1) p.setTextSize(0, 0);
}

export function ticketBytes(ticket: TicketText, options: LayoutOptions): Buffer {
  if (ticket.qr && !QR_PAYLOAD.test(ticket.qr.payload)) {
    throw new Error(`QR payload must be 1–120 printable ASCII characters: ${JSON.stringify(ticket.qr.payload)}`);
  }
  const cols = paperColumns[options.width];
  // No interface (''): only getBuffer() is used; our links send it, with status queries on the same connection.
  const p = new ThermalPrinter({ type: PrinterTypes.EPSON, interface: '', width: cols, characterSet: CharacterSet.CHINA, breakLine: BreakLine.NONE });
  const put = (text: string, maxSize: number) => block(p, text, cols, maxSize, options.codePage ?? 'gbk');
  p.add(CHINESE_MODE_ON);
  p.alignCenter();
  p.bold(true);
  put(ticket.hallName, TITLE_SIZE);
  p.bold(false);
  put(ticket.serviceName, TITLE_SIZE);
  put('-'.repeat(cols), 1);
  if (ticket.tag) {
    p.invert(true);
    put(ticket.tag, 1);
    p.invert(false);
  }
  p.bold(true);
  put(ticket.number, NUMBER_SIZE);
  p.bold(false);
  if (ticket.ahead) put(ticket.ahead, TITLE_SIZE);
  put(ticket.issuedAt, 1);
  if (ticket.qr) {
    p.printQR(ticket.qr.payload, { cellSize: options.width === 80 ? 6 : 5, correction: 'M', model: 2 });
    p.newLine();
    if (ticket.qr.hint) put(ticket.qr.hint, 1);
  }
  if (ticket.notice.length > 0) {
    put('-'.repeat(cols), 1);
    p.alignLeft();
    for (const line of ticket.notice) put(line, 1);
    p.alignCenter();
  }
  if (ticket.reprint) put(ticket.reprint, 1);
  if (options.cut === 'full') p.cut({ verticalTabAmount: 1 });
  else p.partialCut({ verticalTabAmount: 1 });
  return Buffer.concat([INITIALIZE, p.getBuffer()]);
}
