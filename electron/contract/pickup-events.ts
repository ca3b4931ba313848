// The pickups capability's events (zod-free: the preload bundles the event maps).
import { event } from './event-spec';

export const pickupEvents = {
  /** A pickup record was made or moved on: the consoles' pickup lists reload; the counts are for the badge. */
  'pickups.changed': event<{ ready: number; overdue: number }>(),
} as const;
