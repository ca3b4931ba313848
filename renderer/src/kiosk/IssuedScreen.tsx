// After a tap: the usual ticket screen while the ticket prints (or printed), or the "remember your
// number" screen when it did not, could not, or the printer said nothing within PRINT_WAIT_MS.
import { useEffect, useState } from 'react';
import type { IssuedTicket, PrinterState, PrintResult, ServiceView } from '../../../electron/contract';
import { RememberNumber } from './RememberNumber';
import { TicketScreen } from './TicketScreen';
import { printFailure } from './print-failure';

/** A ticket comes out within a second; after this long with no word, the resident is told to remember the number. */
const PRINT_WAIT_MS = 4000;

interface Props {
  ticket: IssuedTicket;
  service: ServiceView;
  /** The printer's state as the kiosk knew it before the tap. */
  printerBefore: PrinterState | null;
  result: PrintResult | undefined;
  onDone: () => void;
}

export function IssuedScreen({ ticket, service, printerBefore, result, onDone }: Props) {
  const [waitedTooLong, setWaitedTooLong] = useState(false);
  useEffect(() => {
    const timer = setTimeout(() => setWaitedTooLong(true), PRINT_WAIT_MS);
    return () => clearTimeout(timer);
  }, []);
  const failure = printFailure(printerBefore, result, waitedTooLong);
  if (failure) return <RememberNumber ticket={ticket} service={service} reason={failure} onDone={onDone} />;
  return <TicketScreen ticket={ticket} service={service} onDone={onDone} />;
}
