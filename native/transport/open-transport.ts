// One place that turns a configured port into a transport: 'tcp://10.0.0.5:4001' for a serial device
// server, anything else ('/dev/ttyUSB0', 'COM3', 'serial:/dev/ttyS1') for a local serial port.
import type { BackoffSteps } from '../../electron/shared/backoff';
import { SerialTransport } from './serial-transport';
import { TcpTransport } from './tcp-transport';
import type { Transport } from './transport';

export interface PortSpec {
  port: string;
  baud: number;
  backoff?: Partial<BackoffSteps>;
  /** Added to each write's wire time for its deadline, ms. */
  writeMarginMs?: number;
}

export function parsePort(port: string): { kind: 'tcp'; host: string; port: number } | { kind: 'serial'; path: string } {
  const tcp = /^tcp:\/\/(\[[^\]]+\]|[^:/]+):(\d{1,5})\/?$/.exec(port);
  if (tcp) {
    const n = Number(tcp[2]);
    if (n < 1 || n > 65535) throw new Error(`bad TCP port in ${port}`);
    return { kind: 'tcp', host: tcp[1]!.replace(/^\[|\]$/g, ''), port: n };
  }
  if (port.startsWith('tcp:')) throw new Error(`expected tcp://host:port, got ${port}`);
  const path = port.startsWith('serial:') ? port.slice('serial:'.length) : port;
  if (!path) throw new Error('empty serial port path');
  return { kind: 'serial', path };
}

export function openTransport(spec: PortSpec): Transport {
  const parsed = parsePort(spec.port);
  return parsed.kind === 'tcp'
    ? new TcpTransport({ host: parsed.host, port: parsed.port, backoff: spec.backoff, baud: spec.baud, writeMarginMs: spec.writeMarginMs })
    : new SerialTransport({ path: parsed.path, baudRate: spec.baud, backoff: spec.backoff, writeMarginMs: spec.writeMarginMs });
}
