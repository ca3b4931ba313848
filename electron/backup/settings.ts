// The backup's settings slice in the hall's settings store: the folder, how many copies to keep and
// the nightly time (null until configured), and the last run (state kept beside them). Validated on
// read: a hand-edited value reads as null with a log line (backups off), never a crashed hall.
import { z } from 'zod';
import { backupFields } from '../contract';
import type { queueSettings } from '../core/settings';
import type { SettingsStore } from '../core/settings-store';

const config = z.object(backupFields);
export type BackupConfig = z.infer<typeof config>;

const run = z.object({ at: z.string(), ok: z.boolean(), error: z.string().nullable(), file: z.string().nullable(), manual: z.boolean() });

export const backupSettings = {
  backup: config.nullable().default(null),
  backupLastRun: run.nullable().default(null),
};

/** What the backup reads: its own slice and the hall's time zone (the nightly time is hall time). */
export type BackupSettingsStore = SettingsStore<typeof backupSettings & Pick<typeof queueSettings, 'timeZone'>>;
