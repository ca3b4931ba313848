// The virtual printer on its own, for a hall started with a real devices config:
//   node --import tsx native/printer/sim/cli.ts [--port 9100] [--viewer 9180] [--paper 80|58] [--pty] [--tickets DIR]
// --pty also serves it on a socat PTY pair and prints the path to give the hall as a serial printer.
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { PaperWidth } from '../ticket-layout';
import { makePtyPair, servePrinterSerial } from './serial';
import { servePrinterTcp } from './tcp-server';
import { saveTickets } from './ticket-files';
import { servePrinterViewer } from './viewer';
import { VirtualPrinter } from './virtual-printer';

async function main() {
  const { values } = parseArgs({
    options: {
      port: { type: 'string', default: '9100' },
      viewer: { type: 'string', default: '0' },
      paper: { type: 'string', default: '80' },
      pty: { type: 'boolean', default: false },
      tickets: { type: 'string', default: join(process.cwd(), 'virtual-printer-tickets') },
    },
  });
  const paper = Number(values.paper);
  if (paper !== 58 && paper !== 80) throw new Error('--paper must be 58 or 80');
  const printer = new VirtualPrinter();
  const tcp = await servePrinterTcp(printer, Number(values.port));
  const viewer = await servePrinterViewer(printer, paper as PaperWidth, Number(values.viewer));
  saveTickets(printer, values.tickets, paper as PaperWidth, (error) => console.error('could not save a ticket:', error));
  console.log(`virtual printer: tcp://${tcp.address}   page: ${viewer.url}   files: ${values.tickets}`);
  if (values.pty) {
    const pty = await makePtyPair();
    await servePrinterSerial(printer, pty.printerPath);
    console.log(`serial (PTY): give the hall "interface": "serial", "address": "${pty.hostPath}"`);
  }
  printer.on('ticket', (t) =>
    console.log(
      `#${t.seq} ${t.label} ${t.printed ? 'printed' : `NOT printed (${t.state})`}${t.ticket.warnings.length ? ` warnings: ${t.ticket.warnings.join('; ')}` : ''}`,
    ),
  );
  printer.on('state', (s) => console.log(`state: ${s}`));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
