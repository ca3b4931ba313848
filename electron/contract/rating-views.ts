// What clients see of 好差评 ratings and their follow-ups. Plain data, JSON-safe. Levels and reason
// codes follow the national 好差评 scheme (5 非常满意 … 1 非常不满意; levels 1–2 are 差评).

export const ratingLevels = [5, 4, 3, 2, 1] as const;
export type RatingLevel = (typeof ratingLevels)[number];
/** Levels at or below this are 差评: they need a reason on the pad and open a follow-up case. */
export const BAD_RATING_MAX = 2;
export const isBadRating = (level: number): boolean => level <= BAD_RATING_MAX;

/** pad = evaluation tablet at the window (upstream pf=4); keypad = evaluator on the hall bus (pf=5). */
export const ratingChannels = ['pad', 'keypad'] as const;
export type RatingChannel = (typeof ratingChannels)[number];
export const channelPf: Record<RatingChannel, 4 | 5> = { pad: 4, keypad: 5 };

/** 差评 reasons for in-person service: three indicators, each with its finer reasons. Codes are stable. */
export const ratingReasonGroups = {
  efficiency: ['efficiency.slow', 'efficiency.wait', 'efficiency.repeat'],
  competence: ['competence.unclear', 'competence.unskilled', 'competence.notice'],
  attitude: ['attitude.cold', 'attitude.rude', 'attitude.shirk'],
} as const;
export type RatingReasonGroup = keyof typeof ratingReasonGroups;
export const ratingReasons = Object.values(ratingReasonGroups).flat() as RatingReason[];
export type RatingReason = (typeof ratingReasonGroups)[RatingReasonGroup][number];

/**
 * awaiting: the window asks for this ticket's rating until the deadline. rated: the resident chose a
 * level. not_rated: nobody rated in time (or the next ticket was called first). defaulted: the same,
 * where the hall's rule records a default level.
 */
export const ratingStatuses = ['awaiting', 'rated', 'not_rated', 'defaulted'] as const;
export type RatingStatus = (typeof ratingStatuses)[number];

export const reviewKinds = ['mistaken', 'malicious'] as const;
export type ReviewKind = (typeof reviewKinds)[number];

/** What the pad and the clerk's console see of one window: public data only (no level is ever pushed). */
export interface RatingPrompt {
  windowNo: number;
  /** The ticket whose rating the window is waiting for, or null. */
  awaiting: {
    ratingId: number;
    ticketId: number;
    number: string;
    serviceId: string;
    requestedAt: string;
    deadline: string;
    /** When the resident last used the pad for it, or null (not touched yet). */
    activeAt: string | null;
  } | null;
  /** The last rating this window closed (rated or not), so a pad can thank for a keypad press. */
  last: { ratingId: number; ticketId: number; number: string; status: Exclude<RatingStatus, 'awaiting'>; at: string } | null;
  /** The next call waits now: the hall's rule, or (always) the resident is using the pad. */
  blocksCall: boolean;
  timeoutSeconds: number;
  maxSeconds: number;
}

/** One rating record as the manager sees it (the data of a real 好差评 record). */
export interface RatingView {
  id: number;
  ticketId: number;
  number: string;
  businessDay: string;
  serviceId: string;
  itemCode: string | null;
  windowNo: number;
  clerk: { id: string; name: string } | null;
  status: RatingStatus;
  level: RatingLevel | null;
  reasons: RatingReason[];
  text: string | null;
  channel: RatingChannel;
  pf: 4 | 5;
  requestedAt: string;
  deadline: string;
  /** When the level was given (or the rating closed unrated). */
  ratedAt: string | null;
  review: { kind: ReviewKind; reason: string; by: string; at: string } | null;
}

export const followUpSteps = ['verify', 'rectify', 'reply'] as const;
/** 核实 → 整改 → 反馈, in this order, each once. */
export type FollowUpStep = (typeof followUpSteps)[number];

export interface FollowUpStepRecord {
  step: FollowUpStep;
  by: { id: string; name: string };
  at: string;
  notes: string;
}

/** The follow-up case every 差评 opens. Never deleted. */
export interface FollowUpView {
  id: number;
  rating: RatingView;
  openedAt: string;
  dueAt: string;
  steps: FollowUpStepRecord[];
  /** The step to record next; null once replied (closed). */
  nextStep: FollowUpStep | null;
  closedAt: string | null;
  /** Open past its due date, or closed after it. */
  overdue: boolean;
}

export const followUpFilters = ['open', 'overdue', 'closed', 'all'] as const;
export type FollowUpFilter = (typeof followUpFilters)[number];
