// The hall core assembled: database, engine, auth, handler map and event fan-out. Runs the same in
// the Electron main process and in plain Node (`npm run serve`, the tests). Never imports electron.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { HallFault, type EventName, type HallEvent, type HallEvents, type HallView, type Session } from '../contract';
import type { DeviceHub, DeviceSlot } from './devices';
import { Auth } from './auth';
import { systemClock, type Clock } from './clock';
import { openDatabase, type Db } from './db';
import { isDemoDatabase, isEmptyHall, seedDemoHall } from './demo';
import { createRun, dispatchOf, sendOf, type Dispatch, type Send } from './dispatch';
import type { Actor } from './engine-parts';
import { QueueEngine } from './engine';
import { createHandlers } from './handlers';
import { asHallLogger, type HallLogger, type LogCallback } from '../log/hall-logger';
import { loggingRefusals } from '../log/refusal-log';
import { syncAttemptLog } from '../log/sync-log';
import { SyncService } from '../sync/service';
import { BackupService, type BackupTuning } from '../backup/service';
import { openCheckedDatabase } from '../backup/startup-check';
import { seedDemoPads } from './rating-devices';
import { RatingDesk } from './ratings';
import { readSettings } from './settings';

export interface HallOptions {
  /** Folder that holds tongban.db; created if missing. */
  dataDir: string;
  demo?: boolean;
  clock?: Clock;
  /**
   * Where faults, refusals and sync attempts go: the hall log (electron/log, a HallLogger) or a plain
   * callback (tests); the console when omitted.
   */
  log?: HallLogger | LogCallback;
  /** Tests: the backup's timers, disk probe and step size. */
  backup?: BackupTuning;
}

export type HallListener = (event: HallEvent) => void;

export interface Hall {
  /** The transports' door (HTTP, WebSocket, IPC): a name and input off the wire, the session of a token. */
  dispatch: Dispatch;
  /** The in-process door, typed from the contract, for the hall's own devices and tests (principal.ts). */
  send: Send;
  /** The session a bearer token stands for, or null. */
  resolve(token: string): Session | null;
  subscribe(listener: HallListener): () => void;
  /** For the device layer: push an event (device.status, print.result) to every client. */
  publish(event: HallEvent): void;
  /** For the device layer: answer devices.list and tickets.reprint through this hub. */
  attachDevices(hub: DeviceHub | null): void;
  view(): HallView;
  readonly engine: QueueEngine;
  /** 好差评: rating requests, timeouts and follow-ups (tests drive its timeouts with expireDue). */
  readonly ratings: RatingDesk;
  /** Backups, the disk check and their alerts (tests await its runs with idle()). */
  readonly backup: BackupService;
  readonly db: Db;
  readonly demo: boolean;
  /** The hall log: the device layer and the LAN server log through it too (child('devices'), child('server')). */
  readonly log: HallLogger;
  close(): void;
}

export class HallSetupError extends Error {}

/** Builds something on an open database, closing the database if that fails (so no handle leaks). */
function closingOnFailure<T>(db: Db, build: () => T): T {
  try {
    return build();
  } catch (error) {
    db.close();
    throw error;
  }
}

