// The demo's hall-bus simulator page: a tiny HTTP server on 127.0.0.1 (never the hall's API) that
// shows what each simulated LED screen displays and lets a person press the simulated keypads and
// evaluators. Only the demo starts it. Labels on the page are the Chinese printed on the real units.
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { keyLabels, keyNames, type KeyName } from '../keypad/keys';
import type { KeypadBusSim } from '../keypad/sim/keypad-sim';
import type { LedPanelSim } from '../led/sim/led-panel-sim';
import { renderPanelSvg } from '../led/sim/render-panel';
import { simPageHtml } from './sim-page-html';

export interface SimPageOptions {
  panels: { title: string; sim: LedPanelSim }[];
  keypads: KeypadBusSim[];
  /** Label per unit address, e.g. '3号窗口'. */
  unitLabel: (address: number, kind: 'keypad' | 'evaluator') => string;
  port?: number;
}

export interface SimPage {
  url: string;
  close(): Promise<void>;
}

function state(options: SimPageOptions) {
  return {
    panels: options.panels.map((p) => ({ title: p.title, svg: renderPanelSvg([...p.sim.screens.values()], p.title) })),
    units: options.keypads.flatMap((bus, busIndex) =>
      [...bus.units.values()].map((u) => ({ bus: busIndex, ...u, label: options.unitLabel(u.address, u.kind) })),
    ),
    keys: keyNames.map((k) => ({ key: k, label: keyLabels[k] })),
  };
}

async function body(request: IncomingMessage): Promise<any> {
  let text = '';
  for await (const chunk of request) {
    text += chunk;
    if (text.length > 4096) throw new Error('body too large');
  }
  return JSON.parse(text || '{}');
}

async function press(options: SimPageOptions, input: any): Promise<unknown> {
  const bus = options.keypads[Number(input.bus)];
  const address = Number(input.address);
  if (!bus || !bus.units.has(address)) throw new Error('no such unit');
  if (typeof input.value === 'number') return bus.evaluate(address, input.value);
  if (!keyNames.includes(input.key)) throw new Error(`no such key: ${input.key}`);
  return bus.press(address, input.key as KeyName);
}

export async function startSimPage(options: SimPageOptions): Promise<SimPage> {
  const server: Server = createServer((request, response) => {
    const send = (status: number, type: string, text: string) => {
      response.writeHead(status, { 'content-type': `${type}; charset=utf-8`, 'cache-control': 'no-store' });
      response.end(text);
    };
    if (request.method === 'GET' && request.url === '/') return send(200, 'text/html', simPageHtml);
    if (request.method === 'GET' && request.url === '/state') return send(200, 'application/json', JSON.stringify(state(options)));
    if (request.method === 'POST' && request.url === '/press') {
      body(request)
        .then((input) => press(options, input))
        .then((result) => send(200, 'application/json', JSON.stringify(result)))
        .catch((error: Error) => send(400, 'application/json', JSON.stringify({ error: error.message })));
      return;
    }
    send(404, 'text/plain', 'not found');
  });
  // The client closes idle connections, never this server (see the printer viewer: Node's 5 s default
  // races a client that reuses the connection at that moment).
  server.keepAliveTimeout = 0;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
