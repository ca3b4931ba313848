// The business day ends at the hall's last closing (or at midnight when it keeps no hours that day or
// none at all): the tickets still waiting then expire (kept, never deleted), so nobody waits for a call
// that will not come and the next day starts clean. The midnight rollover (engine.rollover) closes the
// rest: tickets still at a window, windows still staffed, duty records at the clerk's last action.
import type { QueueEngine } from '../core/engine';
import { isConfigured } from '../shared/calendar/schedule';
import type { HallCalendar } from './calendar';

/** Run on the hours watch: after today's last closing, today's unserved tickets expire at that closing. */
export function endDayAtClosing(engine: QueueEngine, calendar: HallCalendar, now: number): number {
  if (!isConfigured(calendar.schedule())) return 0; // open at all hours: the day ends at midnight
  engine.rollover(); // after midnight, "today" is the new day, not the one whose closing has passed
  const closing = calendar.lastClosingOf(engine.businessDay);
  if (closing === null || now < closing) return 0;
  if (!engine.config.allServices().some((s) => engine.waiting(s.id) > 0)) return 0; // nothing to expire: no write
  return engine.closeToday(closing);
}
