// What the Electron main process does once the app is ready, with Electron passed in (index.ts passes
// the real modules, tests pass fakes): read this PC's config, run the hall core and LAN server in hall
// mode, wire IPC, open the configured windows.
import { dirname, join, resolve } from 'node:path';
import type { App, BrowserWindow, Session as ElectronSession } from 'electron';
import { DEMO_PINS } from '../core/demo';
import { openHall, type Hall } from '../core/hall';
import { clockBanner, parseClockOption, type ClockOption } from '../core/clock-option';
import { startDevices, type RunningDevices } from '../devices';
import { openFileLog, type FileLog } from '../log/file-log';
import { startServer, type RunningServer } from '../server/server';
import { loadPcConfig, parseMainArgs, planLaunch, type ConfigSource, type LaunchPlan } from './config';
import { wireHallIpc, type HallIpc, type IpcDeps } from './ipc';
import { runSetupWindow } from './setup-window';
import { trustedUrl } from './trust';
import { serveVoiceFiles, type VoiceProtocolDeps } from './voice-protocol';
import { openRoleWindow, type PageSource, type WindowFactory } from './windows';
import { hallVoiceDir } from '../voice/clip-files';

export interface ElectronDeps extends WindowFactory, Partial<VoiceProtocolDeps> {
  app: Pick<App, 'getPath'>;
  ipcMain: IpcDeps['ipcMain'];
  session: { defaultSession: Pick<ElectronSession, 'setPermissionRequestHandler' | 'setPermissionCheckHandler'> };
}

export interface StartOptions {
  /** process.argv without the executable; Electron's and Chromium's own switches are ignored. */
  argv: string[];
  /** The build output folder holding renderer/ and preload/ (out/). */
  outDir: string;
  /** The console (start lines); everything also goes to the hall log file. */
  log?: (message: string) => void;
  /** process.resourcesPath: the installed app's resources/ (voice clips a hall may replace) are below it. */
  resourcesPath?: string;
}

export interface RunningApp {
  plan: LaunchPlan;
  windows: BrowserWindow[];
  hall: Hall | null;
  server: RunningServer | null;
  /** Why the LAN server did not start (the windows on this PC still work over IPC). */
  serverError: string | null;
  ipc: HallIpc | null;
  /** The hall log in <data>/logs: the core, the devices, the LAN server and this glue log into it. */
  fileLog: FileLog;
  stop(): Promise<void>;
}

/** The only permission a page gets is fullscreen; no camera, microphone, geolocation, notifications. */
function denyPermissions(session: ElectronDeps['session']): void {
  session.defaultSession.setPermissionRequestHandler((_contents, permission, callback) => callback(permission === 'fullscreen'));
  session.defaultSession.setPermissionCheckHandler((_contents, permission) => permission === 'fullscreen');
}

export function configSource(argvConfig: string | undefined, userData: string): ConfigSource {
  return argvConfig ? { path: resolve(argvConfig), explicit: true } : { path: join(userData, 'tongban.json'), explicit: false };
}

/** Throws ConfigError / HallSetupError for problems a person must fix; index.ts shows them. */
export async function startApp(deps: ElectronDeps, options: StartOptions): Promise<RunningApp> {
  const print = options.log ?? ((message: string) => console.log(`[tongban] ${message}`));
  const args = parseMainArgs(options.argv);
  const userData = deps.app.getPath('userData');
  const source = configSource(args.config, userData);
  const plan = {
    ...planLaunch(args, loadPcConfig(source), { userData, configDir: dirname(source.path) }),
    clock: args.clock ? parseClockOption(args.clock) : null,
  };
  // The same hall log as `npm run serve`, handed to the core: its faults no longer go to a console nobody sees.
  const fileLog = await openFileLog({ dataDir: plan.dataDir, echo: true });
  const hallLog = fileLog.logger;
  const log = (message: string) => {
    print(message);
    hallLog.info(message);
  };
  const onCrash = (error: Error) => hallLog.error('uncaught exception: the app stops', error);
  process.on('uncaughtExceptionMonitor', onCrash);
  try {
    const running = await startWith(deps, options, plan, fileLog, log);
    const stop = running.stop;
    return {
      ...running,
      async stop() {
        process.off('uncaughtExceptionMonitor', onCrash);
        await stop();
      },
    };
  } catch (error) {
    hallLog.error('the app cannot start', error);
    process.off('uncaughtExceptionMonitor', onCrash);
    await fileLog.close();
    throw error;
  }
}

