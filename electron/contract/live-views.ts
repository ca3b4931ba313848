// What the manager's live hall view shows (issue 15, electron/live/): the hall now, pushed as
// live.changed whenever any of it changes. Numbers, states and staff only: no resident's personal data
// (the event reaches every screen, as hall.changed does). Times are ISO instants of the hall's clock;
// a screen counts "for how long" from them against `now` (it ticks on its own between pushes).
import type { BackupAlertKind } from './backup-views';
import type { DeviceFault, DeviceKind, PrinterState } from './device-views';
import type { StaffingAlert } from './staffing-views';
import type { TicketState } from './ticket-view';
import type { Localized, PauseReason, WindowStatus } from './views';

export interface LiveWindow {
  number: number;
  name: string;
  status: WindowStatus;
  pauseReason: PauseReason | null;
  /** When the window was paused (its latest window.paused event); null unless paused. */
  pausedAt: string | null;
  clerk: { id: string; name: string } | null;
  /** The ticket at the window, and since when (its call). */
  current: { number: string; serviceId: string; state: TicketState; calledAt: string } | null;
  /** Tickets finished (done) at this window today. */
  servedToday: number;
}

export interface LiveService {
  id: string;
  prefix: string;
  name: Localized;
  waiting: number;
  /** Issue time of the ticket waiting longest now (its wait runs from there); null when nobody waits. */
  longestWaitingSince: string | null;
}

export type LiveAlert =
  /** The staffing alerts (core/staffing-alerts.ts): no window open, or waiters with no open window serving them. */
  | StaffingAlert
  /** The longest wait of a service is above the hall's max wait (maxWaitMinutes; 0 turns this alert off). */
  | { kind: 'wait_over_target'; serviceId: string; since: string; targetMinutes: number }
  /** A device reports a fault (device.status): its id and kind, whether it is connected, the fault code and the printer's paper state. */
  | { kind: 'device_fault'; deviceId: string; deviceKind: DeviceKind; connected: boolean; fault: DeviceFault | null; printer: PrinterState | null }
  /** The backup needs attention (backup.alerts: not configured, missing, failed, disk low). */
  | { kind: 'backup'; alert: BackupAlertKind }
  /** The upstream refused or could not take a day (the last attempt failed, or it was set aside). */
  | { kind: 'sync_failed'; day: string }
  /** A closed day not yet delivered when it should have been (older than yesterday, or yesterday after the night's window). */
  | { kind: 'sync_overdue'; day: string };

export type LiveAlertKind = LiveAlert['kind'];

/** Today's running figures, from the reports capability over today's business day (electron/reports/kpi.ts). */
export interface LiveFigures {
  arrived: number;
  served: number;
  /** Waiting now (all services). */
  waiting: number;
  avgWaitSeconds: number | null;
  /** 满意率: (level 5 + level 4) ÷ residents' ratings; null before the first rating. */
  satisfaction: number | null;
}

export interface LiveView {
  /** The hall's clock when the view was built: a screen ticks its durations from it. */
  now: string;
  businessDay: string;
  /** The hall's IANA zone: the page writes the hall's clock, not the browser's. */
  timeZone: string;
  /** The hall's max wait (minutes, 0: none): the target the waits are held to. */
  maxWaitMinutes: number;
  windows: LiveWindow[];
  services: LiveService[];
  /** The strongest first: staffing, waits, devices, backups, sync. */
  alerts: LiveAlert[];
  figures: LiveFigures;
}

/** What the manager's sign-out of a clerk did: the window now, and the ticket that went back to its queue (if any). */
export interface LiveSignOut {
  window: LiveWindow;
  clerk: { id: string; name: string };
  /** The ticket that was current at the window, waiting again at the head of its queue; null when there was none. */
  returned: { id: number; number: string; serviceId: string } | null;
}
