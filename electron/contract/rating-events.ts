// 好差评 events (zod-free: the preload bundles the event maps).
import { event } from './event-spec';
import type { RatingPrompt } from './rating-views';

export const ratingEvents = {
  /** A window's rating state changed (asked, rated, timed out): its pad and console follow it. */
  'rating.prompt': event<RatingPrompt>(),
} as const;
