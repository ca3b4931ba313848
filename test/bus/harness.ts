// A hall with its RS-485 buses on real links and simulated devices at the far end: over socat PTY
// pairs (kernel ttys, as USB-RS485 adapters) or loopback TCP (as serial device servers). The hall
// side is the production module (runHallBus) configured by a `bus` section, as a hall PC would be.
// The keypads' duplicate filter runs on a clock the harness holds still: a device's retries are
// duplicates however slow the machine is, and a deliberate press moves it past the filter's second
// instead of waiting that second out on the wall clock.
import type { DeviceStatus, HallEvent, Session, WindowView } from '../../electron/contract';
import { busConfigSchema, type BusConfig } from '../../electron/devices/hall-bus/config';
import { startDevices } from '../../electron/devices';
import { runHallBus, type HallBusModule } from '../../electron/devices/hall-bus';
import type { KeyName } from '../../native/keypad/keys';
import { KeypadBusSim, type PressResult } from '../../native/keypad/sim/keypad-sim';
import { LedPanelSim } from '../../native/led/sim/led-panel-sim';
import type { SocatPair } from '../../native/sim/socat-pair';
import { SerialTransport } from '../../native/transport/serial-transport';
import { TcpListenerTransport } from '../../native/transport/tcp-listener';
import type { Transport } from '../../native/transport/transport';
import { issue, login, openSeededHall, staff, type TestHall } from '../support/hall';
import { next, quickBackoff, socatPairs } from './support';

export type LinkKind = 'pty' | 'tcp';

interface Link {
  port: string;
  device: Transport;
  pair: SocatPair | null;
  listener: TcpListenerTransport | null;
}

export interface BusHarness {
  t: TestHall;
  module: HallBusModule;
  windows: LedPanelSim;
  hallStrip: LedPanelSim;
  keypads: KeypadBusSim;
  links: { led: Link; hall: Link; keypads: Link };
  events: HallEvent[];
  logs: string[];
  status(id: string): DeviceStatus;
  /**
   * Presses a key as a clerk would: the same key at the same keypad again within a second is taken
   * for the device's retry (DESIGN.md), so before each deliberate press the filter's clock is moved
   * past that second (the device's own retries of it stay within it).
   */
  press(address: number, key: KeyName): Promise<PressResult>;
  evaluate(address: number, value: number): Promise<PressResult>;
  /** The hall's view of a window now. */
  window(n: number): WindowView;
  /** Issues a ticket of each service given (in order) and signs clerk `user` in at `window`; returns the clerk. */
  setUp(services: string[], user?: string, window?: number): Session;
  /** PTY links only: pulls the USB-RS485 adapters (socat killed: both PTYs vanish). */
  pull(links?: Link[]): Promise<void>;
  /**
   * PTY links only: plugs them back in, new PTYs under the same names. The simulated devices reopen
   * their ends first (on real hardware they never left), then the hall's end appears: whatever the
   * hall sends once it reconnects reaches them.
   */
  replug(links?: Link[]): Promise<void>;
  close(): Promise<void>;
}

export const WINDOWS = [1, 2, 3, 4];
export const HALL_SCREEN = 8;
export const evaluatorOf = (window: number) => 20 + window;
const DEDUPE_MS = 1000;

export interface HarnessLayout {
  /** The windows the devices file lists (screen, keypad, evaluator); default all four. */
  fileWindows?: number[];
  /** Without it the file has one LED bus, so the windows' saved LED addresses can join it. Default true. */
  hallStrip?: boolean;
  /** Join the windows' saved addresses and follow them live, as a hall PC's own buses do. */
  savedAddresses?: boolean;
}

