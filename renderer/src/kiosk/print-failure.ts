// When the kiosk must show the resident their number instead of trusting the paper. Pure, so it is
// tested on its own (test/renderer/print-fallback.test.ts).
import type { PrinterState, PrintResult } from '../../../electron/contract';

export type PrintFailure = PrinterState | 'unknown';

/**
 * Why the resident must be shown their number (null: the ticket printed, or is still printing).
 * The outcome decides when there is one; before it, a printer already known to be out of paper,
 * open or offline does; and with no word at all after the wait, we cannot say it printed.
 */
export function printFailure(before: PrinterState | null, result: PrintResult | undefined, waitedTooLong: boolean): PrintFailure | null {
  if (result) return result.ok ? null : result.printer;
  if (before === 'paper_out' || before === 'cover_open' || before === 'offline') return before;
  return waitedTooLong ? 'unknown' : null;
}
