// Helpers for the 好差评 tests: the demo hall's pads, and a ticket served and finished at a window.
import type { Session, TicketView } from '../../electron/contract';
import type { InspectableHall } from '../../electron/core/inspectable-hall';
import { DEMO_PAD_PIN, demoPadUser } from '../../electron/core/rating-devices';
import type { RatingRow } from '../../electron/core/rating-rows';
import { issue, login, run } from './hall';

export const padLogin = (hall: InspectableHall, windowNo: number): Session => login(hall, demoPadUser(windowNo), DEMO_PAD_PIN);

/** Issues a ticket of the service, calls it at the clerk's window and finishes it; returns the finished ticket. */
export function serveOne(hall: InspectableHall, kiosk: Session, clerk: Session, windowNo: number, serviceId = 'A', itemCode?: string): TicketView {
  issue(hall, kiosk, serviceId);
  run(hall, 'window.callNext', { window: windowNo }, clerk);
  run(hall, 'window.start', { window: windowNo }, clerk);
  return run(hall, 'window.finish', itemCode ? { window: windowNo, itemCode } : { window: windowNo }, clerk) as TicketView;
}

export function ratingRows(hall: InspectableHall): RatingRow[] {
  return hall.db.prepare('SELECT * FROM ratings ORDER BY id').all() as RatingRow[];
}
