// A file per ticket the virtual printer receives: NNNN-A001.svg (the paper as printed) and NNNN-A001.json
// (the decoded ticket: lines, QR payload, cut, every command, warnings), in one folder.
import { mkdirSync } from 'node:fs';
import { rename, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { renderTicketSvg } from '../escpos/render-svg';
import type { PaperWidth } from '../ticket-layout';
import type { PrintedTicket, VirtualPrinter } from './virtual-printer';

export function ticketFileName(t: PrintedTicket): string {
  const label = t.label.replace(/[^\p{L}\p{N}_-]+/gu, '_').slice(0, 24) || 'ticket';
  return `${String(t.seq).padStart(4, '0')}-${label}`;
}

/**
 * Writes every ticket the printer records from now on; returns a function that stops it. Each file is
 * written in a hidden folder beside it and renamed into place (same file system), so whoever lists the
 * folder (the viewer, a test) only ever sees whole files.
 */
export function saveTickets(printer: VirtualPrinter, dir: string, paper: PaperWidth, onError: (error: unknown) => void): () => void {
  const partial = join(dirname(dir), `.${basename(dir)}.partial`);
  mkdirSync(dir, { recursive: true });
  mkdirSync(partial, { recursive: true });
  const whole = async (name: string, text: string) => {
    await writeFile(join(partial, name), text);
    await rename(join(partial, name), join(dir, name));
  };
  const write = (t: PrintedTicket) => {
    const base = ticketFileName(t);
    const json = JSON.stringify({ seq: t.seq, at: t.at, printed: t.printed, state: t.state, ...t.ticket }, null, 2);
    Promise.all([whole(`${base}.svg`, renderTicketSvg(t.ticket, paper)), whole(`${base}.json`, json)]).catch(onError);
  };
  printer.on('ticket', write);
  return () => printer.off('ticket', write);
}
