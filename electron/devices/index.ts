// The device layer: starts the configured device modules (ticket printer, RS-485 hall bus) beside a
// hall, attaches them to the core as one DeviceHub, and pushes device.status whenever one changes.
// Plain Node, never electron. In demo mode each module runs on its simulators.
import type { DeviceStatus, TicketPrintout, TicketView } from '../contract';
import type { Hall } from '../core/hall';
import { deviceStatusLog } from '../log/device-log';
import type { DevicesConfig } from './config';
import { startHallBus } from './hall-bus';
import { startPrinting } from './printing';

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

/** Every device module of the app, in start order. */
const starters: DeviceModuleStarter[] = [startHallBus, startPrinting];

export interface RunningDevices {
  modules: DeviceModule[];
  status(): DeviceStatus[];
  banner: string[];
  close(): Promise<void>;
}

export async function startDevices(
  // Without its own log the layer logs into the hall's (source devices).
  options: Omit<DeviceContext, 'changed' | 'log'> & { log?: DeviceContext['log'] },
  moduleStarters: DeviceModuleStarter[] = starters,
): Promise<RunningDevices> {
  const modules: DeviceModule[] = [];
  const status = () => modules.flatMap((m) => m.status());
  // Faults and recoveries of every device go to the hall log as they are pushed.
  const logStatus = deviceStatusLog(options.hall.log.child('devices'));
  let pending = false;
  let closing = false;
  const changed = () => {
    // Many changes in one tick (a bus reconnecting all its screens) become one push.
    if (pending) return;
    pending = true;
    setImmediate(() => {
      pending = false;
      const now = status();
      if (!closing) logStatus(now); // devices going down with the hall are no faults
      options.hall.publish({ name: 'device.status', data: now });
    });
  };
  const ctx: DeviceContext = { ...options, log: options.log ?? options.hall.log.child('devices'), changed };
  try {
    for (const start of moduleStarters) {
      const module = await start(ctx);
      if (module) modules.push(module);
    }
  } catch (error) {
    await Promise.allSettled(modules.map((m) => m.close()));
    throw error;
  }
  const printer = modules.find((m) => m.reprint);
  options.hall.attachDevices({
    status,
    hasPrinter: () => printer !== undefined,
    reprint: (ticket) => printer?.reprint?.(ticket),
    printout: printer?.printout ? (query) => printer.printout!(query) : undefined,
  });
  return {
    modules,
    status,
    banner: modules.flatMap((m) => m.banner ?? []),
    async close() {
      closing = true;
      options.hall.attachDevices(null);
      await Promise.allSettled(modules.map((m) => m.close()));
    },
  };
}
