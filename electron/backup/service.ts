// The hall's backups as the core runs them: the manager's folder, generations and time (stored in
// the hall database), the nightly run after the sync and "back up now", the list of copies, and the
// alerts every console shows: no folder, no good copy within 36 h, the last run failed, disk low.
// Timers are injected and time comes from the hall clock, so the schedule is tested without waiting.
import { HallFault, type BackupAlertKind, type BackupAlertsView, type BackupRunView, type BackupStatusView, type DiskView } from '../contract';
import { toIso, type Clock } from '../core/clock';
import type { Db } from '../core/db';
import type { HallLogger, LogCallback } from '../log/hall-logger';
import type { Timers } from '../core/scheduler';
import { listCopies, newestGoodCopy, recordAndPrune, type CopyEntry } from './copies';
import { isDiskLow, systemStatFs, type StatFs } from './disk';
import { folderProblem } from './folder';
import { restoreCommand, writeBackupLocation } from './location';
import { heldUntil, nextTimeOf, type SyncState } from './schedule';
import type { BackupConfig, BackupSettingsStore } from './settings';
import { takeBackup, type TakeOptions } from './take-backup';

/** No good copy for this long is the `missing` alert. */
export const MISSING_AFTER_MS = 36 * 3600_000;
export const DEFAULT_KEEP = 14;
/** After the default sync window (01:00–05:00). */
export const DEFAULT_TIME = '05:30';
/** How often the disk and the age of the newest copy are looked at. */
export const CHECK_EVERY_MS = 10 * 60_000;

export interface BackupServiceOptions extends TakeOptions {
  db: Db;
  clock: Clock;
  settings: BackupSettingsStore;
  dataDir: string;
  /** The hall log (successful backups are info lines there) or a plain callback. */
  log: HallLogger | LogCallback;
  publish: (alerts: BackupAlertsView) => void;
  /** The nightly sync's state: the backup waits for its window to end and its upload to finish. */
  syncState: () => SyncState;
  /** The hall's scheduler. */
  timers: Timers;
  statfs?: StatFs;
}

/** What a test (or a slow disk) may change of how backups run. */
export type BackupTuning = Pick<BackupServiceOptions, 'statfs' | 'pagesPerStep' | 'onStep'>;

export class BackupService {
  private newest: CopyEntry | null = null;
  private disk: DiskView | null = null;
  private inFlight: Promise<BackupRunView> | null = null;
  private nightTimer: unknown = null;
  private checkTimer: unknown = null;
  private nextAt: number | null = null;
  private published = '';
  private closed = false;
  private readonly timers: Timers;

  constructor(private readonly o: BackupServiceOptions) {
    this.timers = o.timers;
    // A changed folder, time or time zone applies at once, whoever changed it; the folder is also
    // kept beside the database (after the commit), where the start-up check finds it.
    o.settings.watch('backup', (config) => {
      if (config) writeBackupLocation(o.dataDir, config.folder);
      this.apply();
    });
    o.settings.watch('timeZone', () => this.apply());
    this.apply();
  }

  private apply(): void {
    this.check();
    this.scheduleNight(this.o.clock.now());
  }

  private get config(): BackupConfig | null {
    return this.o.settings.get('backup');
  }

  private get lastRun(): BackupRunView | null {
    return this.o.settings.get('backupLastRun');
  }

  private get timeZone(): string {
    return this.o.settings.get('timeZone');
  }

  /** An info line where the log has levels (a plain callback takes every line alike). */
  private info(message: string): void {
    const log = this.o.log;
    if ('info' in log) log.info(message);
    else log(message);
  }

  configure(input: { folder: string; keep?: number | undefined; time?: string | undefined }): BackupStatusView {
    const problem = folderProblem(input.folder, this.o.dataDir);
    if (problem) throw new HallFault('bad_request', `folder ${input.folder} ${problem}`, 'folder');
    const config = { folder: input.folder, keep: input.keep ?? this.config?.keep ?? DEFAULT_KEEP, time: input.time ?? this.config?.time ?? DEFAULT_TIME };
    const unchanged = JSON.stringify(config) === JSON.stringify(this.config);
    this.o.settings.update({ backup: config });
    if (unchanged) this.apply(); // the same folder again (a drive plugged back in): look at it now
    this.info(`backup folder set to ${config.folder} (keep ${config.keep}, nightly at ${config.time})`);
    return this.status();
  }

  /** The manager's "back up now": starts at once (or joins the run in progress) and answers the status. */
  runNow(): BackupStatusView {
    if (!this.config) throw new HallFault('conflict', 'no backup folder is configured yet');
    void this.run(true);
    return this.status();
  }

  /** Resolves when no backup is running (with the last run's result), for tests and shutdown. */
  async idle(): Promise<BackupRunView | null> {
    if (this.inFlight) await this.inFlight;
    return this.lastRun;
  }

