// The sync's settings slice: the upstream and its night window, one value under the key `sync` of the
// hall's settings store (null until the manager configures it; an unreadable value reads as null,
// logged, so the sync is off until configured again rather than crashing the hall).
import { z } from 'zod';
import { upstreamFields } from '../contract';
import type { SettingsStore } from '../core/settings-store';
import type { queueSettings } from '../core/settings';

const stored = z.object({
  ...upstreamFields,
  /** Settings stored before masking existed read as the default: mask. */
  maskText: z.boolean().default(true),
});
export type StoredSyncConfig = z.infer<typeof stored>;

export const syncSettings = { sync: stored.nullable().default(null) };

/** What the sync reads: its own slice and the hall's time zone (its night window is hall time). */
export type SyncSettingsStore = SettingsStore<typeof syncSettings & Pick<typeof queueSettings, 'timeZone'>>;
