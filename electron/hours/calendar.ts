// The hall's calendar as other capabilities see it (the hours capability provides it as `calendar`):
// working days for promised dates (pickups), "is the hall open now?" (staffing alerts), the day's end.
import type { HallSchedule } from '../shared/calendar/schedule';
import type { WorkCalendar } from '../shared/calendar/working-days';

/** What other capabilities read of the hall's calendar (pickups' promised dates, staffing alerts). */
export interface HallCalendar {
  schedule(): HallSchedule;
  workCalendar(): WorkCalendar;
  isOpenAt(ms: number): boolean;
  /** When the hall's last period of a business day ends (null: closed that day, or open at all hours). */
  lastClosingOf(day: string): number | null;
}
