// The composition root: opens the database (every capability's migrations), one settings store, one
// scheduler and the event fan-out, then starts the registered capabilities (capabilities.ts) in order
// and joins their handlers behind one door. Runs the same in the Electron main process and in plain
// Node (`npm run serve`, the tests). Never imports electron.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { HallFault, type EventName, type HallEvent, type HallEvents, type HallView, type Session } from '../contract';
import { asHallLogger, type HallLogger, type LogCallback } from '../log/hall-logger';
import { loggingPacedRefusals, loggingRefusals } from '../log/refusal-log';
import type { BackupTuning } from '../backup/service';
import { openCheckedDatabase } from '../backup/startup-check';
import { joinHandlers, type HallContext } from './capability';
import { capabilities, hallSettingSpecs, type HallParts, type HallSettingSpecs } from './capabilities';
import { systemClock, type Clock } from './clock';
import { openReadSnapshot, type Db } from './db';
import { isDemoDatabase, isSetUp } from './demo';
import type { DevicePort } from './device-capability';
import { createPacedRun, createRun, dispatchOf, sendOf, type Dispatch, type PacedRun, type Send } from './dispatch';
import type { Handlers } from './handler-types';
import { openHallDatabase } from './hall-database';
import type { ReportExportDoor } from '../reports/export-door';
import { createLoginDoor, type LoginDoor } from './login-door';
import { createProgressDoor, type ProgressDoor } from './progress-door';
import { realTimers, Scheduler, type Timers } from './scheduler';
import { nextTurn } from './steps';
import { SettingsStore, type SettingSpecs } from './settings-store';

export interface HallOptions {
  /** Folder that holds tongban.db; created if missing. */
  dataDir: string;
  demo?: boolean;
  clock?: Clock;
  /** Where the hall's scheduler takes its timers from (tests: their own); the wall clock's by default. */
  timers?: Timers;
  /**
   * Where faults, refusals and sync attempts go: the hall log (electron/log, a HallLogger) or a plain
   * callback (tests); the console when omitted.
   */
  log?: HallLogger | LogCallback;
  /** Tests: the backup's disk probe and step size. */
  backup?: BackupTuning;
  /** Tests: waited on between two steps of a long read, after the event loop's turn (a gate to hold one mid-way). */
  readPace?: () => Promise<void>;
  /**
   * The built main entries' folder (out/main), where the worker threads' entries are (core/worker-entry.ts);
   * omitted when the hall runs from source (tests, the bench).
   */
  builtDir?: string;
}

/** Long reads stepping at once through the paced door (dispatch.ts createPacedRun); more wait their turn. */
const MAX_LONG_READS = 2;

export type HallListener = (event: HallEvent) => void;

export interface Hall {
  /** The transports' door (HTTP, WebSocket, IPC): a name and input off the wire, the session of a token. */
  dispatch: Dispatch;
  /** The in-process door, typed from the contract, for the hall's own devices and tests (principal.ts). */
  send: Send;
  /**
   * The transports' door for auth.login: the PIN checked off the main thread, throttled per source
   * (the remote address, or LOCAL_SOURCE for the hall PC's windows) and user; answers after the commit.
   */
  login: LoginDoor;
  /**
   * The transports' door for a long read (isPacedCommand: the reports): the same checks as `dispatch`,
   * then its steps on a snapshot of its own, the hall answering everyone else between them.
   */
  paced: PacedRun;
  /**
   * The LAN server's door for a ticket's progress page (`/t/<token>`): public, rate-limited per source
   * (the remote address), nothing personal in the answer.
   */
  progress: ProgressDoor;
  /** The session a bearer token stands for, or null (the transports ask before they dispatch). */
  resolve(token: string): Session | null;
  subscribe(listener: HallListener): () => void;
  view(): HallView;
  /** The device layer's one port into the hall (device-capability.ts). */
  readonly devices: DevicePort;
  readonly demo: boolean;
  /** True until first-run setup made a manager (server/setup-server.ts); nobody can log in until then. */
  needsSetup(): boolean;
  /** The hall log: the device layer and the LAN server log through it too (child('devices'), child('server')). */
  readonly log: HallLogger;
  /** The LAN server's door to the streamed xlsx export, after reports.xlsx checked access and input (reports/export-door.ts). */
  readonly reportExport: ReportExportDoor;
  close(): void;
}

/** The hall's inner parts: for tests and benchmarks only (inspectable-hall.ts; the lint keeps them out of the app). */
export type HallInner = Pick<HallParts, 'engine' | 'ratings' | 'backup' | 'sync' | 'auth'> & {
  readonly db: Db;
  readonly settings: SettingsStore<HallSettingSpecs>;
};

