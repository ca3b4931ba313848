// The simulated hall bus on its own, for a hall started with a real devices config (`npm run
// bus-sim`), e.g. to try a configuration or a hall PC without the hardware:
//   npm run bus-sim -- [--windows 1-4] [--tcp BASEPORT] [--dir DIR] [--page PORT] [--config FILE]
// Prints the `bus` section to give the hall (and writes it as a devices config with --config).
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { startBusSims } from './bus-sims';

function windowList(spec: string): number[] {
  const range = /^(\d+)-(\d+)$/.exec(spec);
  const list = range ? Array.from({ length: Number(range[2]) - Number(range[1]) + 1 }, (_, i) => Number(range[1]) + i) : spec.split(',').map(Number);
  if (list.length === 0 || list.length > 99 || list.some((n) => !Number.isInteger(n) || n < 1 || n > 99))
    throw new Error(`--windows: expected e.g. 1-4 or 1,2,5 (windows 1–99), got ${spec}`);
  return list;
}

async function main() {
  const { values } = parseArgs({
    options: {
      windows: { type: 'string', default: '1-4' },
      tcp: { type: 'string' },
      dir: { type: 'string', default: resolve('bus-sim') },
      page: { type: 'string', default: '0' },
      config: { type: 'string' },
    },
    strict: true,
  });
  const sims = await startBusSims({
    windows: windowList(values.windows),
    dir: resolve(values.dir),
    transport: values.tcp === undefined ? undefined : 'tcp',
    tcpBasePort: values.tcp === undefined ? 0 : Number(values.tcp),
    pagePort: Number(values.page),
  });
  for (const line of sims.describe()) console.log(line);
  const devices = { bus: sims.busSection() };
  if (values.config) {
    writeFileSync(values.config, `${JSON.stringify(devices, null, 2)}\n`);
    console.log(`devices config written: ${values.config}   (npm run serve -- --devices ${values.config})`);
  } else console.log(`devices config for the hall:\n${JSON.stringify(devices, null, 2)}`);
  for (const panel of sims.panels) panel.sim.on('shown', (s) => console.log(`${s.label} #${s.address}: ${s.text}`));
  const stop = () => void sims.stop().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(`bus-sim: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
