// Every event the hall core pushes to its clients, merged from one map per capability. The preload's
// subscriptions, the IPC channels and the WebSocket frames all derive from this map, so an event
// cannot reach browsers and miss the Electron windows. To add one: declare it in its capability's
// *-events.ts and, for a new capability, add its map below. A name declared twice fails at load.
import { announcementEvents } from './announcement-events';
import { backupEvents } from './backup-events';
import { deviceEvents } from './device-events';
import type { EventData } from './event-spec';
import { hoursEvents } from './hours-events';
import { liveEvents } from './live-events';
import { loginEvents } from './login-events';
import { pickupEvents } from './pickup-events';
import { queueEvents } from './queue-events';
import { ratingEvents } from './rating-events';
import { mergeUnique } from './registry';
import { staffingEvents } from './staffing-events';
import { syncEvents } from './sync-events';
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