export class HallSetupError extends Error {}

function openDemoChecked(options: HallOptions): Db {
  const db = openCheckedDatabase(options.dataDir, () => openHallDatabase(join(options.dataDir, 'tongban.db')));
  const demo = options.demo ?? false;
  try {
    // The demo hall itself is set up by the config capability (config/demo-hall.ts) once it starts.
    if (demo && isSetUp(db) && !isDemoDatabase(db)) {
      throw new HallSetupError(`${options.dataDir} holds a real hall; demo mode (public PINs) will not open it`);
    }
    if (!demo && isDemoDatabase(db)) {
      throw new HallSetupError(`${options.dataDir} holds the demo hall (public PINs); open it with --demo or choose another data folder`);
    }
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

export function openHall(options: HallOptions): Hall {
  return assembleHall(options).hall;
}

/** Opens a hall and hands back its inner parts too (only inspectable-hall.ts uses those). */
export function assembleHall(options: HallOptions): { hall: Hall; inner: HallInner } {
  const clock = options.clock ?? systemClock;
  const log = asHallLogger(options.log);
  mkdirSync(options.dataDir, { recursive: true });
  const db = openDemoChecked(options);
  const demo = options.demo ?? false;

  const listeners = new Set<HallListener>();
  // Capabilities' own listeners (ctx.subscribe): they hear every event but are not an audience (listening()).
  const inner = new Set<HallListener>();
  const emit = <K extends EventName>(name: K, data: HallEvents[K]) => {
    for (const l of [...inner, ...listeners]) {
      try {
        l({ name, data } as HallEvent);
      } catch (error) {
        log('event listener failed', error);
      }
    }
  };
  const settings = new SettingsStore(db, hallSettingSpecs, log);
  const scheduler = new Scheduler(options.timers ?? realTimers, log);
  const ctx: HallContext<SettingSpecs> = {
    db,
    clock,
    dataDir: options.dataDir,
    demo,
    settings,
    scheduler,
    log,
    emit,
    listening: () => listeners.size > 0,
    subscribe(listener) {
      inner.add(listener);
      return () => inner.delete(listener);
    },
    tuning: { backup: options.backup },
    builtDir: options.builtDir ?? null,
  };

  const parts: Record<string, unknown> = {};
  const handlerMaps: Partial<Handlers>[] = [];
  const closers: (() => void)[] = [];
  let open = true;
  const closeAll = () => {
    open = false;
    scheduler.close();
    for (const close of closers.splice(0).reverse()) close();
    listeners.clear();
    inner.clear();
    db.close();
  };
  let handlers: Handlers;
  try {
    for (const capability of capabilities.all) {
      const started = capability.start(ctx, parts);
      Object.assign(parts, started.provides);
      handlerMaps.push(started.handlers);
      if (started.close) closers.push(() => started.close!());
    }
    handlers = joinHandlers(handlerMaps); // a command handled twice, or not at all, stops the hall here
  } catch (error) {
    closeAll();
    throw error;
  }
  const { engine, ratings, backup, sync, auth, keypadActor, devicePort, isSetUp: setUp, deviceSeen, ticketLinks, reportExport } = parts as HallParts;
  const run = loggingRefusals(createRun({ handlers, keypadActor, log, db }), log);
  const dispatch = dispatchOf(run);
  const between = async () => {
    await nextTurn();
    await options.readPace?.();
    if (!open) throw new HallFault('internal', 'the hall closed during the report');
  };
  const openReader = () => openReadSnapshot(db.name);
  const paced = loggingPacedRefusals(createPacedRun({ handlers, keypadActor, log, db, openReader, between, maxRunning: MAX_LONG_READS }), log);

  const hall: Hall = {
    dispatch,
    send: sendOf(run),
    login: createLoginDoor(auth, log, () => open),
    paced,
    progress: createProgressDoor(engine, ticketLinks, clock, log),
    resolve: (token) => deviceSeen(auth.resolve(token)), // a device's use is its last seen (pairing/)
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    view() {
      const result = dispatch('hall.get', {}, null);
      if (!result.ok) throw new Error(result.error.message);
      return result.value as HallView;
    },
    devices: devicePort,
    demo,
    needsSetup: () => !setUp(),
    log,
    reportExport,
    close: closeAll,
  };
  return { hall, inner: { engine, ratings, backup, sync, auth, db, settings } };
}
