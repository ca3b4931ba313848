// The printing device module: the configured ticket printer, or in the demo hall (no printer
// configured) the virtual printer on a free local port, whose page and files show every ticket.
import type { DeviceModuleStarter } from '../device-module';
import { startDemoPrinter, type DemoPrinter } from './demo-printer';
import { openPrinterLink } from './open-link';
import { TicketPrinter } from './ticket-printer';

export const startPrinting: DeviceModuleStarter = async (ctx) => {
  let demo: DemoPrinter | null = null;
  if (!ctx.config.printer && ctx.demo) demo = await startDemoPrinter(ctx.dataDir, ctx.log);
  const config = ctx.config.printer ?? demo?.config;
  if (!config) return null;
  const link = openPrinterLink(config);
  const printer = new TicketPrinter(ctx, config, link);
  const banner = demo
    ? [`printer  virtual ESC/POS printer on ${link.port} (demo)`, `         printed tickets: ${demo.viewerUrl}   files: ${demo.ticketsDir}`]
    : [`printer  ${link.port}, ${config.width} mm`];
  return {
    status: () => [printer.health.view()],
    reprint: (ticket) => printer.reprint(ticket),
    printout: (query) => printer.printout(query),
    banner,
    async close() {
      printer.stop();
      await link.close();
      await demo?.close();
    },
  };
};
