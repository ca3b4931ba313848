// Every device of the hall PC with its live status: fetched on (re)connection, then kept by
// device.status pushes (each carries the whole list). Staff only: devices.list needs a session.
import { useState } from 'react';
import type { DeviceStatus, PrintResult } from '../../../../electron/contract';
import { useHallEvent } from '../../shared/useHallEvent';
import { useLiveQuery } from '../../shared/useLiveQuery';

const takePushedList = { name: 'device.status' as const, apply: (devices: DeviceStatus[]) => devices };

export function useDevices(): DeviceStatus[] | null {
  return useLiveQuery('devices.list', {}, takePushedList).value;
}

export interface LoggedResult {
  result: PrintResult;
  /** When this console heard it (ms), to match a reprint asked for after a given moment. */
  at: number;
}

const KEEP = 30;

/** Tickets whose print failed and that no later reprint has printed, newest first. */
export function unprinted(log: LoggedResult[]): LoggedResult[] {
  return log.filter(
    (l, i) => !l.result.ok && !l.result.reprint && !log.slice(0, i).some((later) => later.result.ok && later.result.ticketId === l.result.ticketId),
  );
}

/** The print outcomes heard since this console opened, newest first. */
export function usePrintLog(): LoggedResult[] {
  const [log, setLog] = useState<LoggedResult[]>([]);
  useHallEvent('print.result', (result) => setLog((prev) => [{ result, at: Date.now() }, ...prev].slice(0, KEEP)));
  return log;
}
