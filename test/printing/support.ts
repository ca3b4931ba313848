// Helpers for the printing tests: a ticket's texts, decoding bytes, a raw TCP capture server.
import { createServer, type Socket } from 'node:net';
import type { DecodedTicket } from '../../native/printer/escpos/decoded-ticket';
import { TicketDecoder } from '../../native/printer/escpos/ticket-decoder';
import type { TicketText } from '../../native/printer/ticket-layout';

export const sampleText = (over: Partial<TicketText> = {}): TicketText => ({
  hallName: '静安寺街道社区事务受理服务中心',
  serviceName: '人社 · 社保',
  number: 'A001',
  tag: null,
  ahead: '前面还有 3 人等候',
  issuedAt: '取号时间 2026-11-23 09:00:00',
  qr: { payload: 'TB20261123A001', hint: '扫码查看排队进度' },
  notice: ['办公时间：周一至周五 8:30–17:30，周六日 9:00–17:00'],
  reprint: null,
  ...over,
});

/** Every ticket in a byte stream, decoded as the virtual printer decodes it. */
export function decodeAll(bytes: Buffer, chunks: number[] = []): { tickets: DecodedTicket[]; statusQueries: number[] } {
  const tickets: DecodedTicket[] = [];
  const statusQueries: number[] = [];
  const decoder = new TicketDecoder({ ticket: (t) => tickets.push(t), status: (n) => statusQueries.push(n) });
  let at = 0;
  for (const size of chunks) {
    decoder.push(bytes.subarray(at, at + size));
    at += size;
  }
  decoder.push(bytes.subarray(at));
  decoder.end();
  return { tickets, statusQueries };
}

/**
 * A bare TCP server that records every byte it receives per connection and answers each DLE EOT
 * query with `answer(n)` (null: no answer). The baseline "printer" of the tests and the bench.
 */
export async function captureServer(answer: (n: number) => number | null = () => 0x12) {
  const connections: Buffer[] = [];
  /** Connections the client has ended: every byte it sent on them is in `connections`. */
  const ended = { count: 0 };
  const sockets = new Set<Socket>();
  const server = createServer((socket) => {
    sockets.add(socket);
    const index = connections.push(Buffer.alloc(0)) - 1;
    let scanned = 0;
    socket.on('data', (chunk) => {
      const all = (connections[index] = Buffer.concat([connections[index]!, chunk]));
      for (; scanned + 2 < all.length; scanned++) {
        if (all[scanned] !== 0x10 || all[scanned + 1] !== 0x04) continue;
        const reply = answer(all[scanned + 2]!);
        if (reply !== null) socket.write(Buffer.from([reply]));
        scanned += 2;
      }
    });
    socket.on('end', () => {
      ended.count++;
      socket.end();
    });
    socket.on('error', () => {});
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as { port: number }).port;
  return {
    port,
    connections,
    ended,
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}

export { eventually } from '../support/eventually';
