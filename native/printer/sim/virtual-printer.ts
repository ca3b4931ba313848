// The virtual ticket printer: reads ESC/POS bytes from any number of connections (TCP, a PTY),
// answers DLE EOT status queries from a state you set, and keeps every ticket it was sent, decoded.
// In a state that cannot print (paper out, cover open) it answers the queries but prints nothing it is
// sent, and records the ticket as not printed. 'offline' answers nothing at all. Like a real printer it
// is one machine whatever the connection: a ticket cut off mid-way leaves its modes and half a line
// for the next connection (which is why every ticket begins with ESC @).
import { EventEmitter } from 'node:events';
import { largestText, type DecodedTicket } from '../escpos/decoded-ticket';
import { TicketDecoder } from '../escpos/ticket-decoder';
import { canPrint, printerStates, statusAnswer, type PrinterState } from '../status';

export interface PrintedTicket {
  /** 1, 2, 3 … in the order the tickets arrived. */
  seq: number;
  at: string;
  /** The largest text on the ticket (its number), for file names and lists. */
  label: string;
  printed: boolean;
  /** The state the printer was in when the ticket arrived. */
  state: PrinterState;
  ticket: DecodedTicket;
}

export interface PrinterSession {
  push(chunk: Buffer): void;
  end(): void;
}

const KEEP = 500;

export function isPrinterState(value: unknown): value is PrinterState {
  return typeof value === 'string' && (printerStates as readonly string[]).includes(value);
}

export class VirtualPrinter extends EventEmitter<{ ticket: [PrintedTicket]; state: [PrinterState] }> {
  private current: PrinterState = 'ok';
  private seq = 0;
  /** The latest tickets, oldest first (the last KEEP). */
  readonly tickets: PrintedTicket[] = [];
  /** Status queries answered, for tests and the page. */
  queries = 0;
  /** Connections whose byte stream has ended and been read to its last byte (tests wait on it). */
  sessionsEnded = 0;

  get state(): PrinterState {
    return this.current;
  }

  setState(state: PrinterState): void {
    if (!isPrinterState(state)) throw new Error(`not a printer state: ${String(state)}`);
    if (state === this.current) return;
    this.current = state;
    this.emit('state', state);
  }

  /** One printer, whatever the connection: its modes and buffer outlive a connection, as a real one's do. */
  private readonly decoder = new TicketDecoder({
    status: (n) => {
      if (this.current === 'offline') return;
      this.queries++;
      const answer = statusAnswer(this.current);
      this.replyTo?.(Buffer.from([n === 1 ? answer[0]! : n === 2 ? answer[1]! : n === 4 ? answer[2]! : 0x12]));
    },
    ticket: (ticket) => this.record(ticket),
  });
  /** The connection whose bytes are being read (status answers go back on it). */
  private replyTo: ((bytes: Buffer) => void) | null = null;

  /** One connection's byte stream; `reply` sends bytes back on the same connection. */
  session(reply: (bytes: Buffer) => void): PrinterSession {
    return {
      push: (chunk) => {
        this.replyTo = reply;
        try {
          this.decoder.push(chunk);
        } finally {
          this.replyTo = null;
        }
      },
      end: () => {
        this.decoder.disconnected();
        this.sessionsEnded++;
      },
    };
  }

  private record(ticket: DecodedTicket): void {
    const printed: PrintedTicket = {
      seq: ++this.seq,
      at: new Date().toISOString(),
      label: largestText(ticket) ?? 'ticket',
      printed: canPrint(this.current),
      state: this.current,
      ticket,
    };
    this.tickets.push(printed);
    if (this.tickets.length > KEEP) this.tickets.shift();
    this.emit('ticket', printed);
  }
}
