// The virtual printer's own little web page (loopback only; a demo and test instrument, not part of
// the hall's API): the tickets it printed, newest first, drawn as paper, and buttons that set its
// state. Also JSON for tests: GET /tickets, GET|POST /state {"state":"paper_out"}.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { ticketLines } from '../escpos/decoded-ticket';
import { renderTicketSvg } from '../escpos/render-svg';
import { printerStates } from '../status';
import type { PaperWidth } from '../ticket-layout';
import { isPrinterState, type PrintedTicket, type VirtualPrinter } from './virtual-printer';

export interface PrinterViewer {
  url: string;
  close(): Promise<void>;
}

const summary = (t: PrintedTicket) => ({
  seq: t.seq,
  at: t.at,
  label: t.label,
  printed: t.printed,
  state: t.state,
  cut: t.ticket.cut,
  lines: ticketLines(t.ticket),
  qr: t.ticket.blocks.flatMap((b) => (b.kind === 'qr' ? [b.payload] : [])),
  warnings: t.ticket.warnings,
});

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function page(printer: VirtualPrinter, paper: PaperWidth): string {
  const buttons = printerStates.map((s) => `<button onclick="setState('${s}')"${s === printer.state ? ' class="on"' : ''}>${s}</button>`).join(' ');
  const tickets = [...printer.tickets]
    .reverse()
    .slice(0, 30)
    .map((t) => {
      const warn = t.ticket.warnings.map((w) => `<li>${esc(w)}</li>`).join('');
      return (
        `<figure><figcaption>#${t.seq} ${esc(t.label)} · ${t.at} · ${t.printed ? 'printed' : `NOT printed (${t.state})`}</figcaption>` +
        `${renderTicketSvg(t.ticket, paper)}${warn ? `<ul class="warn">${warn}</ul>` : ''}</figure>`
      );
    });
  return `<!doctype html><html lang="zh-CN"><meta charset="utf-8"><title>Virtual ticket printer 虚拟取号打印机</title>
<style>body{font-family:sans-serif;background:#ddd;margin:16px}figure{display:inline-block;vertical-align:top;margin:8px}
svg{box-shadow:0 2px 8px #0004}button.on{font-weight:bold;background:#333;color:#fff}.warn{color:#c00}</style>
<h1>Virtual ticket printer 虚拟取号打印机 (${paper} mm)</h1><p>State: ${buttons}</p>
${tickets.join('') || '<p>No tickets yet.</p>'}
<script>
const seen = ${printer.tickets.at(-1)?.seq ?? 0}, state = '${printer.state}';
async function setState(s) { await fetch('/state', { method: 'POST', body: JSON.stringify({ state: s }) }); location.reload(); }
setInterval(async () => { const r = await (await fetch('/state')).json(); if (r.last !== seen || r.state !== state) location.reload(); }, 1500);
</script></html>`;
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (c: string) => {
      body += c;
      if (body.length > 1024) reject(new Error('body too large'));
    });
    req.on('end', () => resolve(body));
    req.on('error', reject);
  });
}

function send(res: ServerResponse, status: number, type: string, body: string): void {
  res.writeHead(status, { 'content-type': `${type}; charset=utf-8`, 'cache-control': 'no-store' });
  res.end(body);
}

async function handle(printer: VirtualPrinter, paper: PaperWidth, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const path = new URL(req.url ?? '/', 'http://x').pathname;
  const json = (status: number, value: unknown) => send(res, status, 'application/json', JSON.stringify(value));
  const state = () => ({ state: printer.state, tickets: printer.tickets.length, last: printer.tickets.at(-1)?.seq ?? 0, queries: printer.queries });
  if (req.method === 'GET' && path === '/') return send(res, 200, 'text/html', page(printer, paper));
  if (req.method === 'GET' && path === '/state') return json(200, state());
  if (req.method === 'POST' && path === '/state') {
    let asked: unknown;
    try {
      asked = (JSON.parse(await readBody(req)) as { state?: unknown }).state;
    } catch {
      return json(400, { error: 'send JSON: {"state": "ok" | "near_end" | "paper_out" | "cover_open" | "offline"}' });
    }
    if (!isPrinterState(asked)) return json(400, { error: `state must be one of ${printerStates.join(', ')}` });
    printer.setState(asked);
    return json(200, state());
  }
  if (req.method === 'GET' && path === '/tickets') return json(200, printer.tickets.map(summary));
  const svg = /^\/tickets\/(\d+)\.svg$/.exec(path);
  const found = svg && printer.tickets.find((t) => t.seq === Number(svg[1]));
  if (req.method === 'GET' && found) return send(res, 200, 'image/svg+xml', renderTicketSvg(found.ticket, paper));
  json(404, { error: `no such page: ${req.method} ${path}` });
}

export async function servePrinterViewer(printer: VirtualPrinter, paper: PaperWidth, port = 0): Promise<PrinterViewer> {
  const server = createServer((req, res) => {
    handle(printer, paper, req, res).catch((error: unknown) => send(res, 500, 'text/plain', String(error)));
  });
  // The client closes idle connections, never this server: Node's default (close after 5 s idle)
  // races a client reusing the connection at that moment, and its request is reset (ECONNRESET).
  server.keepAliveTimeout = 0;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  const bound = server.address();
  const url = `http://127.0.0.1:${typeof bound === 'object' && bound ? bound.port : port}`;
  return {
    url,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
