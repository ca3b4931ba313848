// The handlers of the rating commands (contract/rating-commands.ts), merged into the hall's handler map.
import { HallFault, type ratingCommands } from '../contract';
import { actorOf, type HandlerContext, type Handlers } from './handler-types';
import type { QueueEngine } from './engine';
import { checkRatingSource, padWindow } from './rating-devices';
import type { RatingDesk } from './ratings';

type RatingHandlers = Pick<Handlers, keyof typeof ratingCommands>;

export function createRatingHandlers(engine: QueueEngine, desk: RatingDesk): RatingHandlers {
  const db = desk.db;
  /** A pad sees only its own window; staff and the hall bus name the window they mean. */
  const promptWindow = (window: number | undefined, ctx: HandlerContext): number => {
    const principal = ctx.principal;
    if (principal?.kind === 'session' && principal.session.role === 'pad') {
      const bound = padWindow(db, principal.session.user);
      if (bound === null) throw new HallFault('forbidden', 'this pad is not bound to a window', undefined, 'not_a_rating_device');
      if (window !== undefined && window !== bound) throw new HallFault('forbidden', `this pad stands at window ${bound}`, undefined, 'pad_other_window');
      return bound;
    }
    if (window === undefined) throw new HallFault('bad_request', 'window: required', 'window');
    return window;
  };

  return {
    'ratings.submit': (input, ctx) => desk.submit(input, checkRatingSource(db, ctx.principal!, input.window, input.channel)),
    'ratings.prompt': ({ window }, ctx) => desk.prompt(promptWindow(window, ctx)),
    'ratings.activity': ({ window }, ctx) => {
      // Only the resident's pad may hold a window's call (not even the manager).
      const p = ctx.principal;
      if (!(p?.kind === 'session' && p.session.role === 'pad'))
        throw new HallFault('forbidden', 'only a rating pad reports its use', undefined, 'not_a_rating_device');
      return desk.activity(promptWindow(window, ctx), p.session.user);
    },
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
