// What the queue engine lets another part of the core add to its own transactions, so a change and
// its consequences commit (or roll back) together. The ratings desk implements these.

export interface TicketHooks {
  /** Inside the transaction of window.callNext, before a ticket is picked: may refuse by throwing. */
  beforeCall(windowNo: number, now: number): void;
  /** Inside the transaction that moved a window's ticket on (serving, done, no-show, transferred). */
  afterTransition(ticketId: number, windowNo: number, type: string, user: string, now: number): void;
}

export const noTicketHooks: TicketHooks = { beforeCall() {}, afterTransition() {} };
