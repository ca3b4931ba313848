// Errors cross every boundary (IPC, WebSocket, HTTP) as data, never as thrown exceptions.
// The HTTP status of each code lives here so the LAN server and its docs agree.

export const errorStatus = {
  bad_request: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  service_full: 409,
  internal: 500,
} as const;

export type ErrorCode = keyof typeof errorStatus;

export interface HallError {
  code: ErrorCode;
  message: string;
  /** The offending input field, for bad_request. */
  field?: string;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: HallError };

export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

export function fail(code: ErrorCode, message: string, field?: string): { ok: false; error: HallError } {
  return { ok: false, error: field === undefined ? { code, message } : { code, message, field } };
}

/** Thrown inside the core to abort a transaction; the dispatcher turns it into a Result. */
export class HallFault extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly field?: string,
  ) {
    super(message);
  }
}
