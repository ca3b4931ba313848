// The login throttle's events (zod-free: the preload bundles the event maps).
import { event } from './event-spec';

export const loginEvents = {
  /**
   * A lock began (a run of wrong PINs reached its limit) or a manager lifted locks. Carries only how
   * many locks are in force (events reach every screen): the manager's page asks auth.lockouts.
   */
  'lockouts.changed': event<{ locked: number }>(),
} as const;
