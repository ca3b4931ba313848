// Errors cross every boundary (IPC, WebSocket, HTTP) as data, never as thrown exceptions.
// The HTTP status of each code lives here so the LAN server and its docs agree.
import type { ClosedReason } from '../shared/calendar/issuing-state';
import { queueMoveReasons } from './queue-move-views';

export const errorStatus = {
  bad_request: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  service_full: 409,
  /** The service is not issued now (outside hours, past its cutoff): `closed` says why and when again. */
  service_closed: 409,
  too_many_attempts: 429,
  /** A body over the limit (64 KiB): answered after the body was read, so the client sees it. */
  payload_too_large: 413,
  /** GET /api/events without the WebSocket upgrade. */
  upgrade_required: 426,
  internal: 500,
  /** Anything but first-run setup, asked of a hall that is not set up yet (server/setup-server.ts). */
  setup_required: 503,
  /**
   * Never sent by the hall: the client transports answer it themselves when the link to the hall is
   * down, drops while a command is out, or a command gets no answer in time.
   */
  offline: 503,
} as const;

export type ErrorCode = keyof typeof errorStatus;

/**
 * Why a command was refused in the current state, so clients can say it in the user's language (the
 * message is English, for logs and integrators).
 */
export const conflictReasons = [
  'window_staffed',
  'window_paused',
  'window_unstaffed',
  'ticket_current',
  'no_current_ticket',
  'ticket_state',
  ...queueMoveReasons,
  'other_clerks_window',
  /** live.signOut: the window's clerk is not the one the manager named (the card was out of date). */
  'other_clerk',
  'no_printer',
  'awaiting_rating',
  'no_rating_awaited',
  'rating_ticket_changed',
  'nothing_to_rate',
  'rating_closed',
  'pad_other_window',
  'not_a_rating_device',
  'followup_step_order',
  'already_under_review',
  'last_manager',
  'call_outdated',
  'pickup_state',
  'not_a_pickup_ticket',
] as const;
export type ConflictReason = (typeof conflictReasons)[number];

/** A refused issue (service_closed): why the service is not issued now, and when it is again (ISO). */
export interface ClosedInfo {
  reason: ClosedReason;
  nextOpening: string | null;
}

export interface HallError {
  code: ErrorCode;
  message: string;
  /** The offending input field, for bad_request and not_found. */
  field?: string;
  /** For conflict and forbidden: what in the current state stands in the way. */
  reason?: ConflictReason;
  /** For too_many_attempts: seconds until a try is let through again (HTTP also sends Retry-After). */
  retryAfter?: number;
  /** For service_closed: why, and when the service is issued again. */
  closed?: ClosedInfo;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: HallError };

export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

export function fail(code: ErrorCode, message: string, field?: string, reason?: ConflictReason, retryAfter?: number): { ok: false; error: HallError } {
  const error: HallError = { code, message };
  if (field !== undefined) error.field = field;
  if (reason !== undefined) error.reason = reason;
  if (retryAfter !== undefined) error.retryAfter = retryAfter;
  return { ok: false, error };
}

/** Thrown inside the core to abort a transaction; the dispatcher turns it into a Result. */
export class HallFault extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly field?: string,
    readonly reason?: ConflictReason,
    readonly retryAfter?: number,
    readonly closed?: ClosedInfo,
  ) {
    super(message);
  }
}

/** The fault as the data that crosses the boundary. */
export function failOf(fault: HallFault): { ok: false; error: HallError } {
  const failed = fail(fault.code, fault.message, fault.field, fault.reason, fault.retryAfter);
  if (fault.closed) failed.error.closed = fault.closed;
  return failed;
}
