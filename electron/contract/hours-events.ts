// The hours capability's events (zod-free: the preload bundles the event maps).
import { event } from './event-spec';
import type { HoursNowView } from './hours-views';

export const hoursEvents = {
  /** The hours changed (a manager's save) or a service opened, hit its cutoff or closed: the kiosk redraws. */
  'hours.changed': event<HoursNowView>(),
} as const;
