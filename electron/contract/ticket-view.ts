// A ticket as every client sees it: the one shape views.ts and queue-move-views.ts both build on.

export const ticketStates = ['waiting', 'called', 'serving', 'held', 'done', 'no_show', 'transferred', 'cancelled', 'expired'] as const;
export type TicketState = (typeof ticketStates)[number];

export const priorityClasses = ['normal', 'priority', 'appointment'] as const;
export type PriorityClass = (typeof priorityClasses)[number];

export interface TicketView {
  id: number;
  number: string;
  serviceId: string;
  priority: PriorityClass;
  state: TicketState;
  issuedAt: string;
  calledAt: string | null;
  windowNo: number | null;
  recalls: number;
}