export function openHall(options: HallOptions): Hall {
  const clock = options.clock ?? systemClock;
  const log = asHallLogger(options.log);
  mkdirSync(options.dataDir, { recursive: true });
  const db = openCheckedDatabase(options.dataDir, () => openDatabase(join(options.dataDir, 'tongban.db')));
  const demo = options.demo ?? false;
  closingOnFailure(db, () => {
    if (demo && !isEmptyHall(db) && !isDemoDatabase(db)) {
      throw new HallSetupError(`${options.dataDir} holds a real hall; demo mode (public PINs) will not open it`);
    }
    if (demo && isEmptyHall(db)) seedDemoHall(db);
    if (demo) seedDemoPads(db);
    if (!demo && isDemoDatabase(db)) {
      throw new HallSetupError(`${options.dataDir} holds the demo hall (public PINs); open it with --demo or choose another data folder`);
    }
    if (isEmptyHall(db)) {
      throw new HallSetupError(`${options.dataDir} holds no hall configuration yet; start with --demo to try the built-in demo hall`);
    }
  });

  const listeners = new Set<HallListener>();
  const emit = <K extends EventName>(name: K, data: HallEvents[K]) => {
    for (const l of listeners) {
      try {
        l({ name, data } as HallEvent);
      } catch (error) {
        log('event listener failed', error);
      }
    }
  };

  // Bursts of changes (a kiosk rush, a rollover) become one hall.changed per tick.
  let changePending = false;
  const ratings = closingOnFailure(db, () => new RatingDesk(db, clock, (prompt) => emit('rating.prompt', prompt)));
  const engine = closingOnFailure(
    db,
    () =>
      new QueueEngine(
        db,
        clock,
        readSettings(db),
        {
          changed() {
            ratings.flush(); // a finish or a call changed a window's rating state: its pad hears it now
            if (changePending || listeners.size === 0) return;
            changePending = true;
            setImmediate(() => {
              changePending = false;
              // The hall may have been closed meanwhile (close() drops every listener): its database is gone.
              if (listeners.size === 0) return;
              try {
                emit('hall.changed', hall.view());
              } catch (error) {
                log('hall.changed failed', error);
              }
            });
          },
          called(call) {
            emit('ticket.called', call);
          },
          issued(ticket) {
            emit('ticket.issued', ticket);
          },
        },
        ratings,
      ),
  );
  const auth = new Auth(db, clock);
  const devices: DeviceSlot = { hub: null };
  const settings = readSettings(db);
  const syncLog = log.child('sync');
  const logSyncAttempt = syncAttemptLog(syncLog);
  const sync = closingOnFailure(
    db,
    () =>
      new SyncService(
        db,
        clock,
        settings.timeZone,
        (status) => {
          logSyncAttempt(status);
          emit('sync.changed', { running: status.running });
        },
        syncLog,
      ),
  );
  const backup = closingOnFailure(
    db,
    () =>
      new BackupService({
        db,
        clock,
        timeZone: settings.timeZone,
        dataDir: options.dataDir,
        log: log.child('backup'),
        publish: (alerts) => emit('backup.changed', alerts),
        syncState: () => ({ running: sync.status().running, window: sync.status().window }),
        ...options.backup,
      }),
  );
  const handlers = createHandlers({ engine, auth, devices, ratings, sync, backup, logDir: log.dir });
  const keypadActor = (window: number): Actor => {
    const clerk = engine.config.windowViews().find((w) => w.number === window)?.clerk;
    if (!clerk) throw new HallFault('conflict', `nobody is signed in at window ${window}`, undefined, 'window_unstaffed');
    return { user: clerk.id, role: 'clerk' };
  };
  const run = loggingRefusals(createRun({ handlers, keypadActor, log }), log);
  const dispatch = dispatchOf(run);
  // The business day turns over at midnight even when nobody touches the hall.
  // A failure here must not crash the process: it is logged and the next tick (or command) retries.
  const rolloverTimer = setInterval(() => {
    try {
      engine.rollover();
    } catch (error) {
      log('rollover failed', error);
    }
  }, 30_000);
  rolloverTimer.unref();
  ratings.start(log);

  const hall: Hall = {
    dispatch,
    send: sendOf(run),
    resolve: (token) => auth.resolve(token),
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    publish(event) {
      emit(event.name, event.data as never);
    },
    attachDevices(hub) {
      devices.hub = hub;
    },
    view() {
      const result = dispatch('hall.get', {}, null);
      if (!result.ok) throw new Error(result.error.message);
      return result.value as HallView;
    },
    engine,
    ratings,
    backup,
    db,
    demo,
    log,
    close() {
      clearInterval(rolloverTimer);
      sync.close();
      backup.close();
      ratings.close();
      listeners.clear();
      db.close();
    },
  };
  return hall;
}
