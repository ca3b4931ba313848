// Events pushed from the hall core to every client. Like commands, named once here.
import type { BackupAlertsView } from './backup-views';
import type { DeviceStatus, PrintResult } from './device-views';
import type { RatingPrompt } from './rating-views';
import type { CallView, HallView, IssuedTicket } from './views';

export interface HallEvents {
  /** The whole public state of the hall after any change (small: windows, recent calls, counts). */
  'hall.changed': HallView;
  /** A ticket was called or recalled: the caller screen flashes it and the voice announces it. */
  'ticket.called': CallView;
  /** A ticket was issued (the print queue and the kiosk that asked for it act on it). */
  'ticket.issued': IssuedTicket;
  /** A device connected, disconnected, changed state or failed; carries every device's status. */
  'device.status': DeviceStatus[];
  /** A ticket was printed, or could not be. */
  'print.result': PrintResult;
  /** A window's rating state changed (asked, rated, timed out): its pad and console follow it. */
  'rating.prompt': RatingPrompt;
  /**
   * The nightly sync's state changed. Carries no upstream details (events reach every screen): the
   * manager's page asks sync.status, which needs the admin role.
   */
  'sync.changed': { running: boolean };
  /** A backup started or ended, or the backup/disk alerts changed (no paths: every screen hears it). */
  'backup.changed': BackupAlertsView;
}

export type EventName = keyof HallEvents;
export const eventNames: EventName[] = ['hall.changed', 'ticket.called', 'ticket.issued', 'device.status', 'print.result', 'rating.prompt', 'sync.changed', 'backup.changed'];

export type HallEvent = { [K in EventName]: { name: K; data: HallEvents[K] } }[EventName];
