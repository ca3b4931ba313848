// The device layer: starts the configured device modules (ticket printer, RS-485 hall bus) beside a
// hall, attaches them to the core as one DeviceHub, and pushes device.status whenever one changes.
// Plain Node, never electron. In demo mode each module runs on its simulators.
import type { DeviceStatus } from '../contract';
import { deviceStatusLog } from '../log/device-log';
import type { DeviceContext, DeviceModule, DeviceModuleStarter } from './device-module';
import { withFault } from './device-fault';
import { startHallBus } from './hall-bus';
import { startPrinting } from './printing';

export type { DeviceContext, DeviceModule, DeviceModuleStarter } from './device-module';

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
  // Each fault also as a code, which the screens translate (the error itself is English, for the log).
  const status = () => modules.flatMap((m) => m.status()).map(withFault);
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
      options.hall.devices.publish('device.status', now);
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
  options.hall.devices.attach({
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
      options.hall.devices.attach(null);
      await Promise.allSettled(modules.map((m) => m.close()));
    },
  };
}
