// Events pushed from the hall core to every client. Like commands, named once here.
import type { CallView, HallView } from './views';

export interface HallEvents {
  /** The whole public state of the hall after any change (small: windows, recent calls, counts). */
  'hall.changed': HallView;
  /** A ticket was called or recalled: the caller screen flashes it and the voice announces it. */
  'ticket.called': CallView;
}

export type EventName = keyof HallEvents;
export const eventNames: EventName[] = ['hall.changed', 'ticket.called'];

export type HallEvent = { [K in EventName]: { name: K; data: HallEvents[K] } }[EventName];
