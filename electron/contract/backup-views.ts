// What the manager and the consoles see of the hall's backups and of the data folder's disk.

/** Why the hall needs a person's attention about its backups or its disk. */
export const backupAlertKinds = ['not_configured', 'missing', 'failed', 'disk_low'] as const;
export type BackupAlertKind = (typeof backupAlertKinds)[number];

export interface BackupCopyView {
  /** File name inside the backup folder, e.g. tongban-20261124-053000.db. */
  file: string;
  /** Full path, for the restore command. */
  path: string;
  size: number;
  takenAt: string;
  /** Seconds since it was taken, on the hall clock. */
  ageSeconds: number;
  /** The copy's PRAGMA integrity_check when it was taken: 'ok', its first problem, or null if unknown (not made by this hall). */
  integrity: string | null;
}

export interface BackupRunView {
  at: string;
  ok: boolean;
  /** What went wrong, in words (English, for logs); null when ok. */
  error: string | null;
  file: string | null;
  manual: boolean;
}

export interface DiskView {
  /** The data folder's volume. */
  freeBytes: number;
  totalBytes: number;
  low: boolean;
}

export interface BackupStatusView {
  /** The folder the copies go to (a USB drive, a network share); null until the manager sets one. */
  folder: string | null;
  /** Generations kept; older copies beyond this are removed (copies only, never the live database). */
  keep: number;
  /** HH:mm hall time; the nightly backup waits for the nightly sync to finish first. */
  time: string;
  copies: BackupCopyView[];
  lastRun: BackupRunView | null;
  running: boolean;
  nextAt: string | null;
  alerts: BackupAlertKind[];
  disk: DiskView | null;
  /** The exact command that puts the newest good copy back, or null when there is none. */
  restoreCommand: string | null;
}

/** What every staff screen may know (no paths): pushed as backup.changed and answered by backup.alerts. */
export interface BackupAlertsView {
  alerts: BackupAlertKind[];
  running: boolean;
}
