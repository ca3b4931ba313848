// The pickups' part in the queue: at a ticket's 办结 with a deferred item it makes the pickup record
// in the engine's own transaction (a finish that rolls back leaves none); a 取件 ticket finished as
// handled hands the result over in the same way. The kiosk's 取件 ticket and the clerk's one-step
// handover run as one engine operation each.
import { HallFault, type PickupDetail, type Lang, type PickupTakeResult, type TicketView } from '../contract';
import { businessDayOf } from '../core/clock';
import type { QueueEngine } from '../core/engine';
import type { Actor } from '../core/engine-parts';
import { statementCache, type Db } from '../core/db';
import type { ItemRow, TicketRow } from '../core/rows';
import type { TicketHooks } from '../core/ticket-hooks';
import type { PickupBook, PickupRow } from './pickup-book';

export class PickupDesk implements TicketHooks {
  private readonly sql;

  constructor(
    db: Db,
    private readonly book: PickupBook,
    private readonly engine: QueueEngine,
    /** Something changed (maybe not committed yet): the capability pushes pickups.changed after the next commit. */
    private readonly touched: () => void,
  ) {
    this.sql = statementCache(db);
  }

  beforeCall(): void {}

  afterTransition(ticketId: number, windowNo: number, type: string, user: string): void {
    if (type !== 'ticket.done') return;
    const ticket = this.sql('SELECT * FROM tickets WHERE id = ?').get(ticketId) as TicketRow;
    const pickup = this.book.forTicket(ticketId);
    if (pickup) {
      // A 取件 ticket: handled means the result went over the counter (unless staff already closed the record).
      if (ticket.outcome === 'handled' && pickup.state === 'ready') this.book.advance(pickup.code, 'handed_over', user, ticketId);
    } else if (ticket.item_code !== null) {
      const item = this.sql('SELECT * FROM items WHERE code = ?').get(ticket.item_code) as ItemRow;
      if (item.kind === 'deferred') this.book.create(ticketId, item, windowNo, user, ticket.business_day);
    }
    this.touched();
  }

  /** The pickup record of the ticket at this window now, if that ticket is a 取件 ticket. */
  atWindow(windowNo: number): PickupRow | null {
    const w = this.sql('SELECT current_ticket_id FROM windows WHERE number = ?').get(windowNo) as { current_ticket_id: number | null } | undefined;
    if (!w) throw new HallFault('not_found', `no such window: ${windowNo}`, 'window');
    return w.current_ticket_id === null ? null : this.book.forTicket(w.current_ticket_id);
  }

  /** Hands the result over and finishes the 取件 ticket, together. */
  handOver(windowNo: number, actor: Actor): { pickup: PickupDetail; ticket: TicketView } {
    return this.engine.atomically(() => {
      const pickup = this.atWindow(windowNo);
      if (!pickup) throw new HallFault('conflict', `the ticket at window ${windowNo} is not a 取件 ticket`, 'window', 'not_a_pickup_ticket');
      if (pickup.state !== 'ready') throw new HallFault('conflict', `pickup ${pickup.code} is ${pickup.state}, not ready`, 'window', 'pickup_state');
      const ticket = this.engine.tickets.finish(windowNo, actor, 'handled', pickup.item_code);
      return { pickup: this.book.detail(pickup.code, this.engine.businessDay), ticket };
    });
  }

  /**
   * A resident's pickup code at the kiosk: a ready record gets a ticket of its item's service marked
   * 取件 (linked to the record); otherwise the reason, and when it is promised. An unknown code is 404.
   */
  take(code: string, actor: Actor, lang?: Lang): PickupTakeResult {
    this.engine.rollover();
    const pickup = this.book.byCode(code);
    const itemName = this.book.itemName(pickup);
    if (pickup.state === 'handed_over' || pickup.state === 'delivered') {
      return { outcome: pickup.state, day: this.dayOfLastChange(pickup), itemName };
    }
    if (pickup.state !== 'ready') return { outcome: 'not_ready', promisedDay: pickup.promised_day, itemName };
    const waiting = this.book.openTicket(pickup, this.engine.businessDay);
    if (waiting) return { outcome: 'already_waiting', ticketNumber: waiting, itemName };
    const serviceId = (this.sql('SELECT service_id FROM items WHERE code = ?').get(pickup.item_code) as { service_id: string }).service_id;
    const ticket = this.engine.atomically(() => {
      const issued = this.engine.issue(serviceId, 'normal', actor, undefined, lang);
      this.book.linkTicket(pickup, issued.id, actor.user);
      return issued;
    });
    this.touched();
    return { outcome: 'issued', ticket, itemName };
  }

  /** The business day it was handed over or delivered, in the hall's time zone. */
  private dayOfLastChange(pickup: PickupRow): string {
    return businessDayOf(pickup.changed_at, this.engine.timeZone);
  }
}
