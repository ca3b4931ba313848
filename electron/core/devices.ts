// What the hall core needs from its devices, as an interface the device layer (electron/devices)
// implements and attaches: the core never imports drivers, and runs with no devices at all.
import type { DeviceStatus, TicketPrintout, TicketView } from '../contract';

export interface DeviceHub {
  status(): DeviceStatus[];
  /** True when a ticket printer is configured (reprints are possible). */
  hasPrinter(): boolean;
  /** Queue a reprint of the ticket; its outcome arrives later as a print.result event. */
  reprint(ticket: TicketView): void;
  /** The ticket (or a sample) as the printer prints it; throws a HallFault for an unknown ticket. */
  printout?(query: { ticketId?: number; number?: string }): TicketPrintout;
}
