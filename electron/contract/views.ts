// The shapes the core hands to clients. Plain data, JSON-safe, identical over IPC and WebSocket.
import type { WindowMoves } from './queue-move-views';
import type { TicketView } from './ticket-view';

// A ticket's own shape lives in ticket-view.ts (the queue moves' views build on it too).
export { priorityClasses, ticketStates, type PriorityClass, type TicketState, type TicketView } from './ticket-view';

export type Lang = 'zh-CN' | 'zh-TW' | 'en';
export type Localized = Record<Lang, string>;

export const pauseReasons = ['meeting', 'lunch', 'break', 'other'] as const;
export type PauseReason = (typeof pauseReasons)[number];

export const outcomes = ['handled', 'accepted', 'advised', 'materials_missing'] as const;
export type Outcome = (typeof outcomes)[number];

/** pad: the evaluation tablet of one window (a device, like the kiosk), bound to that window. */
export type Role = 'kiosk' | 'clerk' | 'admin' | 'pad';

export interface ServiceView {
  id: string;
  prefix: string;
  name: Localized;
  waiting: number;
  /** Estimated minutes for a ticket taken now. */
  estimatedWaitMinutes: number;
  /** False when the daily cap is reached or the service is closed. */
  open: boolean;
}

export interface IssuedTicket extends TicketView {
  ahead: number;
  estimatedWaitMinutes: number;
  businessDay: string;
}

export type WindowStatus = 'open' | 'paused' | 'closed';

export interface WindowView {
  number: number;
  name: string;
  status: WindowStatus;
  pauseReason: PauseReason | null;
  clerk: { id: string; name: string } | null;
  current: TicketView | null;
}

export interface CallView {
  number: string;
  windowNo: number;
  at: string;
  recall: number;
}

/** What the caller (hall) screen shows: numbers only, never names of residents. */
export interface HallView {
  hallName: string;
  businessDay: string;
  windows: WindowView[];
  recentCalls: CallView[];
  waiting: Record<string, number>;
  /** The scrolling notice of the hall screen; empty shows none. */
  screenNotice: string;
  /** The languages the kiosk offers (a kiosk in another language turns to the first). */
  kioskLanguages: Lang[];
  /** The hall's IANA time zone: the screens' date and clock are the hall's, not the browser's. */
  timeZone: string;
}

export interface WindowDetail extends WindowView {
  primary: string[];
  backup: string[];
  /** Next tickets this window would see, in the order the policy would call them (at most 20). */
  queue: TicketView[];
  /** Held tickets, the no-show it may undo, what the hall allows (issue 14, queue-move-views.ts). */
  moves: WindowMoves;
  servedToday: number;
}

export interface ItemView {
  code: string;
  serviceId: string;
  name: Localized;
  kind: 'immediate' | 'deferred';
  /** Pinyin initials of the Chinese names (户籍证明 → "hjzm"; zh-TW's after a space where they differ), for searching. */
  initials?: string;
}

export interface Session {
  token: string;
  role: Role;
  user: string;
  name: string;
}

/** What a desk keypad's compound step did (window.finishThen): the ticket finished, the one called, the window after. */
export interface WindowStep {
  finished: TicketView | null;
  called: TicketView | null;
  /** The call was held by a hall rule (the finished ticket's rating comes first); the finish stands. */
  held: 'awaiting_rating' | null;
  window: WindowView;
}
