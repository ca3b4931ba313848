// What a device module is and what it is given: the modules (hall-bus/, printing/) import these
// types from here, and index.ts (which starts them) re-exports them, so neither imports the other.
import type { DeviceStatus, TicketPrintout, TicketView } from '../contract';
import type { Hall } from '../core/hall';
import type { DevicesConfig } from './config';

export interface DeviceContext {
  hall: Hall;
  config: DevicesConfig;
  demo: boolean;
  /** The hall's data folder: modules may keep files there (e.g. the virtual printer's tickets). */
  dataDir: string;
  log: (message: string, error?: unknown) => void;
  /** A module calls this when any of its devices changes; the layer pushes device.status. */
  changed: () => void;
}

export interface DeviceModule {
  status(): DeviceStatus[];
  /** Only the printing module implements these. */
  reprint?(ticket: TicketView): void;
  printout?(query: { ticketId?: number; number?: string }): TicketPrintout;
  close(): Promise<void>;
  /** Lines to print at start (e.g. where to watch the simulators). */
  banner?: string[];
}

/** A module starter returns null when its section is not configured (and not in demo mode). */
export type DeviceModuleStarter = (ctx: DeviceContext) => Promise<DeviceModule | null>;
