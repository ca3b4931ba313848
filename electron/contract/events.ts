// Every event the hall core pushes to its clients, merged from one map per capability. The preload's
// subscriptions, the IPC channels and the WebSocket frames all derive from this map, so an event
// cannot reach browsers and miss the Electron windows. To add one: declare it in its capability's
// *-events.ts and, for a new capability, add its map below. A name declared twice fails at load.
import { announcementEvents } from './announcement-events';
import { backupEvents } from './backup-events';
import { deviceEvents } from './device-events';
import type { EventData, EventSpec } from './event-spec';
import { hoursEvents } from './hours-events';
import { liveEvents } from './live-events';
import { loginEvents } from './login-events';
import { pickupEvents } from './pickup-events';
import { queueEvents } from './queue-events';
import { ratingEvents } from './rating-events';
import { mergeUnique } from './registry';
import { staffingEvents } from './staffing-events';
import { syncEvents } from './sync-events';
import type { Role } from './views';
import { voiceEvents } from './voice-events';

export const events = mergeUnique(
  'event',
  queueEvents,
  deviceEvents,
  ratingEvents,
  syncEvents,
  backupEvents,
  loginEvents,
  voiceEvents,
  announcementEvents,
  hoursEvents,
  staffingEvents,
  pickupEvents,
  liveEvents,
);

export type EventName = keyof typeof events;
export type HallEvents = { [K in EventName]: EventData<(typeof events)[K]> };
export const eventNames = Object.keys(events) as EventName[];

export type HallEvent = { [K in EventName]: { name: K; data: HallEvents[K] } }[EventName];

/** The events only some roles receive, with those roles (from each event's own `roles`). */
export const restrictedEvents: ReadonlyMap<string, readonly Role[]> = new Map(
  Object.entries(events as Record<string, EventSpec<unknown>>).flatMap(([name, spec]) => (spec.roles ? [[name, spec.roles] as const] : [])),
);

/** Whether an event goes to a client of this role (null: no session); an unrestricted one goes to every client. */
export function mayReceive(name: string, role: Role | null): boolean {
  const roles = restrictedEvents.get(name);
  return roles === undefined || (role !== null && roles.includes(role));
}
