// The RS-485 hall bus as a device module: LED buses (window screens and the hall strip) driven from
// the hall's events, keypad buses whose keys and evaluator presses become hall commands. Configured
// by the `bus` section of the devices config; the demo hall, unconfigured, runs on simulators.
import type { DeviceStatus } from '../../contract';
import { KeypadBus } from '../../../native/keypad/keypad-bus';
import { ledDialects } from '../../../native/led/dialects';
import { LedBus, type LedScreenConfig } from '../../../native/led/led-bus';
import { openTransport } from '../../../native/transport/open-transport';
import type { DeviceContext, DeviceModule, DeviceModuleStarter } from '../device-module';
import { keypadBusStatus, ledBusStatus } from './bus-status';
import type { BusConfig, LedBusConfig } from './config';
import { startDemoRig, type DemoRig } from './demo-rig';
import { DeskKeypads } from './desk-keypads';
import { FollowedAddresses } from './saved-addresses';
import { WindowScreens, type ScreenRef } from './window-screens';

const busId = (kind: string, index: number, count: number) => (count === 1 ? kind : `${kind}-${index + 1}`);

type PlacedScreen = LedScreenConfig & { window: number | null };

function ledScreens(c: LedBusConfig, index: number, taken: Set<string>): PlacedScreen[] {
  const unique = (base: string) => {
    const id = taken.has(base) ? `${base}@${index + 1}` : base;
    taken.add(id);
    return id;
  };
  return [
    ...c.screens.map((s) => ({
      id: unique(`led:${s.window}`),
      address: s.address,
      hall: false,
      widthCells: s.widthCells,
      heightPx: s.heightPx,
      window: s.window,
    })),
    ...(c.hall
      ? [{ id: unique('led:hall'), address: c.hall.address, hall: true, widthCells: c.hall.widthCells, heightPx: c.hall.heightPx, window: null }]
      : []),
  ];
}

/** Every LED bus's screens, with ids unique across the buses (the same config always gives the same ids). */
function ledLayout(config: BusConfig): PlacedScreen[][] {
  const taken = new Set<string>();
  return config.led.map((c, i) => ledScreens(c, i, taken));
}

/** Which screens show each window's texts. */
function windowScreens(leds: LedBus[], layout: PlacedScreen[][]): Map<number, ScreenRef[]> {
  const windows = new Map<number, ScreenRef[]>();
  layout.forEach((screens, i) => {
    for (const s of screens) if (s.window !== null) windows.set(s.window, [...(windows.get(s.window) ?? []), { bus: leds[i]!, id: s.id }]);
  });
  return windows;
}

export type HallBusModule = DeviceModule & { leds: LedBus[]; keypadBuses: KeypadBus[]; rig: DemoRig | null };

export interface HallBusOptions {
  /**
   * The monotonic clock of the keypads' duplicate filter, ms (default performance.now; tests hold
   * their own still, so a device's retries are duplicates however slow the machine, and move it for
   * a deliberate second press instead of waiting out the filter's second on the wall clock).
   */
  dedupeNow?: () => number;
  /**
   * Join the windows' saved addresses (config.saveWindow, saved-addresses.ts) to the file's buses and
   * follow their changes while the hall runs: a hall's own buses (not the demo's simulators).
   */
  savedAddresses?: boolean;
}

