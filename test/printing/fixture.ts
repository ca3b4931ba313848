// A seeded hall with only the printing module started, its printer being the virtual printer on a
// real TCP port; every event and log line recorded.
import type { HallEvent, PrintResult } from '../../electron/contract';
import { startDevices, type RunningDevices } from '../../electron/devices';
import { parseDevicesConfig } from '../../electron/devices/config';
import { startPrinting } from '../../electron/devices/printing';
import { servePrinterTcp, type PrinterServer } from '../../native/printer/sim/tcp-server';
import { VirtualPrinter } from '../../native/printer/sim/virtual-printer';
import { openSeededHall, type TestHall } from '../support/hall';
import { eventually } from './support';

export interface PrintingFixture extends TestHall {
  printer: VirtualPrinter;
  server: PrinterServer;
  devices: RunningDevices;
  events: HallEvent[];
  logs: string[];
  results(): PrintResult[];
  /** Waits until `count` print.result events have arrived. */
  printed(count: number): Promise<PrintResult[]>;
  close(): Promise<void>;
}

export async function startPrintingFixture(printerConfig: Record<string, unknown> = {}): Promise<PrintingFixture> {
  const t = openSeededHall();
  const printer = new VirtualPrinter();
  const server = await servePrinterTcp(printer);
  const config = parseDevicesConfig({ printer: { interface: 'tcp', address: server.address, statusEveryMs: 0, timeoutMs: 500, ...printerConfig } });
  const events: HallEvent[] = [];
  const logs: string[] = [];
  t.hall.subscribe((e) => events.push(e));
  const devices = await startDevices({ hall: t.hall, config, demo: false, dataDir: t.dataDir, log: (m) => logs.push(m) }, [startPrinting]);
  const results = () => events.flatMap((e) => (e.name === 'print.result' ? [e.data] : []));
  return {
    ...t,
    printer,
    server,
    devices,
    events,
    logs,
    results,
    async printed(count) {
      await eventually(() => results().length >= count, `${count} print results`);
      return results();
    },
    async close() {
      await devices.close();
      await server.close();
      t.cleanup();
    },
  };
}
