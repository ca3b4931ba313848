// The nightly sync's events (zod-free: the preload bundles the event maps).
import { event } from './event-spec';

export const syncEvents = {
  /**
   * The nightly sync's state changed. Carries no upstream details (events reach every screen): the
   * manager's page asks sync.status, which needs the admin role.
   */
  'sync.changed': event<{ running: boolean }>(),
} as const;
