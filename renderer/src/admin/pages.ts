// The manager's desk is a list of pages, one line each: the navigation, the page shown and its test id
// (`admin-nav-<id>`) all follow from this list. A new page is its component file plus one line here,
// with its title under `adminNav.<id>` in the three locale files.
import type { ComponentType } from 'react';
import { BackupPanel } from './BackupPanel';
import { DevicesPage } from './DevicesPage';
import { FollowUpsPage } from './FollowUpsPage';
import { LogPanel } from './LogPanel';
import { RatingSettingsForm } from './RatingSettingsForm';
import { SyncPanel } from './SyncPanel';
import type { Admin } from './useAdmin';

export interface AdminPage {
  id: string;
  /** Pages of one group sit together in the navigation. */
  group: 'daily' | 'config' | 'operations';
  Page: ComponentType<{ admin: Admin }>;
}

// prettier-ignore
export const adminPages: readonly AdminPage[] = [
  { id: 'followups', group: 'daily', Page: FollowUpsPage },
  { id: 'ratings', group: 'config', Page: RatingSettingsForm },
  { id: 'devices', group: 'config', Page: DevicesPage },
  { id: 'sync', group: 'operations', Page: SyncPanel },
  { id: 'backup', group: 'operations', Page: BackupPanel },
  { id: 'log', group: 'operations', Page: LogPanel },
];

export const adminGroups = ['daily', 'config', 'operations'] as const;
