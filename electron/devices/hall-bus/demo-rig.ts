// The demo hall's bus hardware, simulated: each bus is a socat PTY pair (a real kernel tty, as a
// USB-RS485 adapter would be) or, where socat is missing, a TCP link (as a serial device server
// would be), with the simulated devices on the far end: the window screens (bx5k), the hall strip
// (strip), the call keypads and 5-key evaluators. A sim page shows the screens and presses the keys.
import { join } from 'node:path';
import type { Hall } from '../../core/hall';
import { KeypadBusSim } from '../../../native/keypad/sim/keypad-sim';
import { LedPanelSim, type SimScreenConfig } from '../../../native/led/sim/led-panel-sim';
import { socatAvailable, SocatPair } from '../../../native/sim/socat-pair';
import { startSimPage, type SimPage } from '../../../native/sim/sim-page';
import { SerialTransport } from '../../../native/transport/serial-transport';
import { TcpListenerTransport } from '../../../native/transport/tcp-listener';
import type { Transport } from '../../../native/transport/transport';
import { busConfigSchema, type BusConfig } from './config';

export const DEMO_HALL_SCREEN = 1;
export const demoEvaluatorAddress = (windowNo: number) => 10 + windowNo;

interface SimLink {
  /** What the hall opens. */
  hostPort: string;
  /** The devices' end. */
  device: Transport;
  describe: string;
  stop(): Promise<void>;
}

async function simLink(name: string, dir: string, useSocat: boolean): Promise<SimLink> {
  if (useSocat) {
    const pair = new SocatPair(join(dir, `${name}-hall`), join(dir, `${name}-devices`));
    await pair.start();
    const device = new SerialTransport({ path: pair.devicePath, baudRate: 9600 });
    await device.open();
    return { hostPort: pair.hostPath, device, describe: `${pair.hostPath} ⇄ ${pair.devicePath}`, stop: async () => (await device.close(), await pair.stop()) };
  }
  const device = new TcpListenerTransport('127.0.0.1', 0);
  await device.open();
  const hostPort = `tcp://127.0.0.1:${device.listeningPort}`;
  return { hostPort, device, describe: `${hostPort} (TCP: socat is not installed)`, stop: () => device.close() };
}

export interface DemoRig {
  config: BusConfig;
  panels: { title: string; sim: LedPanelSim }[];
  keypads: KeypadBusSim;
  page: SimPage;
  banner: string[];
  close(): Promise<void>;
}

export async function startDemoRig(hall: Hall, dataDir: string): Promise<DemoRig> {
  const windows = hall.view().windows.map((w) => w.number);
  const useSocat = socatAvailable();
  const links: SimLink[] = [];
  try {
    const dir = join(dataDir, 'bus');
    const link = async (name: string) => {
      const made = await simLink(name, dir, useSocat);
      links.push(made);
      return made;
    };
    const windowLink = await link('led-windows');
    const hallLink = await link('led-hall');
    const keypadLink = await link('keypads');
    const screens: SimScreenConfig[] = windows.map((n) => ({ address: n, label: `${n}号窗口`, widthCells: 16 }));
    const panels = [
      // The window screens answer as at 9600 baud, so the demo's bus timing is a real hall's.
      { title: '窗口屏 (bx5k)', sim: new LedPanelSim(windowLink.device, 'bx5k', screens, 9600) },
      { title: '综合屏 (strip)', sim: new LedPanelSim(hallLink.device, 'strip', [{ address: DEMO_HALL_SCREEN, label: '大厅', widthCells: 48, hall: true }]) },
    ];
    const keypads = new KeypadBusSim(keypadLink.device, [
      ...windows.map((n) => ({ address: n, kind: 'keypad' as const })),
      ...windows.map((n) => ({ address: demoEvaluatorAddress(n), kind: 'evaluator' as const })),
    ]);
    const windowOf = (address: number) => (address > 10 ? address - 10 : address);
    const page = await startSimPage({ panels, keypads: [keypads], unitLabel: (address) => `${windowOf(address)}号窗口` });
    const config = busConfigSchema.parse({
      led: [
        { port: windowLink.hostPort, dialect: 'bx5k', screens: windows.map((n) => ({ window: n, address: n })) },
        { port: hallLink.hostPort, dialect: 'strip', screens: [], hall: { address: DEMO_HALL_SCREEN, widthCells: 48 } },
      ],
      keypads: [{ port: keypadLink.hostPort, keypads: windows.map((n) => ({ window: n, address: n })), evaluators: windows.map((n) => ({ window: n, address: demoEvaluatorAddress(n) })) }],
      transferTo: hall.engine.config.service('Z') ? 'Z' : null,
    });
    return {
      config,
      panels,
      keypads,
      page,
      banner: [
        `hall bus sim ${page.url}  (simulated LED screens and keypads: press keys, watch the screens)`,
        `  window screens ${windowLink.describe}`,
        `  hall strip     ${hallLink.describe}`,
        `  keypads        ${keypadLink.describe}`,
      ],
      async close() {
        await page.close();
        await Promise.allSettled(links.map((l) => l.stop()));
      },
    };
  } catch (error) {
    await Promise.allSettled(links.map((l) => l.stop()));
    throw error;
  }
}
