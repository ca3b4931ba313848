// The demo hall's ticket printer: the virtual printer on free loopback ports, its tickets kept as files
// in the data folder, and where to find them written to virtual-printer/endpoint.json (the browser
// tests read it to set the printer's state through the viewer's POST /state).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { servePrinterTcp } from '../../../native/printer/sim/tcp-server';
import { saveTickets } from '../../../native/printer/sim/ticket-files';
import { servePrinterViewer } from '../../../native/printer/sim/viewer';
import { VirtualPrinter } from '../../../native/printer/sim/virtual-printer';
import type { Lang } from '../../contract';
import { translatorFor } from '../../shared/locales';
import { printerConfigSchema, type PrinterConfig } from './config';

/** The demo hall's notice, in each ticket language (locales: ticketPrint.demoNotice). */
export const DEMO_NOTICE = Object.fromEntries(
  (['zh-CN', 'zh-TW', 'en'] as const).map((lang) => {
    const t = translatorFor(lang);
    return [lang, [t('ticketPrint.demoNotice.hours'), t('ticketPrint.demoNotice.missed')]];
  }),
) as Record<Lang, string[]>;

export interface DemoPrinter {
  config: PrinterConfig;
  printer: VirtualPrinter;
  viewerUrl: string;
  ticketsDir: string;
  close(): Promise<void>;
}

export async function startDemoPrinter(dataDir: string, log: (message: string, error?: unknown) => void): Promise<DemoPrinter> {
  const printer = new VirtualPrinter();
  const tcp = await servePrinterTcp(printer);
  const viewer = await servePrinterViewer(printer, 80).catch(async (error: unknown) => {
    await tcp.close();
    throw error;
  });
  const dir = join(dataDir, 'virtual-printer');
  const ticketsDir = join(dir, 'tickets');
  mkdirSync(dir, { recursive: true });
  const stopSaving = saveTickets(printer, ticketsDir, 80, (error) => log('virtual printer: a ticket file could not be written', error));
  writeFileSync(join(dir, 'endpoint.json'), JSON.stringify({ printer: `tcp://${tcp.address}`, viewer: viewer.url, tickets: ticketsDir }, null, 2));
  return {
    config: printerConfigSchema.parse({ interface: 'tcp', address: tcp.address, notice: DEMO_NOTICE, statusEveryMs: 2000 }),
    printer,
    viewerUrl: viewer.url,
    ticketsDir,
    async close() {
      stopSaving();
      await Promise.all([tcp.close(), viewer.close()]);
    },
  };
}