async function startWith(
  deps: ElectronDeps,
  options: StartOptions,
  plan: LaunchPlan & { clock: ClockOption | null },
  fileLog: FileLog,
  log: (message: string) => void,
): Promise<RunningApp> {
  const hallLog = fileLog.logger;
  const rendererDir = join(options.outDir, 'renderer');
  denyPermissions(deps.session);

  let hall: Hall | null = null;
  let server: RunningServer | null = null;
  let devices: RunningDevices | null = null;
  let serverError: string | null = null;
  let ipc: HallIpc | null = null;
  let pages: PageSource;
  let port = plan.server.port;
  let setupWindow: BrowserWindow | null = null;
  const isTrustedUrl = trustedUrl({ rendererDir, hallOrigin: plan.mode === 'client' ? plan.hallUrl : null });

  if (plan.mode === 'hall') {
    const builtDir = join(options.outDir, 'main');
    hall = openHall({ dataDir: plan.dataDir, demo: plan.demo, log: hallLog, builtDir, ...(plan.clock ? { clock: plan.clock.clock } : {}) });
    if (plan.clock) log(clockBanner(plan.clock));
    if (hall.needsSetup()) ({ port, window: setupWindow } = await runSetupWindow(deps, { hall, port, rendererDir, log }));
    devices = await startDevices({ hall, config: plan.devices, demo: plan.demo, dataDir: plan.dataDir, log: hallLog.child('devices') });
    for (const line of devices.banner) log(line);
    try {
      server = await startServer({ hall, host: plan.server.host, port, staticDir: rendererDir, voiceDir: hallVoiceDir(plan.dataDir) });
      log(`hall ${plan.demo ? '(demo) ' : ''}running: ${server.url}   data: ${plan.dataDir}`);
      if (plan.demo) log(`demo logins: clerks 1001–1004 PIN ${DEMO_PINS.clerk}; admin PIN ${DEMO_PINS.admin}`);
    } catch (error) {
      serverError = `the LAN server could not start on ${plan.server.host}:${port}: ${(error as Error).message}`;
      hallLog.child('server').error(serverError, error);
    }
    ipc = wireHallIpc({ hall, ipcMain: deps.ipcMain, isTrustedUrl, log: hallLog });
    pages = { kind: 'file', rendererDir };
    // The pages play voice/… from disk: the hall's own recordings first (as the LAN server does).
    if (deps.protocol && deps.net) {
      serveVoiceFiles({ protocol: deps.protocol, net: deps.net }, { dataDir: plan.dataDir, resourcesPath: options.resourcesPath, rendererDir });
    }
  } else {
    pages = { kind: 'http', origin: plan.hallUrl! };
    log(`client of the hall at ${plan.hallUrl}`);
  }

  const preload = plan.mode === 'hall' ? join(options.outDir, 'preload', 'index.cjs') : null;
  const windows = plan.windows.map((spec, index) => {
    const win = openRoleWindow(deps, { spec, source: pages, preload, dev: plan.dev, index, isTrustedUrl, log: (m) => hallLog.warn(m) });
    ipc?.addWindow(win.webContents, { kiosk: spec.role === 'kiosk' });
    return win;
  });
  if (setupWindow && !setupWindow.isDestroyed()) setupWindow.close();

  let stopped = false;
  return {
    plan,
    windows,
    hall,
    server,
    serverError,
    ipc,
    fileLog,
    async stop() {
      if (stopped) return;
      stopped = true;
      ipc?.dispose();
      await server?.close();
      await devices?.close();
      hall?.close();
      hallLog.info('stopped');
      await fileLog.close(); // a normal quit writes every line
    },
  };
}
