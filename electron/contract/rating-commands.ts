// Commands of 好差评: the resident's rating (from the window's pad, or the evaluator keypad on the
// hall bus), the clerk's invitation, and the manager's follow-up of every 差评. The ticket being rated
// is always decided by the hall (the one awaiting a rating at that window), never by the caller.
import { z } from 'zod';
import { calendarDay, command } from './command-spec';
import { windowNo } from './queue-commands';
import {
  followUpFilters,
  followUpSteps,
  ratingChannels,
  ratingReasons,
  reviewKinds,
  type FollowUpView,
  type RatingLevel,
  type RatingPrompt,
  type RatingView,
  type RatingReason,
} from './rating-views';
import type { Role } from './views';

/** The manager only (the dispatcher lets admin do everything; an empty list lets nobody else). */
const managerOnly: Role[] = [];

export interface RatingReceipt {
  ratingId: number;
  ticketId: number;
  number: string;
  level: RatingLevel;
}

export interface RatingSettings {
  /** Seconds a window waits for a rating after finishing a ticket. */
  timeoutSeconds: number;
  /** However long the resident keeps using the pad, the rating closes this many seconds after it was asked for. */
  maxSeconds: number;
  /** Level recorded when nobody rates in time (a local rule; never a 差评); null records "not rated". */
  defaultLevel: 3 | 4 | 5 | null;
  /** No call of the next ticket until the resident rated or the timeout passed (a rating being given on the pad always holds the call). */
  blockCallUntilRated: boolean;
  /** Days a 差评 follow-up case has until it is overdue. */
  followUpDueDays: number;
}

const level = z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal(5)]);
const notes = z.string().trim().min(1).max(1000);

export const ratingCommands = {
  /**
   * A resident's rating for the ticket awaiting one at `window`. A pad may rate only at its own window
   * (channel 'pad'); the hall bus sends as the window's evaluator principal (core/principal.ts) with channel 'keypad'.
   * `ticketId`, when given (the pad sends the one it shows), must still be the awaited ticket.
   * Levels 1–2 (差评) from a pad need at least one reason.
   */
  'ratings.submit': command<RatingReceipt>()(
    ['pad'],
    z.strictObject({
      window: windowNo,
      level,
      reasons: z
        .array(z.enum(ratingReasons as [RatingReason, ...RatingReason[]]))
        .max(ratingReasons.length)
        .default([]),
      text: z.string().trim().max(200).optional(),
      channel: z.enum(ratingChannels).default('pad'),
      ticketId: z.number().int().positive().optional(),
    }),
    'not_a_rating_device',
  ),
  /**
   * The window's pad says the resident is using it (sent at most every few seconds while they touch or
   * type): the awaited rating's deadline moves to now + the timeout (at most the ceiling) and the next
   * call waits. Nothing awaited: answers the prompt unchanged.
   */
  'ratings.activity': command<RatingPrompt>()(['pad'], z.strictObject({ window: windowNo.optional() }), 'not_a_rating_device'),
  /** The rating state of a window (a pad: its own window, which it may omit). */
  'ratings.prompt': command<RatingPrompt>()(['pad', 'clerk', 'admin'], z.strictObject({ window: windowNo.optional() })),
  /** The clerk asks the resident to rate (the keypad's 评价 key too): the current or last finished ticket. */
  'window.inviteRating': command<RatingPrompt>()(['clerk', 'admin'], z.strictObject({ window: windowNo })),
  'ratings.list': command<RatingView[]>()(managerOnly, z.strictObject({ businessDay: calendarDay.optional() })),
  /** Marks a rating found mistaken or malicious as under review, with the reason. It stays; nothing is deleted. */
  'ratings.markUnderReview': command<RatingView>()(
    managerOnly,
    z.strictObject({ ratingId: z.number().int().positive(), kind: z.enum(reviewKinds), reason: notes }),
  ),
  'ratings.settings': command<RatingSettings>()(managerOnly, z.strictObject({})),
  'ratings.configure': command<RatingSettings>()(
    managerOnly,
    z.strictObject({
      timeoutSeconds: z.number().int().min(5).max(600).optional(),
      maxSeconds: z.number().int().min(30).max(1800).optional(),
      defaultLevel: z
        .union([z.literal(3), z.literal(4), z.literal(5)])
        .nullable()
        .optional(),
      blockCallUntilRated: z.boolean().optional(),
      followUpDueDays: z.number().int().min(1).max(90).optional(),
    }),
  ),
  'followups.list': command<FollowUpView[]>()(managerOnly, z.strictObject({ filter: z.enum(followUpFilters).default('open') })),
  'followups.get': command<FollowUpView>()(managerOnly, z.strictObject({ id: z.number().int().positive() })),
  /** Records the case's next step (核实 → 整改 → 反馈); `step` must be that next step. */
  'followups.record': command<FollowUpView>()(managerOnly, z.strictObject({ id: z.number().int().positive(), step: z.enum(followUpSteps), notes })),
} as const;