  status(): BackupStatusView {
    const now = this.o.clock.now();
    let copies: CopyEntry[] = [];
    if (this.config) {
      try {
        copies = listCopies(this.config.folder);
      } catch {
        copies = []; // the drive is out: the alert says so
      }
    }
    const good = copies.find((c) => c.integrity === 'ok');
    return {
      folder: this.config?.folder ?? null,
      keep: this.config?.keep ?? DEFAULT_KEEP,
      time: this.config?.time ?? DEFAULT_TIME,
      copies: copies.map((c) => ({
        file: c.file,
        path: c.path,
        size: c.size,
        takenAt: toIso(c.takenAt)!,
        ageSeconds: Math.max(0, Math.round((now - c.takenAt) / 1000)),
        integrity: c.integrity,
      })),
      lastRun: this.lastRun,
      running: this.inFlight !== null,
      nextAt: toIso(this.nextAt),
      alerts: this.alerts(),
      disk: this.disk,
      restoreCommand: good ? restoreCommand(good.path, this.o.dataDir) : null,
    };
  }

  alerts(): BackupAlertKind[] {
    const alerts: BackupAlertKind[] = [];
    if (!this.config) alerts.push('not_configured');
    else if (!this.newest || this.o.clock.now() - this.newest.takenAt > MISSING_AFTER_MS) alerts.push('missing');
    if (this.lastRun && !this.lastRun.ok) alerts.push('failed');
    if (this.disk?.low) alerts.push('disk_low');
    return alerts;
  }

  alertsView(): BackupAlertsView {
    return { alerts: this.alerts(), running: this.inFlight !== null };
  }

  close(): void {
    this.closed = true;
    if (this.nightTimer !== null) this.timers.clear(this.nightTimer);
    if (this.checkTimer !== null) this.timers.clear(this.checkTimer);
  }

  private run(manual: boolean): Promise<BackupRunView> {
    if (this.inFlight) return this.inFlight;
    const config = this.config!;
    const started = this.o.clock.now();
    this.inFlight = (async () => {
      await Promise.resolve(); // let `inFlight` be set before anything can end the run
      let result: BackupRunView;
      try {
        const problem = folderProblem(config.folder, this.o.dataDir);
        if (problem) throw new Error(`the backup folder ${config.folder} ${problem}`);
        const copy = await takeBackup(this.o.db, config.folder, started, this.o);
        const removed = recordAndPrune(config.folder, copy, config.keep);
        this.info(
          `backup ${copy.file} written to ${config.folder}: ${copy.size} bytes, integrity ${copy.integrity}${removed.length ? `; removed old copies ${removed.join(', ')}` : ''}`,
        );
        result = { at: toIso(started)!, ok: true, error: null, file: copy.file, manual };
      } catch (error) {
        if (!this.closed) this.o.log(`backup to ${config.folder} failed`, error);
        result = { at: toIso(started)!, ok: false, error: (error as Error).message, file: null, manual };
      }
      this.inFlight = null;
      if (!this.closed) {
        this.o.settings.update({ backupLastRun: result });
        this.check();
      }
      return result;
    })();
    this.publish();
    return this.inFlight;
  }

  /** The disk, the newest good copy and the alerts, looked at now and then every CHECK_EVERY_MS. */
  private check(): void {
    if (this.closed) return;
    try {
      const space = (this.o.statfs ?? systemStatFs)(this.o.dataDir);
      const low = isDiskLow(space);
      if (low && !this.disk?.low)
        this.o.log(`the data folder's disk is nearly full: ${Math.round(space.freeBytes / 2 ** 20)} MiB free of ${Math.round(space.totalBytes / 2 ** 20)} MiB`);
      this.disk = { ...space, low };
    } catch (error) {
      this.o.log('cannot read the free space of the data folder', error);
    }
    this.newest = this.config ? newestGoodCopy(this.config.folder) : null;
    this.publish();
    if (this.checkTimer !== null) this.timers.clear(this.checkTimer);
    this.checkTimer = this.timers.set(() => this.check(), CHECK_EVERY_MS);
  }

  private publish(): void {
    const view = this.alertsView();
    const text = JSON.stringify(view);
    if (text === this.published) return;
    this.published = text;
    this.o.publish(view);
  }

  private scheduleNight(from: number): void {
    if (this.closed) return;
    if (this.nightTimer !== null) this.timers.clear(this.nightTimer);
    this.nightTimer = null;
    this.nextAt = this.config ? nextTimeOf(from, this.config.time, this.timeZone) : null;
    if (this.nextAt !== null) this.arm(this.nextAt);
  }

  private arm(at: number): void {
    this.nextAt = at;
    this.nightTimer = this.timers.set(() => this.nightly(), Math.max(0, at - this.o.clock.now()));
  }

  private nightly(): void {
    if (this.closed || !this.config) return;
    const now = this.o.clock.now();
    const hold = heldUntil(now, this.o.syncState(), this.timeZone);
    if (hold > 0) {
      this.arm(hold);
      return;
    }
    void this.run(false).then(() => this.scheduleNight(this.o.clock.now() + 60_000));
  }
}
