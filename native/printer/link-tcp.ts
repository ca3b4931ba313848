// A network printer on its raw port (9100): one connection per exchange, as print servers expect
// (many accept a single client at a time, so holding the connection would lock out everyone else).
import { connect, type Socket } from 'node:net';
import { AnswerReader, serializer, type PrinterIo, type PrinterLink } from './link';

function opened(socket: Socket, timeoutMs: number, where: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => fail(new Error(`no connection to ${where} within ${timeoutMs} ms`)), timeoutMs);
    const fail = (error: Error) => {
      clearTimeout(timer);
      socket.destroy();
      reject(error);
    };
    socket.once('error', fail);
    socket.once('connect', () => {
      clearTimeout(timer);
      socket.off('error', fail);
      resolve();
    });
  });
}

function write(socket: Socket, bytes: Uint8Array): Promise<void> {
  return new Promise((resolve, reject) => {
    if (socket.destroyed) return reject(new Error('printer connection closed'));
    socket.write(bytes, (error) => (error ? reject(error) : resolve()));
  });
}

export function tcpLink(host: string, port: number, timeoutMs: number): PrinterLink {
  const where = `tcp://${host}:${port}`;
  const exclusive = serializer();
  return {
    port: where,
    canQuery: true,
    exchange: (work) =>
      exclusive(async () => {
        const socket = connect({ host, port });
        socket.setNoDelay(true);
        await opened(socket, timeoutMs, where);
        const reader = new AnswerReader();
        let lost: Error | null = null;
        socket.on('data', (chunk) => reader.push(chunk));
        socket.on('error', (error) => (lost = error));
        socket.on('close', () => reader.closed());
        const io: PrinterIo = {
          write: (bytes) => (lost ? Promise.reject(lost) : write(socket, bytes)),
          ask: (query, count, ms) => reader.ask(() => io.write(query), count, ms),
        };
        try {
          return await work(io);
        } finally {
          // end() flushes what was written, then closes; a printer that never closes its side is cut off.
          socket.setTimeout(timeoutMs, () => socket.destroy());
          socket.end();
        }
      }),
    close: async () => {},
  };
}

/** 'host', 'host:port' (default port 9100). */
export function parseTcpAddress(address: string): { host: string; port: number } {
  const match = /^(\[[^\]]+\]|[^:]+)(?::(\d{1,5}))?$/.exec(address.trim());
  const port = match?.[2] === undefined ? 9100 : Number(match[2]);
  if (!match || port < 1 || port > 65535) throw new Error(`not a host or host:port: ${address}`);
  return { host: match[1]!.replace(/^\[|\]$/g, ''), port };
}
