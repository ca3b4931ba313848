// The announcements' event (zod-free: the preload bundles the event maps).
import type { AnnouncementView } from './announcement-views';
import { event } from './event-spec';

export const announcementEvents = {
  /** Every window's latest call and its announcement, after any change (the consoles follow it). */
  'announcements.changed': event<AnnouncementView[]>(),
} as const;
