// Worker thread for the printing bench: a bare "printer" on its own event loop (as a real printer is
// another machine): a TCP server that answers every DLE EOT query "ok" (0x12) and reports the absolute
// time the last byte of each ticket arrives (the cut GS V m and the ESC @ after it).
import { createServer } from 'node:net';
import { parentPort } from 'node:worker_threads';

const END = [Buffer.from([0x1d, 0x56, 0x01, 0x1b, 0x40]), Buffer.from([0x1d, 0x56, 0x00, 0x1b, 0x40])];

const server = createServer((socket) => {
  socket.setNoDelay(true);
  let tail = Buffer.alloc(0);
  socket.on('data', (chunk) => {
    const at = performance.timeOrigin + performance.now();
    const seen = Buffer.concat([tail, chunk]);
    for (let i = seen.indexOf(0x10); i >= 0 && i + 2 < seen.length; i = seen.indexOf(0x10, i + 1)) {
      if (seen[i + 1] === 0x04 && i >= tail.length - 2) socket.write(Buffer.from([0x12]));
    }
    if (END.some((end) => seen.includes(end, Math.max(0, tail.length - end.length + 1)))) parentPort.postMessage({ type: 'ticket', at });
    tail = seen.subarray(Math.max(0, seen.length - 8));
  });
  socket.on('end', () => socket.end());
  socket.on('error', () => {});
});
server.listen(0, '127.0.0.1', () => parentPort.postMessage({ type: 'listening', port: server.address().port }));
parentPort.on('message', () => server.close());
