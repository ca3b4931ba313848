// What the pickups capability (承诺件 / 收受分离) shows: a deferred item's pickup record, its history,
// and what the kiosk answers a resident who types a pickup code.
import type { IssuedTicket, Localized } from './views';

/** accepted → processing → ready → handed_over (at the window) or delivered (mailed). */
export const pickupStates = ['accepted', 'processing', 'ready', 'handed_over', 'delivered'] as const;
export type PickupState = (typeof pickupStates)[number];

/** A pickup code: six digits a resident can read off a slip and type on the kiosk's keypad. */
export const PICKUP_CODE_DIGITS = 6;

export interface PickupView {
  code: string;
  state: PickupState;
  itemCode: string;
  itemName: Localized;
  serviceId: string;
  /** The ticket at whose 办结 the item was accepted. */
  ticketNumber: string;
  windowNo: number;
  clerkId: string;
  /** Business days, yyyy-MM-dd. promisedDay is null for a deferred item without promised days. */
  acceptedDay: string;
  promisedDay: string | null;
  /** Promised day passed and neither handed over nor delivered. */
  overdue: boolean;
  changedAt: string;
}

export interface PickupEventView {
  at: string;
  from: PickupState | null;
  to: PickupState;
  user: string;
  /** The 取件 ticket taken at the kiosk (to stays ready), or the ticket a handover finished. */
  ticketNumber: string | null;
}

export interface PickupDetail extends PickupView {
  events: PickupEventView[];
}

/** The kiosk's answer to a pickup code that is known: a 取件 ticket, or why not (and when). */
export type PickupTakeResult =
  | { outcome: 'issued'; ticket: IssuedTicket; itemName: Localized }
  | { outcome: 'already_waiting'; ticketNumber: string; itemName: Localized }
  | { outcome: 'not_ready'; promisedDay: string | null; itemName: Localized }
  | { outcome: 'handed_over' | 'delivered'; day: string; itemName: Localized };
