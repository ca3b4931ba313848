// The handlers of the rating commands (contract/rating-commands.ts), merged into the hall's handler map.
import { HallFault, type ratingCommands } from '../contract';
import type { Handlers, HandlerContext } from './handlers';
import { actorOf } from './handlers';
import type { QueueEngine } from './engine';
import { checkRatingSource, isHallBus, padWindow } from './rating-devices';
import type { RatingDesk } from './ratings';

type RatingHandlers = Pick<Handlers, keyof typeof ratingCommands>;

export function createRatingHandlers(engine: QueueEngine, desk: RatingDesk): RatingHandlers {
  const db = desk.db;
  /** A pad sees only its own window; staff and the hall bus name the window they mean. */
  const promptWindow = (window: number | undefined, ctx: HandlerContext): number => {
    const session = ctx.session!;
    if (session.role === 'pad' && !isHallBus(session)) {
      const bound = padWindow(db, session.user);
      if (bound === null) throw new HallFault('forbidden', 'this pad is not bound to a window', undefined, 'not_a_rating_device');
      if (window !== undefined && window !== bound) throw new HallFault('forbidden', `this pad stands at window ${bound}`, undefined, 'pad_other_window');
      return bound;
    }
    if (window === undefined) throw new HallFault('bad_request', 'window: required', 'window');
    return window;
  };

  return {
    'ratings.submit': (input, ctx) => desk.submit(input, checkRatingSource(db, ctx.session!, input.window, input.channel)),
    'ratings.prompt': ({ window }, ctx) => desk.prompt(promptWindow(window, ctx)),
    'window.inviteRating': ({ window }, ctx) => {
      const actor = actorOf(ctx);
      return desk.invite(engine.staffedWindow(window, actor), actor.user);
    },
    'ratings.list': ({ businessDay }) => desk.records.list(businessDay),
    'ratings.markUnderReview': ({ ratingId, kind, reason }, ctx) => desk.records.markUnderReview(ratingId, kind, reason, actorOf(ctx).user),
    'ratings.settings': () => desk.ratingSettings(),
    'ratings.configure': (change) => desk.configure(change),
    'followups.list': ({ filter }) => desk.records.followUpList(filter),
    'followups.get': ({ id }) => desk.records.followUp(id),
    'followups.record': ({ id, step, notes }, ctx) => desk.records.recordFollowUp(id, step, notes, actorOf(ctx).user),
  };
}
