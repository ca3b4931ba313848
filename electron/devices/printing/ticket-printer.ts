// The hall's ticket printer at work: every issued ticket is queued for printing (never holding up the
// issue), reprints come from the console, the idle printer is asked for its state now and then, and
// each outcome goes to every client as print.result: the kiosk that issued the ticket shows the
// number on screen when it did not print. Faults go to the log and to the console's device row.
import type { IssuedTicket, TicketPrintout, TicketView } from '../../contract';
import type { PrinterLink } from '../../../native/printer/link';
import { printTicket, readStatus, type PrintOutcome } from '../../../native/printer/print-ticket';
import { ticketBytes } from '../../../native/printer/ticket-layout';
import type { DeviceContext } from '../device-module';
import type { PrinterConfig } from './config';
import { PrinterHealth } from './printer-health';
import { PrintQueue, type Finished } from './print-queue';
import { printout, type PrintoutQuery } from './printout';
import { ticketTexts, type TicketToPrint } from './ticket-text';

const RETRY_DELAY_MS = 250;
const MAX_WAITING = 200;

export class TicketPrinter {
  readonly health: PrinterHealth;
  private readonly queue: PrintQueue<TicketToPrint>;
  private readonly texts: ReturnType<typeof ticketTexts>;
  private readonly unsubscribe: () => void;
  private readonly poller: NodeJS.Timeout | null = null;
  private polling = false;

  constructor(
    private readonly ctx: DeviceContext,
    private readonly config: PrinterConfig,
    private readonly link: PrinterLink,
  ) {
    this.health = new PrinterHealth(link.port, (m) => ctx.log(m), ctx.changed);
    this.texts = ticketTexts(ctx.hall, config);
    this.queue = new PrintQueue(
      (job) => this.print(job),
      (f) => this.finished(f),
      {
        retries: config.retries,
        retryDelayMs: RETRY_DELAY_MS,
        maxWaiting: MAX_WAITING,
      },
    );
    this.unsubscribe = ctx.hall.subscribe((event) => {
      if (event.name === 'ticket.issued') this.issued(event.data);
    });
    if (config.statusEveryMs > 0) {
      this.poller = setInterval(() => void this.pollStatus(), config.statusEveryMs);
      this.poller.unref();
    }
    void this.pollStatus();
  }

  private issued(ticket: IssuedTicket): void {
    this.queue.add({ ticket, ahead: ticket.ahead, reprintAt: null });
  }

  reprint(ticket: TicketView): void {
    this.health.count('reprints');
    // The same ticket again, with 补打 and how many are ahead now (it may have moved up since).
    this.queue.add({ ticket, ahead: this.ctx.hall.devices.waitingAhead(ticket.id), reprintAt: new Date(this.ctx.hall.devices.now()) });
  }

  printout(query: PrintoutQuery): TicketPrintout {
    return printout(this.ctx.hall, this.config, this.texts, query);
  }

  private async print(job: TicketToPrint): Promise<PrintOutcome> {
    let bytes: Buffer;
    try {
      bytes = ticketBytes(this.texts(job), { width: this.config.width, cut: this.config.cut, codePage: this.config.codePage });
    } catch (error) {
      return {
        ok: false,
        state: this.health.printerState,
        error: `ticket could not be laid out: ${(error as Error).message}`,
        written: false,
        answered: false,
      };
    }
    const outcome = await printTicket(this.link, bytes, this.config.timeoutMs);
    this.health.update(outcome, new Date());
    return outcome;
  }

  private finished({ job, outcome, attempts }: Finished<TicketToPrint>): void {
    const reprint = job.reprintAt !== null;
    if (attempts > 1) this.health.count('retries', attempts - 1);
    this.health.count(outcome.ok ? 'printed' : 'failed');
    const error = outcome.ok ? null : (outcome.error ?? `printer is ${outcome.state}`);
    if (error) this.ctx.log(`ticket ${job.ticket.number}${reprint ? ' (reprint)' : ''} not printed after ${attempts} attempt(s): ${error}`);
    this.ctx.hall.devices.publish('print.result', {
      ticketId: job.ticket.id,
      number: job.ticket.number,
      ok: outcome.ok,
      printer: outcome.state,
      error,
      reprint,
    });
  }

  /** Asks the idle printer for its state; skipped while tickets print (they ask anyway). */
  private async pollStatus(): Promise<void> {
    if (this.polling || !this.queue.idle) return;
    this.polling = true;
    try {
      this.health.update(await readStatus(this.link, this.config.timeoutMs), new Date());
    } finally {
      this.polling = false;
    }
  }

  stop(): void {
    if (this.poller) clearInterval(this.poller);
    this.unsubscribe();
    this.queue.stop();
  }
}
