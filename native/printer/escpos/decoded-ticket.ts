// What a printer made of a byte stream, as data: the printed lines with their style, QR codes,
// feeds and the cut, plus a readable log of every command and warnings for anything a real printer
// would have printed as garbage. The virtual printer, the renderer and the tests read this.

export type Align = 'left' | 'center' | 'right';

export interface DecodedRun {
  text: string;
  bold: boolean;
  underline: boolean;
  invert: boolean;
  /** Character magnification (GS !): 1–8 times wide and high. */
  width: number;
  height: number;
}

export interface DecodedLine {
  kind: 'text';
  align: Align;
  runs: DecodedRun[];
}

export interface DecodedQr {
  kind: 'qr';
  align: Align;
  payload: string;
  /** Dots per module (GS ( k … 43 n). */
  moduleSize: number;
  errorCorrection: 'L' | 'M' | 'Q' | 'H';
}

export interface DecodedFeed {
  kind: 'feed';
  lines: number;
}

export type DecodedBlock = DecodedLine | DecodedQr | DecodedFeed;

export interface DecodedTicket {
  blocks: DecodedBlock[];
  /** How the ticket was cut off; null when the stream ended without a cut. */
  cut: 'full' | 'partial' | null;
  /** Every command in order, in words (e.g. 'FS & Chinese mode on'). */
  commands: string[];
  /** Garbage a real printer would print, unknown commands, bad text bytes. Empty for a good ticket. */
  warnings: string[];
  /** Bytes this ticket took on the wire. */
  bytes: number;
}

/** The printed text, one string per line (runs joined), for reading and for tests. */
export function ticketLines(ticket: DecodedTicket): string[] {
  return ticket.blocks.filter((b): b is DecodedLine => b.kind === 'text').map((l) => l.runs.map((r) => r.text).join(''));
}

/** The text printed at the largest size (the ticket number), or null. */
export function largestText(ticket: DecodedTicket): string | null {
  let best: DecodedRun | null = null;
  for (const block of ticket.blocks) {
    if (block.kind !== 'text') continue;
    for (const run of block.runs) if (run.text.trim() && (!best || run.height * run.width > best.height * best.width)) best = run;
  }
  return best ? best.text.trim() : null;
}
