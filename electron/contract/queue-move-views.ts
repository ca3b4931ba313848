// What the clerk's queue moves (issue 14) answer with: held tickets (挂起), the no-show that can still be
// undone, today's no-shows that may be re-queued (过号重排), and where a ticket can be transferred.
import type { TicketView } from './ticket-view';

/** Why a clerk calls one particular waiting ticket out of turn (window.callTicket); `other` needs a note. */
export const callReasons = ['appointment', 'returned', 'colleague', 'special_needs', 'other'] as const;
export type CallReason = (typeof callReasons)[number];

/** Refusals of the queue moves (listed with the others in errors.ts conflictReasons). */
export const queueMoveReasons = [
  'requeue_limit',
  'nothing_to_undo',
  'undo_expired',
  'undo_superseded',
  'call_specific_disabled',
  'not_served_here',
  'not_held_here',
] as const;

/** A ticket this window set aside (材料不全): it keeps its number and comes back here. */
export interface HeldTicket extends TicketView {
  heldAt: string;
}

/** This window's last no-show while it may still be undone (until the hall's clock reaches `until`). */
export interface NoShowUndo {
  ticket: TicketView;
  until: string;
}

/** A window's part of the queue moves, in its WindowDetail. */
export interface WindowMoves {
  /** Tickets held at this window, the longest held first. */
  held: HeldTicket[];
  undo: NoShowUndo | null;
  /** How long a no-show can be undone (setting noShowUndoSeconds; 0: no undo). */
  undoSeconds: number;
  /** The hall allows "call this ticket" (setting allowCallSpecific). */
  callSpecific: boolean;
  /** How many places down a re-queued no-show goes (setting requeueOffset). */
  requeueOffset: number;
  /** Ids of the queue's tickets transferred to this window or to its clerk (called here first). */
  directed: number[];
}

/** A no-show of today (hall-wide), newest first: a returning resident's number is found here. */
export interface NoShowTicket extends TicketView {
  noShowAt: string;
  /** Times it was re-queued already; `requeueLeft` more are allowed (setting requeueLimit). */
  requeues: number;
  requeueLeft: number;
}

/** A no-show back in its queue: how many of its queue are called before it now. */
export interface RequeuedTicket extends TicketView {
  requeues: number;
  ahead: number;
}

/** Where the console's transfer dialog may send a ticket besides a service. */
export interface TransferTargets {
  windows: { number: number; name: string; clerk: { id: string; name: string } | null }[];
  /** Active clerks (and managers), each with the window they are signed in at now, if any. */
  clerks: { id: string; name: string; windowNo: number | null }[];
}
