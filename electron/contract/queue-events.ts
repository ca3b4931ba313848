// The queue's events (zod-free: the preload bundles the event maps).
import { event } from './event-spec';
import type { CallView, HallView, IssuedTicket } from './views';

export const queueEvents = {
  /** The whole public state of the hall after any change (small: windows, recent calls, counts). */
  'hall.changed': event<HallView>(),
  /** A ticket was called or recalled: the caller screen flashes it and the voice announces it. */
  'ticket.called': event<CallView>(),
  /** A ticket was issued (the print queue and the kiosk that asked for it act on it). */
  'ticket.issued': event<IssuedTicket>(),
} as const;
