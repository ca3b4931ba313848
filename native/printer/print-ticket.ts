// One ticket through one link: ask the printer's state, send the ticket only if it can print, ask
// again afterwards (paper can run out or the cover open mid-ticket). Never throws: every failure comes
// back as an outcome, with `written` saying whether any ticket byte left (a retry could then print twice).
import type { PrinterIo, PrinterLink } from './link';
import { canPrint, decodeStatus, STATUS_QUERY, type PrinterState, type StatusReading } from './status';

export interface PrintOutcome {
  ok: boolean;
  state: PrinterState;
  error: string | null;
  /** Some bytes of the ticket were sent before it failed. */
  written: boolean;
  /** The printer answered a status query during this exchange. */
  answered: boolean;
}

const ask = async (io: PrinterIo, timeoutMs: number) => decodeStatus(await io.ask(STATUS_QUERY, 3, timeoutMs));
const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** A device file cannot answer: a successful write is all we know. */
const unknownButWritten: StatusReading = { state: 'ok', error: null, answered: false };

export async function readStatus(link: PrinterLink, timeoutMs: number): Promise<StatusReading> {
  if (!link.canQuery) return unknownButWritten;
  try {
    return await link.exchange((io) => ask(io, timeoutMs));
  } catch (error) {
    return { state: 'offline', error: message(error), answered: false };
  }
}

export async function printTicket(link: PrinterLink, bytes: Buffer, timeoutMs: number): Promise<PrintOutcome> {
  let written = false;
  let answered = false;
  try {
    return await link.exchange(async (io) => {
      if (link.canQuery) {
        const before = await ask(io, timeoutMs);
        answered = before.answered;
        if (!canPrint(before.state)) return { ok: false, state: before.state, error: before.error, written, answered };
      }
      written = true;
      await io.write(bytes);
      if (!link.canQuery) return { ok: true, ...unknownButWritten, written };
      const after = await ask(io, timeoutMs);
      answered ||= after.answered;
      if (!canPrint(after.state)) {
        return { ok: false, state: after.state, error: `${after.error} after the ticket was sent (it may be incomplete)`, written, answered };
      }
      return { ok: true, state: after.state, error: null, written, answered };
    });
  } catch (error) {
    return { ok: false, state: 'offline', error: message(error), written, answered };
  }
}
