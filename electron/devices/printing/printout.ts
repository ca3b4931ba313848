// A ticket as the printer prints it, for the console's preview and the kiosk's on-screen QR code:
// the exact ESC/POS bytes a print would send, decoded and drawn by the same code as the virtual
// printer, so the preview cannot drift from the paper. Synchronous (a few milliseconds): it answers a command.
import { HallFault, type TicketPrintout, type TicketView } from '../../contract';
import type { Hall } from '../../core/hall';
import type { DecodedTicket } from '../../../native/printer/escpos/decoded-ticket';
import { renderTicketSvg } from '../../../native/printer/escpos/render-svg';
import { TicketDecoder } from '../../../native/printer/escpos/ticket-decoder';
import { ticketBytes, type TicketText } from '../../../native/printer/ticket-layout';
import type { PrinterConfig } from './config';
import type { TicketToPrint } from './ticket-text';

export interface PrintoutQuery {
  ticketId?: number;
  /** A number issued today, e.g. A012 (after a transfer: its latest ticket). */
  number?: string;
}

export function decodeBytes(bytes: Buffer): DecodedTicket {
  let decoded: DecodedTicket | null = null;
  const decoder = new TicketDecoder({ ticket: (t) => (decoded ??= t) });
  decoder.push(bytes);
  decoder.end();
  if (!decoded) throw new Error('the ticket layout printed nothing');
  return decoded;
}

/** A ticket of the first service that looks like a real one, for the preview. */
function sampleTicket(hall: Hall): TicketView {
  const service = hall.devices.enabledServices()[0];
  if (!service) throw new HallFault('not_found', 'the hall has no service to show a sample ticket of');
  const now = new Date().toISOString();
  return {
    id: 1,
    number: `${service.prefix}001`,
    serviceId: service.id,
    priority: 'normal',
    state: 'waiting',
    issuedAt: now,
    calledAt: null,
    windowNo: null,
    recalls: 0,
  };
}

export function printout(hall: Hall, config: PrinterConfig, texts: (t: TicketToPrint) => TicketText, query: PrintoutQuery): TicketPrintout {
  const asked = query.ticketId !== undefined || query.number !== undefined;
  const ticket =
    query.ticketId !== undefined ? hall.devices.findTicket(query.ticketId) : query.number !== undefined ? hall.devices.findTicketByNumber(query.number) : null;
  if (asked && !ticket) {
    const field = query.ticketId !== undefined ? 'ticketId' : 'number';
    throw new HallFault('not_found', `no such ticket: ${query.ticketId ?? query.number}`, field);
  }
  // A given ticket shows as its reprint would print; the sample as a fresh ticket with three ahead.
  const text = ticket
    ? texts({ ticket, ahead: hall.devices.waitingAhead(ticket.id), reprintAt: new Date(hall.devices.now()) })
    : texts({ ticket: sampleTicket(hall), ahead: 3, reprintAt: null });
  const decoded = decodeBytes(ticketBytes(text, { width: config.width, cut: config.cut, codePage: config.codePage }));
  return {
    ticketId: ticket?.id ?? null,
    number: text.number,
    qr: text.qr?.payload ?? null,
    paperWidth: config.width,
    svg: renderTicketSvg(decoded, config.width),
  };
}