/** `overrides` go into the bus section, `led` into each LED bus (e.g. a quick keepAliveSeconds). */
export async function startBusHarness(
  kind: LinkKind,
  overrides: Partial<BusConfig> & Record<string, unknown> = {},
  led: Record<string, unknown> = {},
  layout: HarnessLayout = {},
): Promise<BusHarness> {
  const rig = kind === 'pty' ? socatPairs() : null;
  const opened: (() => Promise<void>)[] = [];
  const link = async (name: string): Promise<Link> => {
    if (rig) {
      const pair = await rig.pair(name);
      const device = new SerialTransport({ path: pair.devicePath, baudRate: 9600, backoff: quickBackoff, presenceCheckMs: 50 });
      device.on('error', () => {}); // refused reconnects while pulled
      await device.open();
      opened.push(() => device.close());
      return { port: pair.hostPath, device, pair, listener: null };
    }
    const listener = new TcpListenerTransport();
    await listener.open();
    opened.push(() => listener.close());
    return { port: `tcp://127.0.0.1:${listener.listeningPort}`, device: listener, pair: null, listener };
  };
  const links = { led: await link('led'), hall: await link('hall'), keypads: await link('keypads') };
  const windows = new LedPanelSim(
    links.led.device,
    'bx5k',
    WINDOWS.map((n) => ({ address: n, label: `${n}号窗口`, widthCells: 16 })),
  );
  const hallStrip = new LedPanelSim(links.hall.device, 'strip', [{ address: HALL_SCREEN, label: '大厅', widthCells: 48, hall: true }]);
  const keypads = new KeypadBusSim(links.keypads.device, [
    ...WINDOWS.map((n) => ({ address: n, kind: 'keypad' as const })),
    ...WINDOWS.map((n) => ({ address: evaluatorOf(n), kind: 'evaluator' as const })),
  ]);
  const reconnect = quickBackoff;
  const listed = layout.fileWindows ?? WINDOWS;
  const config = busConfigSchema.parse({
    led: [
      { port: links.led.port, dialect: 'bx5k', replyTimeoutMs: 150, reconnect, screens: listed.map((n) => ({ window: n, address: n })), ...led },
      ...(layout.hallStrip === false ? [] : [{ port: links.hall.port, dialect: 'strip', reconnect, hall: { address: HALL_SCREEN, widthCells: 48 }, ...led }]),
    ],
    keypads: [
      {
        port: links.keypads.port,
        reconnect,
        keypads: listed.map((n) => ({ window: n, address: n })),
        evaluators: listed.map((n) => ({ window: n, address: evaluatorOf(n) })),
      },
    ],
    ...overrides,
  });
  const t = openSeededHall();
  const events: HallEvent[] = [];
  t.hall.subscribe((e) => events.push(e));
  const logs: string[] = [];
  // The duplicate filter's clock: still, but for the deliberate presses.
  let dedupeClock = 0;
  const dedupeNow = () => dedupeClock;
  // Through the device layer, as the app starts it: device.status pushes included.
  const devices = await startDevices({ hall: t.hall, config: { bus: config }, demo: false, dataDir: t.dataDir, log: (m) => logs.push(m) }, [
    (ctx) => runHallBus(ctx, config, null, { dedupeNow, savedAddresses: layout.savedAddresses }),
  ]);
  const module = devices.modules[0] as HallBusModule;
  const deliberately = (send: () => Promise<PressResult>) => {
    dedupeClock += DEDUPE_MS + 1; // a new press, however soon after the last one
    return send();
  };
  const ptyLinks = () => Object.values(links);
  const pull = async (which = ptyLinks()) => {
    await Promise.all(which.map((link) => link.pair!.stop()));
  };
  const replug = async (which = ptyLinks()) => {
    await Promise.all(
      which.map(async (link) => {
        const deviceBack = next(link.device, 'connect');
        await link.pair!.start({ holdHost: true });
        await deviceBack;
        link.pair!.releaseHost();
      }),
    );
  };
  return {
    t,
    module,
    press: (address, key) => deliberately(() => keypads.press(address, key)),
    evaluate: (address, value) => deliberately(() => keypads.evaluate(address, value)),
    window: (n) => t.hall.view().windows.find((w) => w.number === n)!,
    pull,
    replug,
    setUp(services, user = '1003', window = 3) {
      const kiosk = login(t.hall, 'kiosk');
      for (const s of services) issue(t.hall, kiosk, s);
      return staff(t.hall, user, window);
    },
    windows,
    hallStrip,
    keypads,
    links,
    events,
    logs,
    status(id) {
      const found = module.status().find((s) => s.id === id);
      if (!found) throw new Error(`no device status ${id}`);
      return found;
    },
    async close() {
      await devices.close();
      await Promise.allSettled(opened.map((c) => c()));
      await rig?.cleanup();
      t.cleanup();
    },
  };
}
