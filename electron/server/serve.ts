// `npm run serve`: the hall in plain Node. Runs the core and the LAN server and prints the window URLs.
//   --demo         the built-in demo hall (binds to 127.0.0.1 only; its PINs are public)
//   --data DIR     where tongban.db lives (default ./data, ./data-demo with --demo)
//   --port N       default 7300; 0 picks a free port
//   --host H       default 0.0.0.0 so other PCs in the hall can join (not allowed with --demo)
//   --devices FILE this PC's devices (printer, hall bus) as JSON; the demo runs on simulators
//   --clock T      the hall on a shifted clock from hall-local time T, or fixed:T held (core/clock-option.ts)
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEMO_PINS } from '../core/demo';
import { DEMO_PAD_PIN } from '../core/rating-devices';
import { openHall, type Hall } from '../core/hall';
import { startSetupServer } from './setup-server';
import { loadDevicesConfig } from '../devices/config';
import { startDevices } from '../devices';
import { openFileLog } from '../log/file-log';
import { parseServeArgs } from './serve-args';
import { clockBanner } from '../core/clock-option';
import { windowPages } from '../contract/window-pages';
import { startServer } from './server';
import { hallVoiceDir } from '../voice/clip-files';

async function main() {
  const args = parseServeArgs(process.argv.slice(2));
  const devicesConfig = args.devicesFile ? loadDevicesConfig(args.devicesFile) : {};
  // The hall log (DATA/logs): the core, the devices and the server log into it; warnings also on stderr.
  const fileLog = await openFileLog({ dataDir: args.dataDir, echo: true });
  const log = fileLog.logger;
  process.on('uncaughtExceptionMonitor', (error) => log.error('uncaught exception: the hall stops', error));
  let hall;
  try {
    // This entry is out/main/serve.js: the worker threads' entries are beside it.
    const builtDir = dirname(fileURLToPath(import.meta.url));
    hall = openHall({ dataDir: args.dataDir, demo: args.demo, log, builtDir, ...(args.clock ? { clock: args.clock.clock } : {}) });
  } catch (error) {
    log.error('the hall cannot start', error);
    await fileLog.close();
    throw error;
  }
  const staticDir = join(dirname(fileURLToPath(import.meta.url)), '../renderer');
  let port = args.port;
  if (hall.needsSetup()) port = await firstRunSetup(hall, port, staticDir, args.dataDir);
  const devices = await startDevices({ hall, config: devicesConfig, demo: args.demo, dataDir: args.dataDir, log: log.child('devices') });
  const server = await startServer({ hall, host: args.host, port, staticDir, voiceDir: hallVoiceDir(args.dataDir) });
  console.log(`Tongban hall ${args.demo ? '(demo) ' : ''}running: ${server.url}   data: ${args.dataDir}`);
  console.log(`  hall log ${fileLog.dir}`);
  if (args.clock) console.log(`  ${clockBanner(args.clock)}`);
  log.info('hall started', { url: server.url, demo: args.demo });
  for (const page of windowPages) {
    // The demo kiosk pairs itself with the public demo device PIN; a real kiosk is paired by staff.
    const pairing = args.demo && page === 'kiosk' ? `?pin=${DEMO_PINS.kiosk}` : args.demo && page === 'pad' ? `?window=1&pin=${DEMO_PAD_PIN}` : '';
    console.log(`  ${page.padEnd(8)} ${server.url}/${page}${pairing}`);
  }
  for (const line of devices.banner) console.log(`  ${line}`);
  if (args.demo) {
    console.log(
      `  demo logins: clerks 1001–1004 PIN ${DEMO_PINS.clerk}; admin PIN ${DEMO_PINS.admin}; kiosk device PIN ${DEMO_PINS.kiosk}; pads pad-1…pad-4 PIN ${DEMO_PAD_PIN}`,
    );
  }
  const stop = async () => {
    await server.close();
    await devices.close();
    hall.close();
    log.info('hall stopped');
    await fileLog.close(); // a normal stop writes every line
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

/** Serves only the setup page on 127.0.0.1 until a manager exists; returns the port it used. */
async function firstRunSetup(hall: Hall, port: number, staticDir: string, dataDir: string): Promise<number> {
  const stopped = () => {
    hall.close();
    process.exit(0);
  };
  process.once('SIGINT', stopped);
  process.once('SIGTERM', stopped);
  console.log(`Tongban: ${dataDir} holds no hall yet. Set it up on this PC (nothing is served to the LAN until then):`);
  const setup = await startSetupServer({
    hall,
    port,
    staticDir,
    onCode: (code) => console.log(`  setup code: ${code.slice(0, 4)} ${code.slice(4)}`),
  });
  console.log(`  setup    ${setup.url}/setup.html`);
  hall.log.info('waiting for first-run setup', { url: setup.url });
  await setup.done;
  await setup.close();
  process.off('SIGINT', stopped);
  process.off('SIGTERM', stopped);
  hall.log.info('first-run setup done');
  return setup.port;
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? `tongban: ${error.message}` : error);
  process.exit(1);
});
