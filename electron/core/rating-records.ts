// The manager's side of the ratings: the day's records, marking one under review (with its reason;
// the record stays as it was given), and recording the steps of a 差评's follow-up case.
import { HallFault, type FollowUpStep, type FollowUpView, type RatingView, type ReviewKind } from '../contract';
import type { Clock } from './clock';
import type { transactionRunner } from './db';
import type { FollowUps } from './followups';
import { logEvent, RATING_SELECT, ratingView, type RatingRow, type RatingRowNamed, type Sql } from './rating-rows';

export class RatingRecords {
  constructor(
    private readonly sql: Sql,
    private readonly tx: ReturnType<typeof transactionRunner>,
    private readonly clock: Clock,
    private readonly day: (now: number) => string,
    readonly followUps: FollowUps,
  ) {}

  list(businessDay: string | undefined): RatingView[] {
    const day = businessDay ?? this.day(this.clock.now());
    return (this.sql(`${RATING_SELECT} WHERE r.business_day = ? ORDER BY r.id`).all(day) as RatingRowNamed[]).map(ratingView);
  }

  markUnderReview(ratingId: number, kind: ReviewKind, reason: string, user: string): RatingView {
    const row = this.sql('SELECT * FROM ratings WHERE id = ?').get(ratingId) as RatingRow | undefined;
    if (!row) throw new HallFault('not_found', `no such rating: ${ratingId}`, 'ratingId');
    if (row.level === null) throw new HallFault('conflict', `rating ${ratingId} has no level to review (${row.status})`, undefined, 'ticket_state');
    if (row.review_kind !== null) throw new HallFault('conflict', `rating ${ratingId} is already under review`, undefined, 'already_under_review');
    const now = this.clock.now();
    this.tx(() => {
      this.sql('UPDATE ratings SET review_kind = ?, review_reason = ?, review_by = ?, review_at = ? WHERE id = ?').run(kind, reason, user, now, ratingId);
      logEvent(this.sql, now, this.day(now), 'rating.under_review', row.ticket_id, row.window_no, user, { ratingId, kind, reason });
    });
    return ratingView(this.sql(`${RATING_SELECT} WHERE r.id = ?`).get(ratingId) as RatingRowNamed);
  }

  recordFollowUp(id: number, step: FollowUpStep, notes: string, user: string): FollowUpView {
    const now = this.clock.now();
    return this.tx(() => this.followUps.record(id, step, notes, user, now, this.day(now)));
  }

  followUpList = (filter: Parameters<FollowUps['list']>[0]): FollowUpView[] => this.followUps.list(filter, this.clock.now());
  followUp = (id: number): FollowUpView => this.followUps.get(id, this.clock.now());
}
