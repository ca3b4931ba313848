// What the manager's configuration pages read: a service as configured (disabled ones too), the hall's
// own settings, and the audit trail of every manager change.
import type { Lang, Localized } from './views';

export interface ServiceConfigView {
  id: string;
  prefix: string;
  name: Localized;
  dailyCap: number;
  startNumber: number;
  enabled: boolean;
  /** The order of the kiosk's tiles (lower first). */
  sort: number;
}

export interface HallSettingsView {
  hallName: string;
  policyMode: 'skill' | 'pure';
  maxWaitMinutes: number;
  /** 绿色通道: at most this many urgent calls in a row per window while normal tickets wait beyond the max wait. */
  priorityStreakMax: number;
  recentCalls: number;
  ticketNotice: string[];
  screenNotice: string;
  kioskLanguages: Lang[];
  /** The clerk's queue moves (issue 14): the no-show's undo time, 过号重排's places and limit, "call this ticket". */
  noShowUndoSeconds: number;
  requeueOffset: number;
  requeueLimit: number;
  allowCallSpecific: boolean;
  /** Where residents' phones reach the hall (the ticket's QR code opens its progress page there); null: no QR code. */
  publicBaseUrl: string | null;
}

/** The hall's notices and the kiosk's languages (the configuration's settings): printed, shown, offered. */
export interface HallNotices {
  ticketNotice: string[];
  screenNotice: string;
  kioskLanguages: Lang[];
}

export interface ItemConfigView {
  code: string;
  serviceId: string;
  name: Localized;
  kind: 'immediate' | 'deferred';
  /** Working days a deferred item (承诺件) promises; null for an immediate one (即办). */
  promisedDays: number | null;
  enabled: boolean;
}

/** One manager change: who, when, what (before → after); append-only. */
export interface AuditEntry {
  id: number;
  at: string;
  businessDay: string;
  userId: string;
  /** What was done, e.g. `service.created`, `service.updated`, `hall.updated`. */
  action: string;
  /** What it was done to, e.g. the service id; null for the hall itself. */
  target: string | null;
  before: unknown;
  after: unknown;
}

export interface AuditPage {
  entries: AuditEntry[];
  /** Pass as `before` for the next (older) page; null when there is none. */
  next: number | null;
}
