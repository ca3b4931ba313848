// A printer as a device file (/dev/usb/lp0, a parallel port, a spool file): bytes are appended, nothing
// can be read back. The paper state is therefore unknown: a failed write is the only fault it can show.
import { appendFile } from 'node:fs/promises';
import { serializer, type PrinterLink } from './link';

export function fileLink(path: string): PrinterLink {
  const exclusive = serializer();
  return {
    port: `file:${path}`,
    canQuery: false,
    exchange: (work) =>
      exclusive(() =>
        work({
          write: (bytes) => appendFile(path, bytes),
          ask: async () => Buffer.alloc(0),
        }),
      ),
    close: async () => {},
  };
}
