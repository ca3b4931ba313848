// The staffing alerts' event (zod-free: the preload bundles the event maps).
import { event } from './event-spec';
import type { StaffingView } from './staffing-views';

export const staffingEvents = {
  /** The staffing alerts, whenever they change (raised or cleared): the consoles and the admin page follow it. */
  'staffing.changed': event<StaffingView>(),
} as const;
