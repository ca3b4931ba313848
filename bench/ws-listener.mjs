// Worker thread for the latency bench: a WebSocket client on its own event loop (as a browser would
// be), reporting the absolute time each ticket.called event arrives.
import { parentPort, workerData } from 'node:worker_threads';
import WebSocket from 'ws';

const ws = new WebSocket(workerData.url);
ws.on('open', () => parentPort.postMessage({ type: 'open' }));
ws.on('message', (raw) => {
  const at = performance.timeOrigin + performance.now();
  const message = JSON.parse(String(raw));
  if (message.type === 'event' && message.name === 'ticket.called') parentPort.postMessage({ type: 'called', at });
});
parentPort.on('message', () => ws.close());
