// The configured printer interface as a PrinterLink. TCP connects per ticket (print servers often take
// one client at a time); serial goes through the hall bus's SerialTransport (reconnects by itself when
// the USB adapter is pulled and put back); a device file is write-only.
import { fileLink } from '../../../native/printer/link-file';
import { parseTcpAddress, tcpLink } from '../../../native/printer/link-tcp';
import { transportLink } from '../../../native/printer/link-transport';
import type { PrinterLink } from '../../../native/printer/link';
import { SerialTransport } from '../../../native/transport/serial-transport';
import type { PrinterConfig } from './config';

export function openPrinterLink(config: PrinterConfig): PrinterLink {
  switch (config.interface) {
    case 'tcp': {
      const { host, port } = parseTcpAddress(config.address);
      return tcpLink(host, port, config.timeoutMs);
    }
    case 'serial':
      return transportLink(new SerialTransport({ path: config.address, baudRate: config.baudRate }));
    case 'file':
      return fileLink(config.address);
  }
}
