// Row shapes of the rating tables (migration 2) and their mapping to the contract's views.
import { channelPf, type RatingChannel, type RatingLevel, type RatingReason, type RatingStatus, type RatingView, type ReviewKind } from '../contract';
import { toIso } from './clock';
import type { statementCache } from './db';

export type Sql = ReturnType<typeof statementCache>;

export interface RatingRow {
  id: number;
  ticket_id: number;
  business_day: string;
  number: string;
  service_id: string;
  item_code: string | null;
  window_no: number;
  clerk_id: string | null;
  status: RatingStatus;
  channel: RatingChannel;
  requested_at: number;
  deadline: number;
  active_at: number | null;
  level: RatingLevel | null;
  reasons: string;
  text: string | null;
  rated_at: number | null;
  rated_by: string | null;
  closed_by: 'resident' | 'timeout' | 'next_call' | 'ticket_left' | null;
  review_kind: ReviewKind | null;
  review_reason: string | null;
  review_by: string | null;
  review_at: number | null;
}

/** A rating row with its clerk's name, as every view query selects it. */
export type RatingRowNamed = RatingRow & { clerk_name: string | null };

export const RATING_SELECT = 'SELECT r.*, u.name AS clerk_name FROM ratings r LEFT JOIN users u ON u.id = r.clerk_id';

export function ratingView(row: RatingRowNamed): RatingView {
  return {
    id: row.id,
    ticketId: row.ticket_id,
    number: row.number,
    businessDay: row.business_day,
    serviceId: row.service_id,
    itemCode: row.item_code,
    windowNo: row.window_no,
    clerk: row.clerk_id === null ? null : { id: row.clerk_id, name: row.clerk_name ?? row.clerk_id },
    status: row.status,
    level: row.level,
    reasons: JSON.parse(row.reasons) as RatingReason[],
    text: row.text,
    channel: row.channel,
    pf: channelPf[row.channel],
    requestedAt: toIso(row.requested_at)!,
    deadline: toIso(row.deadline)!,
    ratedAt: toIso(row.rated_at),
    review: row.review_kind === null ? null : { kind: row.review_kind, reason: row.review_reason ?? '', by: row.review_by ?? '', at: toIso(row.review_at)! },
  };
}

/** Appends one row to the hall's event log (inside the caller's transaction). */
export function logEvent(
  sql: Sql,
  at: number,
  day: string,
  type: string,
  ticketId: number | null,
  windowNo: number | null,
  user: string | null,
  data: object,
): void {
  sql('INSERT INTO events (at, business_day, type, ticket_id, window_no, user_id, data) VALUES (?, ?, ?, ?, ?, ?, ?)').run(
    at,
    day,
    type,
    ticketId,
    windowNo,
    user,
    JSON.stringify(data),
  );
}
