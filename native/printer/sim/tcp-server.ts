// The virtual printer on a real TCP port, as a network printer's raw port 9100. Offline, it drops every
// connection at once (a printer that is switched off or unplugged from the network).
import { createServer, type Server, type Socket } from 'node:net';
import type { VirtualPrinter } from './virtual-printer';

export interface PrinterServer {
  port: number;
  address: string;
  close(): Promise<void>;
}

export async function servePrinterTcp(printer: VirtualPrinter, port = 0, host = '127.0.0.1'): Promise<PrinterServer> {
  const sockets = new Set<Socket>();
  const server: Server = createServer((socket) => {
    if (printer.state === 'offline') {
      socket.destroy();
      return;
    }
    sockets.add(socket);
    socket.setNoDelay(true);
    const session = printer.session((bytes) => {
      if (!socket.destroyed) socket.write(bytes);
    });
    socket.on('data', (chunk) => session.push(chunk));
    socket.on('end', () => {
      session.end();
      socket.end();
    });
    socket.on('error', () => socket.destroy());
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve());
  });
  const bound = server.address();
  const actual = typeof bound === 'object' && bound ? bound.port : port;
  return {
    port: actual,
    address: `${host}:${actual}`,
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}
