// A WebSocket test client for /api/events that records every message and can wait for one.
import WebSocket from 'ws';

export interface EventClient {
  messages: any[];
  next(match: (m: any) => boolean, timeoutMs?: number): Promise<any>;
  send(message: unknown): void;
  close(): void;
}

export async function connectEvents(baseUrl: string): Promise<EventClient> {
  const ws = new WebSocket(baseUrl.replace('http', 'ws') + '/api/events');
  const messages: any[] = [];
  const waiters = new Set<{ match: (m: any) => boolean; resolve: (m: any) => void }>();
  ws.on('message', (raw) => {
    const m = JSON.parse(String(raw));
    messages.push(m);
    for (const w of waiters) {
      if (w.match(m)) {
        waiters.delete(w);
        w.resolve(m);
      }
    }
  });
  await new Promise((resolve, reject) => {
    ws.once('open', resolve);
    ws.once('error', reject);
  });
  return {
    messages,
    next(match, timeoutMs = 3000) {
      const seen = messages.find(match);
      if (seen) {
        messages.splice(messages.indexOf(seen), 1);
        return Promise.resolve(seen);
      }
      return new Promise((resolve, reject) => {
        const w = {
          match,
          resolve: (m: any) => {
            clearTimeout(timer);
            messages.splice(messages.indexOf(m), 1);
            resolve(m);
          },
        };
        const timer = setTimeout(() => {
          waiters.delete(w);
          reject(new Error('no matching message in time'));
        }, timeoutMs);
        waiters.add(w);
      });
    },
    send: (message) => ws.send(typeof message === 'string' ? message : JSON.stringify(message)),
    close: () => ws.close(),
  };
}
