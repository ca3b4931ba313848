// Row shapes of the store and their mapping to the contract's views.
import type { CallView, ItemView, PriorityClass, ServiceView, TicketState, TicketView } from '../contract';
import { toIso } from './clock';

export interface TicketRow {
  id: number;
  business_day: string;
  service_id: string;
  seq: number | null;
  number: string;
  priority: PriorityClass;
  state: TicketState;
  issued_at: number;
  wait_since: number;
  due_at: number | null;
  called_at: number | null;
  started_at: number | null;
  finished_at: number | null;
  window_no: number | null;
  clerk_id: string | null;
  recalls: number;
  outcome: string | null;
  item_code: string | null;
  transferred_from: number | null;
  /** 过号重排: times this no-show was put back into its queue (migration 12). */
  requeues: number;
  /** Transferred to one window / one clerk: only there is it called (migration 12). */
  only_window: number | null;
  only_clerk: string | null;
  /** The window that transferred it to this service: not called there while another open window serves it. */
  not_window: number | null;
  /** When its window last set it aside (state held). */
  held_at: number | null;
}

export interface ServiceRow {
  id: string;
  prefix: string;
  name_zh_cn: string;
  name_zh_tw: string;
  name_en: string;
  daily_cap: number;
  start_number: number;
  avg_service_minutes: number;
  sort: number;
  enabled: number;
}

export interface WindowRow {
  number: number;
  name: string;
  status: 'open' | 'paused' | 'closed';
  pause_reason: string | null;
  clerk_id: string | null;
  current_ticket_id: number | null;
  /** 0: retired (migration 8), kept for its history. */
  enabled: number;
}

export interface ItemRow {
  code: string;
  service_id: string;
  name_zh_cn: string;
  name_zh_tw: string;
  name_en: string;
  kind: 'immediate' | 'deferred';
  /** Working days a deferred item (承诺件) promises; null for an immediate one (migration 6). */
  promised_days: number | null;
  enabled: number;
}

export function ticketView(row: TicketRow): TicketView {
  return {
    id: row.id,
    number: row.number,
    serviceId: row.service_id,
    priority: row.priority,
    state: row.state,
    issuedAt: toIso(row.issued_at)!,
    calledAt: toIso(row.called_at),
    windowNo: row.window_no,
    recalls: row.recalls,
  };
}

/** The announcement of a ticket called (or called back) to its window at `at`. */
export const callOf = (row: TicketRow, at: number): CallView => ({
  number: row.number,
  windowNo: row.window_no!,
  at: new Date(at).toISOString(),
  recall: row.recalls,
});

export const localized = (row: { name_zh_cn: string; name_zh_tw: string; name_en: string }) => ({
  'zh-CN': row.name_zh_cn,
  'zh-TW': row.name_zh_tw,
  en: row.name_en,
});

export function serviceView(row: ServiceRow, waiting: number, estimatedWaitMinutes: number, open: boolean): ServiceView {
  return { id: row.id, prefix: row.prefix, name: localized(row), waiting, estimatedWaitMinutes, open };
}

export function itemView(row: ItemRow): ItemView {
  return { code: row.code, serviceId: row.service_id, name: localized(row), kind: row.kind };
}

/** A001: the service prefix and a three-digit sequence number. */
export const ticketNumber = (prefix: string, seq: number): string => `${prefix}${String(seq).padStart(3, '0')}`;
