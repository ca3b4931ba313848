// A whole simulated hall bus: three links (window screens, hall strip, keypads), each a socat PTY
// pair (a kernel tty, as a USB-RS485 adapter) or, without socat, a TCP listener (as a serial device
// server), with the simulated devices on the far end: bx5k window screens answering as at 9600 baud,
// the strip hall screen, a call keypad and a 5-key evaluator per window, and the sim page.
// `busSection()` is what a hall's devices config needs to drive them.
import { join } from 'node:path';
import { KeypadBusSim } from '../keypad/sim/keypad-sim';
import { LedPanelSim } from '../led/sim/led-panel-sim';
import { SerialTransport } from '../transport/serial-transport';
import { TcpListenerTransport } from '../transport/tcp-listener';
import type { Transport } from '../transport/transport';
import { startSimPage, type SimPage } from './sim-page';
import { socatAvailable, SocatPair } from './socat-pair';

export const SIM_HALL_SCREEN = 1;
export const simEvaluatorAddress = (windowNo: number) => 100 + windowNo;
const windowOfAddress = (address: number) => (address > 100 ? address - 100 : address);

interface SimLink {
  /** What the hall opens. */
  hostPort: string;
  /** The devices' end. */
  device: Transport;
  describe: string;
  stop(): Promise<void>;
}

async function simLink(name: string, dir: string, useSocat: boolean, tcpPort: number): Promise<SimLink> {
  if (useSocat) {
    const pair = new SocatPair(join(dir, `${name}-hall`), join(dir, `${name}-devices`));
    await pair.start();
    const device = new SerialTransport({ path: pair.devicePath, baudRate: 9600 });
    await device.open();
    return { hostPort: pair.hostPath, device, describe: `${pair.hostPath} ⇄ ${pair.devicePath}`, stop: async () => (await device.close(), await pair.stop()) };
  }
  const device = new TcpListenerTransport('127.0.0.1', tcpPort);
  await device.open();
  const hostPort = `tcp://127.0.0.1:${device.listeningPort}`;
  return { hostPort, device, describe: `${hostPort} (TCP)`, stop: () => device.close() };
}

export interface BusSimsOptions {
  windows: number[];
  /** Where the PTY links go. */
  dir: string;
  /** Default: socat PTY pairs where socat is installed, else TCP. */
  transport?: 'pty' | 'tcp';
  /** TCP only: the first of three ports (0: any free ones). */
  tcpBasePort?: number;
  pagePort?: number;
}

export interface BusSims {
  panels: { title: string; sim: LedPanelSim }[];
  keypads: KeypadBusSim;
  page: SimPage;
  links: { windows: SimLink; hall: SimLink; keypads: SimLink };
  /** The `bus` section of a devices config that drives these simulators (defaults elsewhere). */
  busSection(): { led: object[]; keypads: object[] };
  describe(): string[];
  stop(): Promise<void>;
}

export async function startBusSims(options: BusSimsOptions): Promise<BusSims> {
  const useSocat = (options.transport ?? (socatAvailable() ? 'pty' : 'tcp')) === 'pty';
  const opened: SimLink[] = [];
  const base = options.tcpBasePort ?? 0;
  const link = async (name: string, offset: number) => {
    const made = await simLink(name, options.dir, useSocat, base === 0 ? 0 : base + offset);
    opened.push(made);
    return made;
  };
  try {
    const links = { windows: await link('led-windows', 0), hall: await link('led-hall', 1), keypads: await link('keypads', 2) };
    const { windows } = options;
    const panels = [
      {
        title: '窗口屏 (bx5k)',
        sim: new LedPanelSim(
          links.windows.device,
          'bx5k',
          windows.map((n) => ({ address: n, label: `${n}号窗口`, widthCells: 16 })),
          9600,
        ),
      },
      { title: '综合屏 (strip)', sim: new LedPanelSim(links.hall.device, 'strip', [{ address: SIM_HALL_SCREEN, label: '大厅', widthCells: 48, hall: true }]) },
    ];
    const keypads = new KeypadBusSim(links.keypads.device, [
      ...windows.map((n) => ({ address: n, kind: 'keypad' as const })),
      ...windows.map((n) => ({ address: simEvaluatorAddress(n), kind: 'evaluator' as const })),
    ]);
    const page = await startSimPage({ panels, keypads: [keypads], unitLabel: (address) => `${windowOfAddress(address)}号窗口`, port: options.pagePort ?? 0 });
    return {
      panels,
      keypads,
      page,
      links,
      busSection: () => ({
        led: [
          { port: links.windows.hostPort, dialect: 'bx5k', screens: windows.map((n) => ({ window: n, address: n })) },
          { port: links.hall.hostPort, dialect: 'strip', hall: { address: SIM_HALL_SCREEN, widthCells: 48 } },
        ],
        keypads: [
          {
            port: links.keypads.hostPort,
            keypads: windows.map((n) => ({ window: n, address: n })),
            evaluators: windows.map((n) => ({ window: n, address: simEvaluatorAddress(n) })),
          },
        ],
      }),
      describe: () => [
        `hall bus sim ${page.url}  (simulated LED screens and keypads: press keys, watch the screens)`,
        `  window screens ${links.windows.describe}`,
        `  hall strip     ${links.hall.describe}`,
        `  keypads        ${links.keypads.describe}`,
      ],
      async stop() {
        await page.close();
        await Promise.allSettled(opened.map((l) => l.stop()));
      },
    };
  } catch (error) {
    await Promise.allSettled(opened.map((l) => l.stop()));
    throw error;
  }
}
