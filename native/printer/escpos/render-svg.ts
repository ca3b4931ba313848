// Draws a decoded ticket as the paper would look: an SVG at one unit per printer dot (203 dpi, 8 dots
// per mm), font A cells of 12×24 dots (Chinese 24×24), magnified as GS ! says, QR codes module by module.
// Chromium renders it (the virtual printer's page, the console preview, the test screenshots).
import QRCode from 'qrcode';
import { columns } from '../gbk-text';
import type { PaperWidth } from '../ticket-layout';
import { ticketLines, type DecodedBlock, type DecodedLine, type DecodedQr, type DecodedTicket } from './decoded-ticket';

const DOTS_PER_MM = 8;
const PRINTABLE: Record<PaperWidth, number> = { 58: 384, 80: 576 };
const CELL_W = 12;
const CELL_H = 24;
const LINE_GAP = 6;
const FONT = `'Noto Sans Mono CJK SC', 'Noto Sans CJK SC', 'WenQuanYi Micro Hei', monospace`;

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

interface Painter {
  out: string[];
  y: number;
  left: number;
  width: number;
}

const xFor = (p: Painter, align: DecodedLine['align'], used: number) =>
  p.left + (align === 'center' ? Math.floor((p.width - used) / 2) : align === 'right' ? p.width - used : 0);

/** One printed line; a line wider than the paper wraps as the printer does. */
function drawLine(p: Painter, line: DecodedLine): void {
  type Glyph = { ch: string; w: number; run: DecodedLine['runs'][number] };
  const rows: Glyph[][] = [[]];
  let used = 0;
  for (const run of line.runs) {
    for (const ch of run.text) {
      const w = columns(ch) * CELL_W * run.width;
      if (used + w > p.width && used > 0) {
        rows.push([]);
        used = 0;
      }
      rows[rows.length - 1]!.push({ ch, w, run });
      used += w;
    }
  }
  for (const row of rows) {
    const height = Math.max(1, ...row.map((g) => g.run.height)) * CELL_H;
    let x = xFor(
      p,
      line.align,
      row.reduce((s, g) => s + g.w, 0),
    );
    const base = p.y + height - 4;
    for (const g of row) {
      const { run } = g;
      if (run.invert) p.out.push(`<rect x="${x}" y="${p.y}" width="${g.w}" height="${height}" fill="#000"/>`);
      if (g.ch !== ' ') {
        const textWidth = columns(g.ch) * CELL_W;
        p.out.push(
          `<text transform="translate(${x} ${base}) scale(${run.width} ${run.height})" font-size="${CELL_H}" textLength="${textWidth}" lengthAdjust="spacingAndGlyphs"` +
            `${run.bold ? ' font-weight="bold"' : ''}${run.invert ? ' fill="#fff"' : ''}>${escape(g.ch)}</text>`,
        );
      }
      if (run.underline) p.out.push(`<rect x="${x}" y="${base + 2}" width="${g.w}" height="2" fill="#000"/>`);
      x += g.w;
    }
    p.y += height + LINE_GAP;
  }
}

function drawQr(p: Painter, qr: DecodedQr): void {
  const symbol = QRCode.create(qr.payload, { errorCorrectionLevel: qr.errorCorrection });
  const n = symbol.modules.size;
  const size = n * qr.moduleSize;
  const x0 = xFor(p, qr.align, size);
  let path = '';
  for (let r = 0; r < n; r++) {
    for (let c = 0; c < n; c++)
      if (symbol.modules.get(r, c)) path += `M${x0 + c * qr.moduleSize} ${p.y + r * qr.moduleSize}h${qr.moduleSize}v${qr.moduleSize}h-${qr.moduleSize}z`;
  }
  p.out.push(`<path d="${path}" fill="#000" data-qr="${escape(qr.payload)}"/>`);
  p.y += size + LINE_GAP;
}

function drawBlock(p: Painter, block: DecodedBlock): void {
  if (block.kind === 'text') drawLine(p, block);
  else if (block.kind === 'qr') drawQr(p, block);
  else p.y += block.lines * (CELL_H + LINE_GAP);
}

export function renderTicketSvg(ticket: DecodedTicket, paper: PaperWidth): string {
  const paperWidth = paper * DOTS_PER_MM;
  const p: Painter = { out: [], y: 24, left: (paperWidth - PRINTABLE[paper]) / 2, width: PRINTABLE[paper] };
  for (const block of ticket.blocks) drawBlock(p, block);
  const height = p.y + 24;
  const edge =
    ticket.cut === null
      ? `<text x="${paperWidth / 2}" y="${height - 4}" font-size="14" text-anchor="middle" fill="#c00">(not cut)</text>`
      : `<line x1="0" y1="${height - 1}" x2="${paperWidth}" y2="${height - 1}" stroke="#888" stroke-width="2"${ticket.cut === 'partial' ? ' stroke-dasharray="8 6"' : ''}/>`;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${paperWidth}" height="${height}" viewBox="0 0 ${paperWidth} ${height}" font-family="${escape(FONT)}">` +
    // The text once more as a description: for screen readers, search, and tests.
    `<desc>${escape(ticketLines(ticket).join('\n'))}</desc>` +
    `<rect width="100%" height="100%" fill="#fffef8"/>${p.out.join('')}${edge}</svg>`
  );
}
