// The live hall view's event (zod-free: the preload bundles the event maps).
import { event } from './event-spec';
import type { LiveView } from './live-views';

export const liveEvents = {
  /** The live hall view, whenever anything in it changed (a burst of changes is one push); the manager's only, as live.get. */
  'live.changed': event<LiveView>({ roles: ['admin'] }),
} as const;