export async function runHallBus(ctx: DeviceContext, file: BusConfig, rig: DemoRig | null = null, options: HallBusOptions = {}): Promise<HallBusModule> {
  const addresses = options.savedAddresses ? new FollowedAddresses(file, () => ctx.hall.devices.windowAddresses(), ctx.log) : null;
  const config = addresses?.config ?? file;
  const layout = ledLayout(config);
  const leds = config.led.map(
    (c, i) =>
      new LedBus(openTransport({ port: c.port, baud: c.baud, backoff: c.reconnect, writeMarginMs: c.writeMarginMs }), ledDialects[c.dialect], layout[i]!, {
        baud: c.baud,
        writeMarginMs: c.writeMarginMs,
        gapMs: c.gapMs,
        replyTimeoutMs: c.replyTimeoutMs,
        retries: c.retries,
        keepAliveMs: c.keepAliveSeconds * 1000,
        replacement: config.texts.replacement,
      }),
  );
  // The hall strips come from the file alone: they never move.
  const hallScreens = layout.flatMap((screens, i) =>
    screens.filter((s) => s.window === null).map((s) => ({ bus: leds[i]!, id: s.id, calls: config.led[i]!.hall!.calls })),
  );
  const keypadBuses = config.keypads.map(
    (c) =>
      new KeypadBus(openTransport({ port: c.port, baud: c.baud, backoff: c.reconnect, writeMarginMs: c.writeMarginMs }), {
        baud: c.baud,
        gapMs: c.gapMs,
        writeMarginMs: c.writeMarginMs,
        dedupeNow: options.dedupeNow,
      }),
  );
  const screens = new WindowScreens(windowScreens(leds, layout), hallScreens, config);
  const keypads = new DeskKeypads(
    ctx.hall,
    keypadBuses.map((bus, i) => ({ bus, config: config.keypads[i]! })),
    config,
    ctx.log,
  );

  const render = () => {
    const view = ctx.hall.view();
    screens.render(view);
    keypads.render(view);
  };
  render(); // what the screens should show now; sent as each bus connects
  // A window's saved addresses changed (its save ends in hall.changed): the buses are re-mapped before
  // that change is rendered, so its texts and displays already go to the new addresses.
  const remap = () => {
    const next = addresses?.refresh();
    if (!next) return;
    const placed = ledLayout(next);
    leds.forEach((bus, i) => bus.setScreens(placed[i]!));
    next.keypads.forEach((c, i) => keypads.setUnits(i, c));
    screens.remap(windowScreens(leds, placed));
    ctx.changed();
  };
  const unsubscribe = ctx.hall.subscribe((event) => {
    if (event.name === 'hall.changed') remap();
    screens.onEvent(event);
    if (event.name === 'hall.changed') keypads.render(event.data);
  });
  for (const bus of [...leds, ...keypadBuses]) bus.on('changed', ctx.changed);
  for (const bus of leds) bus.start();
  // A missing adapter does not stop the hall: the transport keeps trying and the console shows why.
  await Promise.all(
    [...leds, ...keypadBuses].map((bus) => bus.transport.open().catch((error: Error) => ctx.log(`${bus.transport.id}: ${error.message}; retrying`))),
  );

  return {
    leds,
    keypadBuses,
    rig,
    status(): DeviceStatus[] {
      return [
        ...leds.flatMap((bus, i) => ledBusStatus(busId('led-bus', i, leds.length), bus)),
        ...keypadBuses.flatMap((bus, i) => keypadBusStatus(busId('keypad-bus', i, keypadBuses.length), bus, keypads.unitsOf(i), keypads.counters)),
      ];
    },
    banner: rig?.banner ?? [
      `hall bus: ${
        leds
          .map((b) => `LED ${b.dialect.name} ${b.transport.id}`)
          .concat(keypadBuses.map((b) => `keypads ${b.transport.id}`))
          .join(', ') || 'no buses configured'
      }`,
    ],
    async close() {
      unsubscribe();
      screens.close();
      await Promise.allSettled([...leds, ...keypadBuses].map((bus) => bus.close()));
      await rig?.close();
    },
  };
}

export const startHallBus: DeviceModuleStarter = async (ctx) => {
  // The windows' saved addresses join a configured bus, live (not the demo's simulators, which have their own).
  if (ctx.config.bus) return runHallBus(ctx, ctx.config.bus, null, { savedAddresses: true });
  if (!ctx.demo) return null;
  const rig = await startDemoRig(ctx.hall, ctx.dataDir);
  try {
    return await runHallBus(ctx, rig.config, rig);
  } catch (error) {
    await rig.close();
    throw error;
  }
};
