// The demo hall's bus hardware, simulated (native/sim/bus-sims.ts: socat PTY pairs, or TCP where
// socat is missing, with the screens, keypads and evaluators at the far end, and the sim page), and
// the bus configuration that drives it. 转移 on a demo keypad sends the ticket to Z 咨询.
import { join } from 'node:path';
import type { Hall } from '../../core/hall';
import { startBusSims, type BusSims } from '../../../native/sim/bus-sims';
import { busConfigSchema, type BusConfig } from './config';

export interface DemoRig {
  config: BusConfig;
  sims: BusSims;
  banner: string[];
  close(): Promise<void>;
}

export async function startDemoRig(hall: Hall, dataDir: string): Promise<DemoRig> {
  const windows = hall.view().windows.map((w) => w.number);
  const sims = await startBusSims({ windows, dir: join(dataDir, 'bus') });
  try {
    const config = busConfigSchema.parse({ ...sims.busSection(), transferTo: hall.devices.service('Z') ? 'Z' : null });
    return { config, sims, banner: sims.describe(), close: () => sims.stop() };
  } catch (error) {
    await sims.stop();
    throw error;
  }
}
