// The manager's desk is a list of pages, one line each: the navigation, the page shown and its test id
// (`admin-nav-<id>`) all follow from this list. A new page is its component file plus one line here,
// with its title under `adminNav.<id>` in the three locale files.
import type { ComponentType } from 'react';
import { AppointmentsPage } from './appointments/AppointmentsPage';
import { AuditPage } from './AuditPage';
import { BackupPanel } from './BackupPanel';
import { ClerksPage } from './ClerksPage';
import { DevicesPage } from './DevicesPage';
import { AppraisalPage } from './duty/AppraisalPage';
import { DutyPage } from './duty/DutyPage';
import { FollowUpsPage } from './FollowUpsPage';
import { HallPage } from './HallPage';
import { HoursPage } from './HoursPage';
import { ItemsPage } from './ItemsPage';
import { LivePage } from './live/LivePage';
import { LockoutsPage } from './LockoutsPage';
import { LogPanel } from './LogPanel';
import { RatingSettingsForm } from './RatingSettingsForm';
import { ReportsPage } from './reports/ReportsPage';
import { ServicesPage } from './ServicesPage';
import { SyncPanel } from './SyncPanel';
import { TransferPage } from './TransferPage';
import { VoicePage } from './VoicePage';
import type { Admin } from './useAdmin';
import { WindowsPage } from './WindowsPage';

export interface AdminPage {
  id: string;
  /** Pages of one group sit together in the navigation. */
  group: 'daily' | 'config' | 'operations';
  Page: ComponentType<{ admin: Admin }>;
  /** The page shows the hall's alerts itself (the live hall): the desk's alert banners would only repeat them. */
  ownAlerts?: boolean;
}

// prettier-ignore
export const adminPages: readonly AdminPage[] = [
  { id: 'live', group: 'daily', Page: LivePage, ownAlerts: true },
  { id: 'followups', group: 'daily', Page: FollowUpsPage },
  { id: 'audit', group: 'daily', Page: AuditPage },
  { id: 'appointments', group: 'daily', Page: AppointmentsPage },
  { id: 'reports', group: 'daily', Page: ReportsPage },
  { id: 'duty', group: 'daily', Page: DutyPage },
  { id: 'appraisal', group: 'daily', Page: AppraisalPage },
  { id: 'services', group: 'config', Page: ServicesPage },
  { id: 'items', group: 'config', Page: ItemsPage },
  { id: 'hall', group: 'config', Page: HallPage },
  { id: 'windows', group: 'config', Page: WindowsPage },
  { id: 'clerks', group: 'config', Page: ClerksPage },
  { id: 'ratings', group: 'config', Page: RatingSettingsForm },
  { id: 'transfer', group: 'config', Page: TransferPage },
  { id: 'devices', group: 'config', Page: DevicesPage },
  { id: 'voice', group: 'config', Page: VoicePage },
  { id: 'hours', group: 'config', Page: HoursPage },
  { id: 'sync', group: 'operations', Page: SyncPanel },
  { id: 'backup', group: 'operations', Page: BackupPanel },
  { id: 'log', group: 'operations', Page: LogPanel },
  { id: 'lockouts', group: 'operations', Page: LockoutsPage },
];

export const adminGroups = ['daily', 'config', 'operations'] as const;
