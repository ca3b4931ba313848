// A printer behind the Transport interface (native/transport): a serial port, or the in-memory twin in
// tests. The transport stays open between exchanges; while it is down (an unplugged adapter) each
// exchange fails at once, and the transport's own reconnect loop brings it back.
import type { Transport } from '../transport/transport';
import { AnswerReader, serializer, type PrinterIo, type PrinterLink } from './link';

export function transportLink(transport: Transport): PrinterLink {
  const exclusive = serializer();
  const reader = new AnswerReader();
  transport.on('data', (chunk) => reader.push(chunk));
  // Errors arrive as events too; the failed write or the missing answer is what the exchange reports.
  transport.on('error', () => {});
  const ensureOpen = async () => {
    if (transport.connected) return;
    // The first connection (or why it failed); a reconnecting transport retries in the background after that.
    await transport.open();
    if (!transport.connected) throw new Error(`${transport.id} is not connected`);
  };
  const io: PrinterIo = {
    write: (bytes) => transport.write(bytes),
    ask: (query, count, ms) => reader.ask(() => transport.write(query), count, ms),
  };
  return {
    port: transport.id,
    canQuery: true,
    exchange: (work) =>
      exclusive(async () => {
        await ensureOpen();
        return work(io);
      }),
    close: () => transport.close(),
  };
}
