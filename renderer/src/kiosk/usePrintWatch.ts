// What the kiosk hears about printing, kept from the moment it opens: the printer's last known state
// (device.status, and each print.result) and the outcome of each recent ticket. Kept here rather than
// on the ticket screen, because a fast printer's print.result can arrive before the answer
// has been drawn.
import { useCallback, useState } from 'react';
import type { PrinterState, PrintResult } from '../../../electron/contract';
import { useHallEvent } from '../shared/useHallEvent';

const KEEP = 20;

export interface PrintWatch {
  /** null until the hall has said anything about a printer. */
  printerState: PrinterState | null;
  result(ticketId: number): PrintResult | undefined;
}

export function usePrintWatch(): PrintWatch {
  const [printerState, setPrinterState] = useState<PrinterState | null>(null);
  const [results, setResults] = useState<PrintResult[]>([]);
  useHallEvent('device.status', (devices) => {
    const printer = devices.find((d) => d.kind === 'printer');
    if (printer) setPrinterState(printer.connected ? (printer.printer ?? 'ok') : 'offline');
  });
  useHallEvent('print.result', (r) => {
    setPrinterState(r.printer);
    if (!r.reprint) setResults((prev) => [...prev.filter((p) => p.ticketId !== r.ticketId), r].slice(-KEEP));
  });
  const result = useCallback((ticketId: number) => results.find((r) => r.ticketId === ticketId), [results]);
  return { printerState, result };
}
