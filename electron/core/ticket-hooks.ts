// What the queue engine lets another part of the core add to its own transactions, so a change and
// its consequences commit (or roll back) together. The ratings desk implements these; a capability
// started after the queue adds its own through the queue's TicketHookChain (e.g. pickups).

export interface TicketHooks {
  /** Inside the transaction of window.callNext, before a ticket is picked: may refuse by throwing. */
  beforeCall(windowNo: number, now: number): void;
  /** Inside the transaction that moved a window's ticket on (serving, done, no-show, transferred). */
  afterTransition(ticketId: number, windowNo: number, type: string, user: string, now: number): void;
}

export const noTicketHooks: TicketHooks = { beforeCall() {}, afterTransition() {} };

/** Several hooks as one, run in the order added (the first, the ratings desk, given at construction). */
export class TicketHookChain implements TicketHooks {
  private readonly all: TicketHooks[];

  constructor(...first: TicketHooks[]) {
    this.all = [...first];
  }

  add(hooks: TicketHooks): void {
    this.all.push(hooks);
  }

  beforeCall(windowNo: number, now: number): void {
    for (const h of this.all) h.beforeCall(windowNo, now);
  }

  afterTransition(ticketId: number, windowNo: number, type: string, user: string, now: number): void {
    for (const h of this.all) h.afterTransition(ticketId, windowNo, type, user, now);
  }
}
